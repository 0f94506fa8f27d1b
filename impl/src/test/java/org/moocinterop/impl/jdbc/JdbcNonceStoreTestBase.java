package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.api.testkit.NonceStoreContract;

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
    assertThat(race(nodes, "fresh-", () -> { })).allMatch(winners -> winners == 1);
  }

  @Test
  void exactlyOneCallerReplacesAnExpiredValue() throws Exception {
    List<NonceStore> nodes = List.of(
        new JdbcNonceStore(database, clock), new JdbcNonceStore(databases().open(), clock));
    NonceStore any = nodes.get(0);
    int rounds = 30;
    for (int round = 0; round < rounds; round++) {
      assertThat(any.remember("iss", "expired-" + round, inMinutes(1))).isTrue();
    }
    clock.advance(Duration.ofMinutes(2));
    assertThat(race(nodes, "expired-", () -> { })).hasSize(rounds).allMatch(winners -> winners == 1);
  }

  /** Races 8 threads per round over {@code nodes}; returns the number of winners per round. */
  private List<Integer> race(List<NonceStore> nodes, String prefix, Runnable unused)
      throws Exception {
    int threads = 8;
    int rounds = 30;
    List<Integer> winnersPerRound = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String value = prefix + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          NonceStore node = nodes.get(t % nodes.size());
          Callable<Boolean> call = () -> {
            start.await();
            return node.remember("iss", value, inMinutes(5));
          };
          results.add(pool.submit(call));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          if (result.get(30, TimeUnit.SECONDS)) {
            winners++;
          }
        }
        winnersPerRound.add(winners);
      }
    } finally {
      pool.shutdownNow();
    }
    return winnersPerRound;
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
