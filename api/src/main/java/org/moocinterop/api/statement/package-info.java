/**
 * The xAPI statement model (xAPI 2.0.0 and 1.0.3, Data part): {@link
 * org.moocinterop.api.statement.Statement} and everything it is made of, plus the Agents
 * resource's {@link org.moocinterop.api.statement.Person}.
 *
 * <p>Every type is immutable, checks its arguments at construction (a broken rule of the
 * specification is an {@link IllegalArgumentException} naming the rule and section), and has value
 * equality. Where xAPI's statement comparison rules (Data 2.3.1) say a difference does not count,
 * {@code equals} ignores it too: the order of a group's members, case in an {@code
 * mbox_sha1sum}, in the domain of an {@code mbox} and in language tags, and precision of durations
 * beyond 0.01 s. The differences that only a whole statement can ignore are in {@link
 * org.moocinterop.api.statement.Statement#isSameStatementAs(Statement)}.
 *
 * <p>Absent optional properties are {@link java.util.Optional#empty()}; an absent list is an empty
 * list. No type here knows JSON: the codec lives in the xAPI module.
 */
@NullMarked
package org.moocinterop.api.statement;

import org.jspecify.annotations.NullMarked;
