package org.moocinterop.api.statement;

/**
 * An inverse functional identifier: the one property that identifies an Agent (or an identified
 * Group). An Agent has exactly one, which this model guarantees by holding a single value of this
 * type.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">
 *     xAPI Data 2.4.2.3 Inverse Functional Identifier</a>
 */
public sealed interface InverseFunctionalIdentifier permits Mbox, MboxSha1Sum, OpenId, Account {}
