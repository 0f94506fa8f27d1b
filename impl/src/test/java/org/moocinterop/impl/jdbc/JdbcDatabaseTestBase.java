package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.api.spi.StatementIndexKey;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.statement.Account;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.ContextActivities;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.impl.internal.jdbc.Hashes;
import org.moocinterop.impl.internal.jdbc.StatementJson;
import org.moocinterop.impl.internal.jdbc.Timestamps;

/** What opening a database does, run once per vendor. */
abstract class JdbcDatabaseTestBase {

  /**
   * How many migrations the schema has (V1 nonce, V2 signing key, V3 statements and documents, V4
   * statement keys without the seq index, V5 no related key row beside its direct row).
   */
  private static final int MIGRATIONS = 5;

  abstract TestDatabases databases();

  abstract JdbcDatabase.Vendor expectedVendor();

  @Test
  void theVendorComesFromTheUrl() {
    try (JdbcDatabase database = databases().open()) {
      assertThat(database.vendor()).isEqualTo(expectedVendor());
      assertThat(database.toString()).contains(expectedVendor().name());
    }
  }

  @Test
  void openingAppliesEveryMigrationOnce() throws SQLException {
    JdbcDatabase first = databases().open();
    assertThat(successfulMigrations(first)).isEqualTo(MIGRATIONS);
    first.close();
    JdbcDatabase second = databases().open();
    JdbcDatabase third = databases().open();
    assertThat(successfulMigrations(third)).isEqualTo(MIGRATIONS);
    assertThat(successfulMigrations(second)).isEqualTo(MIGRATIONS);
  }

  @Test
  void dataSurvivesReopening() {
    Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
    try (JdbcDatabase database = databases().open()) {
      assertThat(new JdbcNonceStore(database).remember("iss", "n-1", inAnHour)).isTrue();
    }
    try (JdbcDatabase database = databases().open()) {
      NonceStore reopened = new JdbcNonceStore(database);
      assertThat(reopened.remember("iss", "n-1", inAnHour)).isFalse();
    }
  }

  @Test
  void aDatabaseHoldingOtherTablesIsMigratedBesideThem() throws SQLException {
    try (JdbcDatabase database = databases().open()) {
      execute(database, "DROP TABLE mooc_nonce");
      execute(database, "DROP TABLE mooc_signing_key");
      for (String table : List.of("mooc_statement", "mooc_statement_key", "mooc_activity",
          "mooc_agent_name", "mooc_attachment", "mooc_document")) {
        execute(database, "DROP TABLE " + table);
      }
      execute(database, "DROP SEQUENCE mooc_statement_seq");
      execute(database, "DROP SEQUENCE mooc_document_seq");
      execute(database, "DROP TABLE \"" + JdbcDatabase.HISTORY_TABLE + "\"");
      execute(database, "CREATE TABLE application_table (id INT PRIMARY KEY)");
    }
    try (JdbcDatabase database = databases().open()) {
      assertThat(successfulMigrations(database)).isEqualTo(MIGRATIONS);
      assertThat(new JdbcNonceStore(database).remember("iss", "n-1",
          Instant.now().plus(Duration.ofHours(1)))).isTrue();
      execute(database, "INSERT INTO application_table (id) VALUES (1)");
    }
  }

  @Test
  void aHistoryThatDoesNotMatchTheMigrationsIsRefusedAtOpen() throws SQLException {
    try (JdbcDatabase database = databases().open()) {
      execute(database, "UPDATE \"" + JdbcDatabase.HISTORY_TABLE
          + "\" SET \"checksum\" = 42 WHERE \"version\" = '1'");
    }
    assertThatThrownBy(() -> databases().open())
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not open jdbc:")
        .hasMessageContaining("Flyway could not migrate the schema");
  }

