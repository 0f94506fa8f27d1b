package org.moocinterop.api.testkit;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.spi.NonceStore;

/**
 * The contract of {@link NonceStore}. An implementation's test extends this class and supplies a
 * fresh, empty store that reads time from the given clock.
 */
public abstract class NonceStoreContract {

  protected final MutableClock clock = MutableClock.atSomeInstant();
  private NonceStore store;

  /** A new, empty store on {@code clock}. */
  protected abstract NonceStore createStore(MutableClock clock);

  @BeforeEach
  void setUpStore() {
    store = createStore(clock);
  }

  private Instant inMinutes(long minutes) {
    return clock.instant().plus(Duration.ofMinutes(minutes));
  }

  @Test
  void aNewValueIsAccepted() {
    assertThat(store.remember("iss", "n-1", inMinutes(5))).isTrue();
  }

  @Test
  void aRememberedValueIsAReplay() {
    store.remember("iss", "n-1", inMinutes(5));
    assertThat(store.remember("iss", "n-1", inMinutes(5))).isFalse();
  }

  @Test
  void scopesAreIndependent() {
    store.remember("platform-a", "n-1", inMinutes(5));
    assertThat(store.remember("platform-b", "n-1", inMinutes(5))).isTrue();
  }

  @Test
  void anExpiredValueMayBeUsedAgain() {
    store.remember("iss", "n-1", inMinutes(5));
    clock.advance(Duration.ofMinutes(6));
    assertThat(store.remember("iss", "n-1", inMinutes(5))).isTrue();
    assertThat(store.remember("iss", "n-1", inMinutes(5))).isFalse();
  }

  @Test
  void aValueThatHasAlreadyExpiredIsRefused() {
    assertThat(store.remember("iss", "n-1", clock.instant())).isFalse();
    assertThat(store.remember("iss", "n-1", inMinutes(-1))).isFalse();
  }

  @Test
  void purgeForgetsOnlyExpiredValues() {
    store.remember("iss", "short", inMinutes(1));
    store.remember("iss", "long", inMinutes(10));
    clock.advance(Duration.ofMinutes(2));
    assertThat(store.purgeExpired()).isEqualTo(1);
    assertThat(store.remember("iss", "long", inMinutes(10))).isFalse();
    assertThat(store.remember("iss", "short", inMinutes(10))).isTrue();
  }

  @Test
  void blankArgumentsAreProgrammingErrors() {
    assertThatThrownBy(() -> store.remember(" ", "n", inMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.remember("iss", "", inMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactlyOneOfManyConcurrentCallersWins() throws Exception {
    int threads = 8;
    int rounds = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String value = "race-" + round;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Callable<Boolean> call = () -> {
            start.await();
            return store.remember("iss", value, inMinutes(5));
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
        assertThat(winners).as("winners of round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
