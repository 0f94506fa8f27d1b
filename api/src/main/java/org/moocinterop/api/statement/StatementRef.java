package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.UUID;

/**
 * A reference to another statement by its id, as a statement's object (for example in a voiding
 * statement) or as {@code context.statement}.
 *
 * @param id the referenced statement's id
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2443-when-the-object-is-a-statement">
 *     xAPI Data 2.4.4.3</a>
 */
public record StatementRef(UUID id) implements StatementObject {

  public StatementRef {
    Objects.requireNonNull(id, "id");
  }

  /** Returns the reference to the statement with this id. */
  public static StatementRef of(UUID id) {
    return new StatementRef(id);
  }
}
