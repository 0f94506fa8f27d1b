package org.moocinterop.lti.jwks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.testing.JwksServer;
import org.moocinterop.lti.testing.TestKeys;

/** Fetching, caching, refreshing and rate limiting of remote key sets, against a real server. */
class JwksClientTest {

  static JwksServer server;
  MutableClock clock;
  JwksClient client;

  @BeforeAll
  static void start() {
    server = new JwksServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void setUp() {
    server.reset().publish(TestKeys.PLATFORM_1);
    clock = MutableClock.atSomeInstant();
    client = JwksClient.builder().clock(clock)
        .defaultTtl(Duration.ofMinutes(10))
        .maxTtl(Duration.ofHours(1))
        .minRefreshInterval(Duration.ofSeconds(30))
        .build();
  }

  Optional<JWK> resolve(String kid) {
    return client.resolve(server.uri(), kid);
  }

  @Test
  void findsAKeyByKidAndKeepsOnlyPublicKeys() {
    Optional<JWK> key = resolve("platform-key-1");

    assertThat(key).hasValueSatisfying(k -> {
      assertThat(k.getKeyID()).isEqualTo("platform-key-1");
      assertThat(k.isPrivate()).isFalse();
    });
    assertThat(server.fetches()).isEqualTo(1);
  }

  @Test
  void servesFromCacheWithinTheDefaultTtl() {
    resolve("platform-key-1");
    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    resolve("platform-key-1");

    assertThat(server.fetches()).isEqualTo(1);
  }

  @Test
  void refetchesAfterTheDefaultTtl() {
    resolve("platform-key-1");
    clock.advance(Duration.ofMinutes(10));
    resolve("platform-key-1");

    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void honoursCacheControlMaxAge() {
    server.cacheControl("public, max-age=120");
    resolve("platform-key-1");
    clock.advance(Duration.ofSeconds(119));
    resolve("platform-key-1");
    assertThat(server.fetches()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    resolve("platform-key-1");
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void boundsMaxAgeByTheMaximumTtl() {
    server.cacheControl("max-age=31536000");
    resolve("platform-key-1");
    clock.advance(Duration.ofHours(1));
    resolve("platform-key-1");

    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void boundsNoCacheByTheMinimumRefreshInterval() {
    server.cacheControl("no-cache");
    resolve("platform-key-1");
    clock.advance(Duration.ofSeconds(29));
    resolve("platform-key-1");
    assertThat(server.fetches()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    resolve("platform-key-1");
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void unknownKidRefreshesOnceAndFindsARotatedKey() {
    resolve("platform-key-1");
    server.publish(TestKeys.PLATFORM_1, TestKeys.PLATFORM_2);
    clock.advance(Duration.ofSeconds(30));

    assertThat(resolve("platform-key-2")).isPresent();
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void unknownKidRefreshesAreRateLimited() {
    resolve("platform-key-1");
    clock.advance(Duration.ofSeconds(30));

    for (int i = 0; i < 20; i++) {
      assertThat(resolve("random-kid-" + i)).isEmpty();
    }
    assertThat(server.fetches()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(30));
    assertThat(resolve("random-kid-again")).isEmpty();
    assertThat(server.fetches()).isEqualTo(3);
  }

  @Test
  void unknownKidOnTheFirstFetchDoesNotFetchTwice() {
    assertThat(resolve("no-such-kid")).isEmpty();

    assertThat(server.fetches()).isEqualTo(1);
  }

  @Test
  void concurrentCallersShareOneFetch() throws Exception {
    CountDownLatch release = server.hold();
    int callers = 12;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    try {
      List<Thread> threads = new CopyOnWriteArrayList<>();
      List<Future<Optional<JWK>>> results = new ArrayList<>();
      CountDownLatch started = new CountDownLatch(callers);
      for (int i = 0; i < callers; i++) {
        results.add(pool.submit(() -> {
          threads.add(Thread.currentThread());
          started.countDown();
          return resolve("platform-key-1");
        }));
      }
      started.await();
      while (server.fetches() < 1 || !allWaiting(threads, callers)) {
        Thread.onSpinWait();
      }
      release.countDown();
      for (Future<Optional<JWK>> result : results) {
        assertThat(result.get()).isPresent();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.fetches()).isEqualTo(1);
  }

  private static boolean allWaiting(List<Thread> threads, int expected) {
    return threads.size() == expected && threads.stream().allMatch(t ->
        t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING);
  }

  @Test
  void httpErrorIsAJwksException() {
    server.status(404);

    assertThatThrownBy(() -> resolve("platform-key-1"))
        .isInstanceOf(JwksException.class)
        .hasMessageContaining("404");
  }

  @Test
  void bodyThatIsNotAKeySetIsAJwksException() {
    server.body("{\"keys\": 7}");

    assertThatThrownBy(() -> resolve("platform-key-1")).isInstanceOf(JwksException.class);
  }

  @Test
  void bodyOverTheSizeLimitIsRefused() {
    JwksClient small = JwksClient.builder().clock(clock).maxBodyBytes(100).build();

    assertThatThrownBy(() -> small.resolve(server.uri(), "platform-key-1"))
        .isInstanceOf(JwksException.class)
        .hasMessageContaining("exceeds 100 bytes");
  }

  @Test
  void failedRefreshServesTheStaleKeySet() {
    resolve("platform-key-1");
    server.status(503);
    clock.advance(Duration.ofMinutes(11));

    assertThat(resolve("platform-key-1")).isPresent();
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void failedFetchesAreRateLimitedToo() {
    server.status(500);
    assertThatThrownBy(() -> resolve("platform-key-1")).isInstanceOf(JwksException.class);
    assertThatThrownBy(() -> resolve("platform-key-1")).isInstanceOf(JwksException.class);

    assertThat(server.fetches()).isEqualTo(1);
  }

  @Test
  void unreachableServerIsAJwksException() {
    JwksClient quick = JwksClient.builder().connectTimeout(Duration.ofSeconds(2)).build();

    assertThatThrownBy(() -> quick.resolve(java.net.URI.create("http://127.0.0.1:1/jwks"), "k"))
        .isInstanceOf(JwksException.class);
  }
}
