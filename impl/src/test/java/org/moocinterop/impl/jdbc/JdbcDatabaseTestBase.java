package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.NonceStore;

/** What opening a database does, run once per vendor. */
abstract class JdbcDatabaseTestBase {

  /**
   * How many migrations the schema has (V1 nonce, V2 signing key, V3 statements and documents, V4
   * statement keys without the seq index).
   */
  private static final int MIGRATIONS = 4;

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

  @Test
  void closingTwiceIsHarmless() {
    JdbcDatabase database = databases().open();
    database.close();
    database.close();
  }

  /** Successful versioned migrations recorded in the history table (the baseline aside). */
  static int successfulMigrations(JdbcDatabase database) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM "
            + "\"" + JdbcDatabase.HISTORY_TABLE + "\" WHERE \"success\" AND \"type\" = 'SQL'")) {
      row.next();
      return row.getInt(1);
    }
  }

  static void execute(JdbcDatabase database, String sql) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
