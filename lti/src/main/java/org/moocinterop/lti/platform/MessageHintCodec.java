package org.moocinterop.lti.platform;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.internal.ClaimsPayload;
import org.moocinterop.lti.keys.KeyRing;

/**
 * Signs and verifies the single-use {@code lti_message_hint} JWT of this platform. The hint is a
 * token the platform addresses to itself, so it is signed with HS256 under a secret derived from
 * the platform's current RSA key ({@link KeyRing#signSelfAddressed}): every node holding the key
 * set accepts it, also after a restart, and checking it costs a keyed hash, not an RSA operation.
 */
final class MessageHintCodec {

  static final String NONCE_SCOPE = "lti_message_hint";

  /** The purpose the hint secret is derived for. */
  static final String PURPOSE = "lti_message_hint";

  private final String issuer;
  private final KeyRing keys;
  private final Clock clock;
  private final Duration ttl;
  private final SecureRandom random = new SecureRandom();

  MessageHintCodec(String issuer, KeyRing keys, Clock clock, Duration ttl) {
    this.issuer = issuer;
    this.keys = keys;
    this.clock = clock;
    this.ttl = ttl;
  }

  String issue(MessageHint hint) {
    byte[] jti = new byte[16];
    random.nextBytes(jti);
    Instant now = clock.instant();
    return keys.signSelfAddressed(new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(hint.clientId())
        .subject(hint.userId())
        .jwtID(Base64.getUrlEncoder().withoutPadding().encodeToString(jti))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ttl)))
        .claim("deployment_id", hint.deploymentId())
        .claim("message_type", hint.messageType().value())
        .claim("target_link_uri", hint.targetLinkUri().toString())
        .claim("ref", hint.reference())
        .build(), PURPOSE);
  }

  /**
   * Verifies a hint for {@code clientId}: signed by this platform (HS256 under the hint secret of
   * a published key), issued by this platform for this client, not expired, and not used before
   * (its jti is then remembered, atomically).
   *
   * @throws IllegalArgumentException with a message for the error description
   */
  MessageHint verify(String token, String clientId, NonceStore nonces) {
    if (!keys.verifySelfAddressed(token, PURPOSE)) {
      throw new IllegalArgumentException("lti_message_hint has no valid signature of this platform");
    }
    int first = token.indexOf('.');
    Map<String, Object> claims = ClaimsPayload
        .parseFlat(token.substring(first + 1, token.indexOf('.', first + 1)))
        .orElseThrow(() -> new IllegalArgumentException("lti_message_hint is not a signed JWT"));
    Object exp = claims.get("exp");
    if (!issuer.equals(claims.get("iss")) || !clientId.equals(claims.get("aud"))) {
      throw new IllegalArgumentException("lti_message_hint was not issued for this client");
    }
    if (!(exp instanceof Long)) {
      throw new IllegalArgumentException("lti_message_hint expired");
    }
    Instant expiry = Instant.ofEpochSecond(((Number) exp).longValue());
    if (!clock.instant().isBefore(expiry)) {
      throw new IllegalArgumentException("lti_message_hint expired");
    }
    MessageHint hint;
    try {
      hint = new MessageHint(clientId, text(claims, "deployment_id"), text(claims, "sub"),
          MessageType.of(text(claims, "message_type")),
          new URI(text(claims, "target_link_uri")), text(claims, "ref"));
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalArgumentException("lti_message_hint is incomplete");
    }
    Object jti = claims.get("jti");
    if (!(jti instanceof String id) || id.isBlank()
        || !nonces.remember(NONCE_SCOPE, id, expiry)) {
      throw new IllegalArgumentException("lti_message_hint was already used");
    }
    return hint;
  }

  private static String text(Map<String, Object> claims, String name) {
    if (!(claims.get(name) instanceof String value)) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return value;
  }
}
