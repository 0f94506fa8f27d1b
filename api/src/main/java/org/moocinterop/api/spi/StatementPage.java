package org.moocinterop.api.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.statement.Statement;

/**
 * One page of a statement query.
 *
 * @param statements the matching statements, in the query's order, at most its limit
 * @param next where the next page starts, if more statements may match (for a {@code more} link:
 *     run the same query with {@link StatementQuery.Builder#after(StatementCursor)})
 */
public record StatementPage(List<Statement> statements, Optional<StatementCursor> next) {

  public StatementPage {
    statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    Objects.requireNonNull(next, "next");
  }
}
