package org.moocinterop.node.lrs;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.api.memory.InMemoryStatementStore;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.impl.jdbc.JdbcDatabase;
import org.moocinterop.impl.jdbc.JdbcDocumentStore;
import org.moocinterop.impl.jdbc.JdbcStatementStore;

/**
 * The one place that chooses where the node's LRS keeps its data: a relational database
 * ({@link #jdbc}, what {@code serve} uses) or memory ({@link #inMemory}, for tests and library
 * users). Closing it closes the database it owns.
 *
 * @param documents state and profile documents
 * @param statements statements and their attachments
 * @param database the database the stores live in, if any
 */
public record LrsStores(DocumentStore documents, StatementStore statements, Optional<JdbcDatabase> database)
    implements AutoCloseable {

  /**
   * How long after the LRS stamps {@code stored} a statement is visible in the database at the
   * latest; {@code X-Experience-API-Consistent-Through} lags the clock by this much.
   */
  public static final Duration WRITE_WINDOW = Duration.ofSeconds(2);

  public LrsStores {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(database, "database");
  }

  /** Stores that live as long as the process. */
  public static LrsStores inMemory() {
    return new LrsStores(new InMemoryDocumentStore(), new InMemoryStatementStore(), Optional.empty());
  }

  /** Stores in {@code database}, which the returned stores own and close. */
  public static LrsStores jdbc(JdbcDatabase database) {
    Objects.requireNonNull(database, "database");
    return new LrsStores(new JdbcDocumentStore(database),
        new JdbcStatementStore(database, Clock.systemUTC(), WRITE_WINDOW), Optional.of(database));
  }

  @Override
  public void close() {
    database.ifPresent(JdbcDatabase::close);
  }
}
