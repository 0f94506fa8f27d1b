package org.moocinterop.lti.keys;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;

/**
 * Publishes a {@link KeyRing}'s keys at a key set URL (GET), cacheable for {@code maxAge}.
 * Choose a {@code maxAge} well below the ring's overlap so that verifiers see a successor before
 * it signs.
 */
public final class JwksEndpoint implements LtiHandler {

  private final KeyRing keys;
  private final Duration maxAge;

  /**
   * @param keys the keys to publish
   * @param maxAge the {@code Cache-Control: max-age} of the answer
   */
  public JwksEndpoint(KeyRing keys, Duration maxAge) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative");
    }
  }

  @Override
  public LtiResponse handle(LtiRequest request) {
    if (!request.isMethod("GET", "HEAD")) {
      return LtiResponse.error(new LtiLaunchException(ReasonCode.METHOD_NOT_ALLOWED, "use GET"));
    }
    return new LtiResponse(200, List.of(
        new LtiResponse.Header("Content-Type", "application/jwk-set+json"),
        new LtiResponse.Header("Cache-Control", "public, max-age=" + maxAge.toSeconds())),
        keys.publishedKeysJson());
  }
}
