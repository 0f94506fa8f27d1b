package org.moocinterop.lti.platform;

import org.moocinterop.lti.LtiLaunch;

/**
 * The host platform's part of a launch: builds the message (roles, context, resource link, names,
 * custom parameters, service endpoints) for a user and a hint it issued earlier.
 */
@FunctionalInterface
public interface LaunchFactory {

  /**
   * The launch for {@code hint}. Its issuer, client id, deployment id, message type and subject
   * are set by the caller from the verified hint and override what is returned.
   *
   * @param hint the verified message hint
   * @param builder a builder already holding issuer, client id, deployment id, type and subject
   * @return the launch to send
   */
  LtiLaunch create(MessageHint hint, LtiLaunch.Builder builder);
}