  /**
   * V5 deletes the related agent and activity rows that earlier versions wrote beside the direct
   * row of the same hash; the filters still find every statement, and a related filter finds it
   * once.
   */
  @Test
  void theV5MigrationDeletesTheRelatedKeyRowsThatDuplicateDirectRows() throws SQLException {
    String folder = expectedVendor() == JdbcDatabase.Vendor.H2 ? "h2" : "postgresql";
    String user = expectedVendor() == JdbcDatabase.Vendor.H2 ? "sa" : "postgres";
    Flyway.configure().dataSource(databases().url(), user, "")
        .locations("classpath:db/mooc-interop/" + folder).table(JdbcDatabase.HISTORY_TABLE)
        .target("4").load().migrate();
    Agent ada = Agent.of(Mbox.of("mailto:ada@example.org"));
    Agent ben = Agent.of(Account.of("https://lms.example.org", "ben"));
    Activity quiz = Activity.of("https://mooc.example.org/quiz-1");
    Activity course = Activity.of("https://mooc.example.org/course");
    Instant stored = Instant.parse("2026-03-01T10:00:00.123Z");
    // Ada on the quiz (direct and related keys for both); Ben on the course, Ada instructing and
    // the quiz grouping it (related only).
    Statement direct = Statement.builder().id(UUID.randomUUID()).actor(ada).verb(Verb.PASSED)
        .object(quiz).stored(stored).authority(ada).version("2.0.0").build();
    Statement related = Statement.builder().id(UUID.randomUUID()).actor(ben).verb(Verb.PASSED)
        .object(course).context(Context.builder().instructor(ada).contextActivities(
            ContextActivities.empty().withGrouping(List.of(quiz))).build())
        .stored(stored.plusMillis(1)).authority(ada).version("2.0.0").build();
    int rows = 0;
    try (Connection connection = DriverManager.getConnection(databases().url(), user, "")) {
      rows += insertAsV4(connection, direct, 1);
      rows += insertAsV4(connection, related, 2);
    }
    try (JdbcDatabase database = databases().open()) {
      assertThat(successfulMigrations(database)).isEqualTo(MIGRATIONS);
      assertThat(redundantKeyRows(database)).isZero();
      // Of the first statement: the related rows of Ada and of the quiz; of the second: that of
      // Ben and of the course.
      assertThat(count(database, "SELECT COUNT(*) FROM mooc_statement_key")).isEqualTo(rows - 4);
      JdbcStatementStore store = new JdbcStatementStore(database);
      assertThat(store.query(StatementQuery.builder().agent(ada).relatedAgents(true).build())
          .statements()).containsExactly(related, direct);
      assertThat(store.query(StatementQuery.builder().activity(quiz.id()).relatedActivities(true)
          .build()).statements()).containsExactly(related, direct);
      assertThat(store.query(StatementQuery.builder().agent(ada).build()).statements())
          .containsExactly(direct);
      assertThat(store.query(StatementQuery.builder().activity(quiz.id()).build()).statements())
          .containsExactly(direct);
      assertThat(store.query(StatementQuery.builder().agent(ben).relatedAgents(true).build())
          .statements()).containsExactly(related);
    }
  }

  /** Writes {@code statement} and one key row per index key, as V4 did; returns the key rows. */
  private static int insertAsV4(Connection connection, Statement statement, long seq)
      throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO mooc_statement"
        + " (seq, id, stored, voided, voiding, target_id, body) VALUES (?, ?, ?, FALSE, FALSE,"
        + " NULL, ?)")) {
      ps.setLong(1, seq);
      ps.setObject(2, statement.id().orElseThrow());
      Timestamps.bind(ps, 3, statement.stored().orElseThrow());
      ps.setBytes(4, StatementJson.write(statement));
      ps.executeUpdate();
    }
    Set<StatementIndexKey> keys = StatementIndexKey.of(statement);
    try (PreparedStatement ps = connection.prepareStatement("INSERT INTO mooc_statement_key"
        + " (kind, key_hash, stored, seq) VALUES (?, ?, ?, ?)")) {
      for (StatementIndexKey key : keys) {
        ps.setInt(1, switch (key.kind()) {
          case VERB -> 1;
          case AGENT -> 2;
          case RELATED_AGENT -> 3;
          case ACTIVITY -> 4;
          case RELATED_ACTIVITY -> 5;
          case REGISTRATION -> 6;
          case AUTHORITY -> 7;
        });
        ps.setBytes(2, Hashes.key(key.value()));
        Timestamps.bind(ps, 3, statement.stored().orElseThrow());
        ps.setLong(4, seq);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    return keys.size();
  }

  /**
   * Related agent (3) or related activity (5) rows beside a direct agent (2) or activity (4) row
   * of the same hash and statement: none may be stored.
   */
  static long redundantKeyRows(JdbcDatabase database) throws SQLException {
    return count(database, "SELECT COUNT(*) FROM mooc_statement_key r WHERE r.kind IN (3, 5)"
        + " AND EXISTS (SELECT 1 FROM mooc_statement_key d WHERE d.kind = r.kind - 1"
        + " AND d.key_hash = r.key_hash AND d.stored = r.stored AND d.seq = r.seq)");
  }

  static long count(JdbcDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql)) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void closingTwiceIsHarmless() {
    JdbcDatabase database = databases().open();
    database.close();
    database.close();
  }

  /** Successful versioned migrations recorded in the history table (the baseline aside). */
  static int successfulMigrations(JdbcDatabase database) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM "
            + "\"" + JdbcDatabase.HISTORY_TABLE + "\" WHERE \"success\" AND \"type\" = 'SQL'")) {
      row.next();
      return row.getInt(1);
    }
  }

  static void execute(JdbcDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        java.sql.Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
