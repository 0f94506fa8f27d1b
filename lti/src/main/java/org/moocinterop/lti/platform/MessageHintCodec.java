package org.moocinterop.lti.platform;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.keys.KeyRing;

/** Signs and verifies the single-use {@code lti_message_hint} JWT of this platform. */
final class MessageHintCodec {

  static final String NONCE_SCOPE = "lti_message_hint";

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
    return keys.sign(new JWTClaimsSet.Builder()
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
        .build());
  }

  /**
   * Verifies a hint for {@code clientId}: signed by this platform with RS256, not expired, and
   * not used before (its jti is then remembered).
   *
   * @throws IllegalArgumentException with a message for the error description
   */
  MessageHint verify(String token, String clientId, NonceStore nonces) {
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(token);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new IllegalArgumentException("lti_message_hint is not a signed JWT");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw new IllegalArgumentException("lti_message_hint is not signed with RS256");
    }
    String kid = jwt.getHeader().getKeyID();
    JWK key = kid == null ? null : keys.publishedKeys().getKeyByKeyId(kid);
    boolean valid;
    try {
      valid = key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new IllegalArgumentException("lti_message_hint has no valid signature of this platform");
    }
    List<String> audience = claims.getAudience();
    Date exp = claims.getExpirationTime();
    if (!issuer.equals(claims.getIssuer()) || audience == null || !audience.equals(List.of(clientId))) {
      throw new IllegalArgumentException("lti_message_hint was not issued for this client");
    }
    if (exp == null || !clock.instant().isBefore(exp.toInstant())) {
      throw new IllegalArgumentException("lti_message_hint expired");
    }
    MessageHint hint;
    try {
      hint = new MessageHint(clientId, claims.getStringClaim("deployment_id"),
          claims.getSubject(), MessageType.of(claims.getStringClaim("message_type")),
          new URI(claims.getStringClaim("target_link_uri")), claims.getStringClaim("ref"));
    } catch (ParseException | URISyntaxException | RuntimeException e) {
      throw new IllegalArgumentException("lti_message_hint is incomplete");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank() || !nonces.remember(NONCE_SCOPE, jti, exp.toInstant())) {
      throw new IllegalArgumentException("lti_message_hint was already used");
    }
    return hint;
  }
}
