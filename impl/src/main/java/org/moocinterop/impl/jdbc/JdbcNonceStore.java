package org.moocinterop.impl.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.impl.internal.jdbc.SqlErrors;
import org.moocinterop.impl.internal.jdbc.Timestamps;

/**
 * A {@link NonceStore} in table {@code mooc_nonce} of a {@link JdbcDatabase}: atomic across every
 * node that shares the database, because each {@link #remember} is one SQL statement that inserts
 * the value, or replaces its expired row, or changes nothing (PostgreSQL:
 * {@code INSERT ... ON CONFLICT DO UPDATE ... WHERE}; H2: {@code MERGE ... WHEN MATCHED AND}).
 *
 * <p>Values are stored as their SHA-256 digest, so a value of any length fits and the table holds
 * nothing a reader could replay. Expiry instants are kept to the microsecond. Call
 * {@link #purgeExpired()} now and then (for example every few minutes) to keep the table small;
 * expired rows left in it are harmless.
 *
 * <p>Thread-safe.
 */
public final class JdbcNonceStore implements NonceStore {

  /** The longest scope accepted, in characters. */
  public static final int MAX_SCOPE_LENGTH = 1000;

  private static final String REMEMBER_POSTGRESQL =
      "INSERT INTO mooc_nonce (scope, value_hash, expires_at) VALUES (?, ?, ?)"
          + " ON CONFLICT (scope, value_hash) DO UPDATE SET expires_at = EXCLUDED.expires_at"
          + " WHERE mooc_nonce.expires_at <= ?";

  private static final String REMEMBER_H2 =
      "MERGE INTO mooc_nonce t USING (VALUES (CAST(? AS VARCHAR(1000)), CAST(? AS BINARY(32)),"
          + " CAST(? AS TIMESTAMP(9) WITH TIME ZONE))) AS s (scope, value_hash, expires_at)"
          + " ON t.scope = s.scope AND t.value_hash = s.value_hash"
          + " WHEN MATCHED AND t.expires_at <= ? THEN UPDATE SET expires_at = s.expires_at"
          + " WHEN NOT MATCHED THEN INSERT (scope, value_hash, expires_at)"
          + " VALUES (s.scope, s.value_hash, s.expires_at)";

  private static final String PURGE = "DELETE FROM mooc_nonce WHERE expires_at <= ?";

  private final JdbcDatabase database;
  private final Clock clock;
  private final String rememberSql;

  /**
   * A store in {@code database} that reads the current time from {@code clock}. Nodes sharing
   * the database should have synchronised clocks: expiry is judged by the caller's clock.
   */
  public JdbcNonceStore(JdbcDatabase database, Clock clock) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.rememberSql = switch (database.vendor()) {
      case H2 -> REMEMBER_H2;
      case POSTGRESQL -> REMEMBER_POSTGRESQL;
    };
  }

  /** A store in {@code database} on the system UTC clock. */
  public JdbcNonceStore(JdbcDatabase database) {
    this(database, Clock.systemUTC());
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if {@code scope} is longer than
   *     {@value #MAX_SCOPE_LENGTH} characters
   */
  @Override
  public boolean remember(String scope, String value, Instant expiresAt) {
    requireText(scope, "scope");
    requireText(value, "value");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (scope.length() > MAX_SCOPE_LENGTH) {
      throw new IllegalArgumentException(
          "scope must not be longer than " + MAX_SCOPE_LENGTH + " characters");
    }
    Instant now = clock.instant();
    if (!Timestamps.stored(expiresAt).isAfter(now)) {
      return false;
    }
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(rememberSql)) {
      statement.setString(1, scope);
      statement.setBytes(2, sha256(value));
      Timestamps.bind(statement, 3, expiresAt);
      Timestamps.bind(statement, 4, now);
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        // H2: a concurrent call inserted the same value between our MERGE's match and insert.
        return false;
      }
      throw SqlErrors.storeException("remember a nonce", e);
    }
  }

  @Override
  public int purgeExpired() {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(PURGE)) {
      Timestamps.bind(statement, 1, clock.instant());
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw SqlErrors.storeException("purge expired nonces", e);
    }
  }

  private static void requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "JdbcNonceStore[" + database + "]";
  }
}
