package org.moocinterop.api.spi;

import java.util.Objects;
import org.moocinterop.api.statement.Statement;

/**
 * A statement whose id is taken by a different statement (xAPI Data 2.3.1 statement comparison):
 * the LRS answers 409 Conflict.
 *
 * @param given the statement that was to be stored
 * @param existing the statement stored under the same id
 */
public record StatementConflict(Statement given, Statement existing) {

  public StatementConflict {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(existing, "existing");
  }
}
