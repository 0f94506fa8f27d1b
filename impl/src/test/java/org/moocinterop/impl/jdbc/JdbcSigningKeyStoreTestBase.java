package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.api.testkit.SigningKeyStoreContract;
import org.moocinterop.impl.testing.Race;

/** The signing key contract plus what only a shared database adds, run once per vendor. */
abstract class JdbcSigningKeyStoreTestBase extends SigningKeyStoreContract {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

  private JdbcDatabase database;

  abstract TestDatabases databases();

  @Override
  protected SigningKeyStore createStore() {
    database = databases().open();
    return new JdbcSigningKeyStore(database);
  }

  @Test
  void keysSurviveReopeningTheDatabase() {
    new JdbcSigningKeyStore(database).add(key("k1", JAN));
    database.close();
    SigningKeyStore reopened = new JdbcSigningKeyStore(databases().open());
    assertThat(reopened.find("k1")).get().extracting(SigningKey::created).isEqualTo(JAN);
  }

  @Test
  void exactlyOneOfManyNodesStoresAKid() throws Exception {
    List<SigningKeyStore> nodes = List.of(new JdbcSigningKeyStore(database),
        new JdbcSigningKeyStore(databases().open()));
    List<Race.Outcome> outcomes = Race.run(8, i -> {
      nodes.get(i % nodes.size()).add(key("raced", JAN.plusSeconds(i)));
      return true;
    });
    assertThat(Race.winners(outcomes)).isEqualTo(1);
    assertThat(outcomes).filteredOn(o -> !o.won())
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
  }

  @Test
  void datesAreKeptToTheMicrosecond() {
    SigningKeyStore store = new JdbcSigningKeyStore(database);
    store.add(key("k1", Instant.parse("2026-01-01T00:00:00.123456789Z")));
    assertThat(store.find("k1").orElseThrow().created())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00.123456Z"));
  }

  @Test
  void aTooLongKidIsRefusedAndNeverFound() {
    SigningKeyStore store = new JdbcSigningKeyStore(database);
    String kid = "k".repeat(JdbcSigningKeyStore.MAX_KID_LENGTH + 1);
    assertThatThrownBy(() -> store.add(key(kid, JAN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(kid)).isEmpty();
  }

  @Test
  void aDamagedRowGivesAStoreExceptionNamingTheKidOnly() throws Exception {
    SigningKeyStore store = new JdbcSigningKeyStore(database);
    store.add(key("k1", JAN));
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement damage = connection.prepareStatement(
            "UPDATE mooc_signing_key SET private_key = ? WHERE kid = 'k1'")) {
      damage.setBytes(1, new byte[] {1, 2, 3});
      damage.executeUpdate();
    }
    assertThatThrownBy(() -> store.find("k1"))
        .isInstanceOf(StoreException.class)
        .hasMessage("stored signing key k1 is not a valid RSA key");
  }

  @Test
  void aClosedDatabaseGivesAStoreException() {
    SigningKeyStore store = new JdbcSigningKeyStore(database);
    database.close();
    assertThatThrownBy(() -> store.add(key("k1", JAN))).isInstanceOf(StoreException.class);
    assertThatThrownBy(() -> store.find("k1")).isInstanceOf(StoreException.class);
    assertThatThrownBy(store::all).isInstanceOf(StoreException.class);
  }
}
