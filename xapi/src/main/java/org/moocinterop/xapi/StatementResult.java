package org.moocinterop.xapi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.statement.Statement;

/**
 * One page of a statement query: {@code {"statements": [...], "more": "..."}}.
 *
 * @param statements the statements of this page, possibly none
 * @param more the relative IRL of the next page; empty when there is none (written as
 *     {@code "more": ""})
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#25-retrieval-of-statements">
 *     xAPI-Data 2.5 Retrieval of Statements</a>
 */
public record StatementResult(List<Statement> statements, Optional<String> more) {

  /** Copies the list; an empty {@code more} text counts as no more results. */
  public StatementResult {
    statements = List.copyOf(Objects.requireNonNull(statements, "statements"));
    more = Objects.requireNonNull(more, "more").filter(m -> !m.isEmpty());
  }

  /** A page with a link to the next one, when {@code more} is present. */
  public static StatementResult of(List<Statement> statements, Optional<String> more) {
    return new StatementResult(statements, more);
  }

  /** The last (or only) page. */
  public static StatementResult of(List<Statement> statements) {
    return new StatementResult(statements, Optional.empty());
  }
}
