package org.moocinterop.api.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.moocinterop.api.spi.NonceStore;

/**
 * A {@link NonceStore} in a {@link ConcurrentHashMap}: atomic within one JVM, not shared between
 * nodes. Expired values are dropped by {@link #purgeExpired()} and replaced on the fly when the same
 * value is remembered again.
 */
public final class InMemoryNonceStore implements NonceStore {

  private final Clock clock;
  private final Map<Key, Instant> entries = new ConcurrentHashMap<>();

  /** A store that reads time from {@code clock}. */
  public InMemoryNonceStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A store on the system UTC clock. */
  public InMemoryNonceStore() {
    this(Clock.systemUTC());
  }

  @Override
  public boolean remember(String scope, String value, Instant expiresAt) {
    Key key = new Key(requireText(scope, "scope"), requireText(value, "value"));
    Objects.requireNonNull(expiresAt, "expiresAt");
    Instant now = clock.instant();
    if (!expiresAt.isAfter(now)) {
      return false;
    }
    boolean[] fresh = {false};
    entries.compute(key, (k, existing) -> {
      if (existing != null && existing.isAfter(now)) {
        return existing;
      }
      fresh[0] = true;
      return expiresAt;
    });
    return fresh[0];
  }

  @Override
  public int purgeExpired() {
    Instant now = clock.instant();
    int before = entries.size();
    entries.values().removeIf(expiry -> !expiry.isAfter(now));
    return Math.max(0, before - entries.size());
  }

  static String requireText(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }

  private record Key(String scope, String value) {}
}
