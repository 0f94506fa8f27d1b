package org.moocinterop.api.statement;

/**
 * What a statement is about: its {@code object} property.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#244-object">xAPI
 *     Data 2.4.4 Object</a>
 */
public sealed interface StatementObject permits Activity, Actor, StatementRef, SubStatement {}
