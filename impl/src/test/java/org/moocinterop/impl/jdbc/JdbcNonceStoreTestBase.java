package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.api.testkit.NonceStoreContract;
import org.moocinterop.impl.testing.Race;

/** The nonce contract plus what only a shared database adds, run once per vendor. */
abstract class JdbcNonceStoreTestBase extends NonceStoreContract {

  private JdbcDatabase database;

  abstract TestDatabases databases();

  @Override
  protected NonceStore createStore(MutableClock clock) {
    database = databases().open();
    return new JdbcNonceStore(database, clock);
  }

  private Instant inMinutes(long minutes) {
    return clock.instant().plus(Duration.ofMinutes(minutes));
  }

  @Test
  void nodesSharingTheDatabaseSeeEachOthersValues() {
    NonceStore nodeA = new JdbcNonceStore(database, clock);
    NonceStore nodeB = new JdbcNonceStore(databases().open(), clock);
    assertThat(nodeA.remember("iss", "n-1", inMinutes(5))).isTrue();
    assertThat(nodeB.remember("iss", "n-1", inMinutes(5))).isFalse();
  }

  @Test
  void exactlyOneOfManyNodesWins() throws Exception {
    List<NonceStore> nodes = List.of(
        new JdbcNonceStore(database, clock),
        new JdbcNonceStore(databases().open(), clock),
        new JdbcNonceStore(databases().open(), clock));
    for (int round = 0; round < 20; round++) {
      String value = "fresh-" + round;
      List<Race.Outcome> outcomes = Race.run(8,
          i -> nodes.get(i % nodes.size()).remember("iss", value, inMinutes(5)));
      assertThat(outcomes).extracting(Race.Outcome::failure).containsOnlyNulls();
      assertThat(Race.winners(outcomes)).as("winners of round %d", round).isEqualTo(1);
    }
  }

  @Test
  void exactlyOneCallerReplacesAnExpiredValue() throws Exception {
    List<NonceStore> nodes = List.of(
        new JdbcNonceStore(database, clock), new JdbcNonceStore(databases().open(), clock));
    int rounds = 20;
    for (int round = 0; round < rounds; round++) {
      assertThat(nodes.get(0).remember("iss", "expired-" + round, inMinutes(1))).isTrue();
    }
    clock.advance(Duration.ofMinutes(2));
    for (int round = 0; round < rounds; round++) {
      String value = "expired-" + round;
      List<Race.Outcome> outcomes = Race.run(8,
          i -> nodes.get(i % nodes.size()).remember("iss", value, inMinutes(5)));
      assertThat(outcomes).extracting(Race.Outcome::failure).containsOnlyNulls();
      assertThat(Race.winners(outcomes)).as("winners of round %d", round).isEqualTo(1);
    }
  }

  @Test
  void aValueOfAnyLengthIsRemembered() {
    NonceStore store = new JdbcNonceStore(database, clock);
    String huge = "n".repeat(100_000);
    assertThat(store.remember("iss", huge, inMinutes(5))).isTrue();
    assertThat(store.remember("iss", huge, inMinutes(5))).isFalse();
    assertThat(store.remember("iss", huge + "x", inMinutes(5))).isTrue();
  }

  @Test
  void aTooLongScopeIsAProgrammingError() {
    NonceStore store = new JdbcNonceStore(database, clock);
    String scope = "s".repeat(JdbcNonceStore.MAX_SCOPE_LENGTH + 1);
    assertThatThrownBy(() -> store.remember(scope, "n-1", inMinutes(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1000");
    assertThat(store.remember(scope.substring(1), "n-1", inMinutes(5))).isTrue();
  }

  @Test
  void aClosedDatabaseGivesAStoreException() {
    NonceStore store = new JdbcNonceStore(database, clock);
    database.close();
    assertThatThrownBy(() -> store.remember("iss", "n-1", inMinutes(5)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not remember a nonce");
    assertThatThrownBy(store::purgeExpired).isInstanceOf(StoreException.class);
  }
}
