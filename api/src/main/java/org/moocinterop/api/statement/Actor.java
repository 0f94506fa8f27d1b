package org.moocinterop.api.statement;

/**
 * Who a statement is about: an {@link Agent} or a {@link Group}. Also used for {@code authority},
 * {@code context.instructor} and as a statement's object.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#242-actor">xAPI Data
 *     2.4.2 Actor</a>
 */
public sealed interface Actor extends StatementObject permits Agent, Group {

  /** Returns the display name, if given. */
  java.util.Optional<String> name();
}
