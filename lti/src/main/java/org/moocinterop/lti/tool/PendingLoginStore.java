package org.moocinterop.lti.tool;

import java.util.Optional;

/**
 * Keeps the logins a tool initiated until their launch arrives, keyed by state. Single use: a
 * state is consumed by the first launch that presents it. Implementations shared by several
 * nodes let a launch land on another node than its login. Thread-safe.
 */
public interface PendingLoginStore {

  /**
   * Keeps {@code login} until it expires.
   *
   * @throws org.moocinterop.lti.LtiLaunchException with {@code TOO_MANY_PENDING_LOGINS} when full
   */
  void save(PendingLogin login);

  /**
   * Removes and returns the login with {@code state}, atomically: of concurrent calls with one
   * state at most one gets it.
   *
   * @return the login, or empty if unknown, already consumed, or expired
   */
  Optional<PendingLogin> consume(String state);
}
