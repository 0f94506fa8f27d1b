package org.moocinterop.impl.jdbc;

import java.security.spec.InvalidKeySpecException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.impl.internal.jdbc.SqlErrors;
import org.moocinterop.impl.internal.jdbc.Timestamps;
import org.moocinterop.impl.internal.keys.RsaKeys;

/**
 * A {@link SigningKeyStore} in table {@code mooc_signing_key} of a {@link JdbcDatabase}: the
 * public half as X.509 SubjectPublicKeyInfo, the private half as PKCS#8, both unencrypted (protect
 * the database as you would the key files). The primary key on the kid makes a second
 * {@link #add} of a kid fail atomically, whichever node tries it. Dates are kept to the
 * microsecond.
 *
 * <p>Thread-safe.
 */
public final class JdbcSigningKeyStore implements SigningKeyStore {

  /** The longest kid accepted, in characters. */
  public static final int MAX_KID_LENGTH = 255;

  private static final String COLUMNS =
      "kid, public_key, private_key, created_at, active_from, expires_at";
  private static final String INSERT =
      "INSERT INTO mooc_signing_key (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)";
  private static final String SELECT_ONE =
      "SELECT " + COLUMNS + " FROM mooc_signing_key WHERE kid = ?";
  private static final String SELECT_ALL =
      "SELECT " + COLUMNS + " FROM mooc_signing_key ORDER BY created_at, kid";

  private final JdbcDatabase database;

  /** A store in {@code database}. */
  public JdbcSigningKeyStore(JdbcDatabase database) {
    this.database = Objects.requireNonNull(database, "database");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the kid is longer than {@value #MAX_KID_LENGTH}
   *     characters, or a half of the key cannot be exported in its standard encoding
   */
  @Override
  public void add(SigningKey key) {
    Objects.requireNonNull(key, "key");
    if (key.kid().length() > MAX_KID_LENGTH) {
      throw new IllegalArgumentException(
          "kid must not be longer than " + MAX_KID_LENGTH + " characters");
    }
    byte[] publicKey = RsaKeys.publicKeyBytes(key);
    byte[] privateKey = RsaKeys.privateKeyBytes(key);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setString(1, key.kid());
      statement.setBytes(2, publicKey);
      statement.setBytes(3, privateKey);
      Timestamps.bind(statement, 4, key.created());
      Timestamps.bind(statement, 5, key.activeFrom());
      Timestamps.bind(statement, 6, key.expiresAt());
      statement.executeUpdate();
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new ConflictException(key.kid(), "a signing key with kid " + key.kid()
            + " was already stored");
      }
      throw SqlErrors.storeException("store signing key " + key.kid(), e);
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
  }

  @Override
  public Optional<SigningKey> find(String kid) {
    Objects.requireNonNull(kid, "kid");
    if (kid.length() > MAX_KID_LENGTH) {
      return Optional.empty();
    }
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(SELECT_ONE)) {
      statement.setString(1, kid);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.storeException("read signing key " + kid, e);
    }
  }

  @Override
  public List<SigningKey> all() {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement statement = connection.prepareStatement(SELECT_ALL);
        ResultSet row = statement.executeQuery()) {
      List<SigningKey> keys = new ArrayList<>();
      while (row.next()) {
        keys.add(read(row));
      }
      return List.copyOf(keys);
    } catch (SQLException e) {
      throw SqlErrors.storeException("read the signing keys", e);
    }
  }

  private static SigningKey read(ResultSet row) throws SQLException {
    String kid = row.getString("kid");
    byte[] privateKey = row.getBytes("private_key");
    try {
      return new SigningKey(kid,
          RsaKeys.publicKey(row.getBytes("public_key")),
          RsaKeys.privateKey(privateKey),
          Timestamps.read(row, "created_at"),
          Timestamps.read(row, "active_from"),
          Timestamps.read(row, "expires_at"));
    } catch (InvalidKeySpecException | ClassCastException | IllegalArgumentException e) {
      throw new StoreException("stored signing key " + kid + " is not a valid RSA key", e);
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
  }

  @Override
  public String toString() {
    return "JdbcSigningKeyStore[" + database + "]";
  }
}
