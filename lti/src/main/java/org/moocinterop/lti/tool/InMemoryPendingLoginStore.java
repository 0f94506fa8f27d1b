package org.moocinterop.lti.tool;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;

/**
 * A {@link PendingLoginStore} in memory, bounded: expired logins are dropped when the store is
 * full, and a login is refused when it is still full after that.
 */
public final class InMemoryPendingLoginStore implements PendingLoginStore {

  private final Clock clock;
  private final int capacity;
  private final Map<String, PendingLogin> logins = new ConcurrentHashMap<>();

  /**
   * @param clock the clock expiry is read from
   * @param capacity the most logins kept at once
   */
  public InMemoryPendingLoginStore(Clock clock, int capacity) {
    this.clock = Objects.requireNonNull(clock, "clock");
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
  }

  /** A store on the system clock for up to 100,000 pending logins. */
  public InMemoryPendingLoginStore() {
    this(Clock.systemUTC(), 100_000);
  }

  @Override
  public void save(PendingLogin login) {
    Objects.requireNonNull(login, "login");
    if (logins.size() >= capacity) {
      logins.values().removeIf(l -> !clock.instant().isBefore(l.expiresAt()));
      if (logins.size() >= capacity) {
        throw new LtiLaunchException(ReasonCode.TOO_MANY_PENDING_LOGINS,
            "too many login initiations are pending");
      }
    }
    logins.put(login.state(), login);
  }

  @Override
  public Optional<PendingLogin> consume(String state) {
    Objects.requireNonNull(state, "state");
    PendingLogin login = logins.remove(state);
    if (login == null || !clock.instant().isBefore(login.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(login);
  }
}
