package org.moocinterop.node.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.keys.KeyRing;

/**
 * What the demo platform signs: the {@code lti_message_hint} that carries a launch from the
 * platform page through the tool's login initiation back to the authorization endpoint, and the
 * id_token of the launch (LTI Core 5.1, Security Framework 5.1.2).
 */
final class PlatformTokens {

  static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
  static final Duration HINT_LIFETIME = Duration.ofMinutes(5);
  static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);

  /** What a message hint says: who launches which tool from which course. */
  record Hint(String userId, String courseId, String clientId) {}

  private final String issuer;
  private final KeyRing keys;
  private final NonceStore used;
  private final Clock clock;

  PlatformTokens(String issuer, KeyRing keys, NonceStore used, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.used = Objects.requireNonNull(used, "used");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  String issuer() {
    return issuer;
  }

  /** A signed, single-use, five-minute hint for one launch. */
  String messageHint(Hint hint) {
    Instant now = clock.instant();
    return sign(new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(issuer)
        .subject(hint.userId())
        .claim("course", hint.courseId())
        .claim("client_id", hint.clientId())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(HINT_LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .build());
  }

  /**
   * The hint, if this platform signed it for {@code loginHint} and {@code clientId}, it has not
   * expired and was not used before (it is used now).
   */
  Optional<Hint> readMessageHint(String token, String loginHint, String clientId) {
    JWTClaimsSet claims;
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      String kid = jwt.getHeader().getKeyID();
      @Nullable JWK key = kid == null ? null : keys.publishedKeys().getKeyByKeyId(kid);
      if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())
          || !(key instanceof RSAKey rsa) || !jwt.verify(new RSASSAVerifier(rsa))) {
        return Optional.empty();
      }
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
    Date exp = claims.getExpirationTime();
    Object course = claims.getClaim("course");
    Object client = claims.getClaim("client_id");
    String jti = claims.getJWTID();
    if (!issuer.equals(claims.getIssuer()) || exp == null || jti == null
        || !clock.instant().isBefore(exp.toInstant())
        || !loginHint.equals(claims.getSubject())
        || !(course instanceof String courseId) || !clientId.equals(client)) {
      return Optional.empty();
    }
    if (!used.remember("lti_message_hint", jti, exp.toInstant())) {
      return Optional.empty();
    }
    return Optional.of(new Hint(loginHint, courseId, clientId));
  }

  /** The id_token of a resource link launch of {@code tool} by {@code user} in {@code course}. */
  String idToken(DemoDirectory.User user, DemoDirectory.Course course, ToolClient tool,
      String nonce) {
    Instant now = clock.instant();
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("id", course.id());
    context.put("label", course.label());
    context.put("title", course.title());
    context.put("type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"));
    return sign(new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(tool.clientId())
        .subject(user.id())
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(ID_TOKEN_LIFETIME)))
        .claim("nonce", nonce)
        .claim("azp", tool.clientId())
        .claim("name", user.name())
        .claim("given_name", user.givenName())
        .claim("family_name", user.familyName())
        .claim("email", user.email())
        .claim(LTI + "message_type", "LtiResourceLinkRequest")
        .claim(LTI + "version", "1.3.0")
        .claim(LTI + "deployment_id", tool.deploymentId())
        .claim(LTI + "target_link_uri", tool.targetLinkUri().toString())
        .claim(LTI + "resource_link", Map.of("id", course.resourceLinkId(),
            "title", course.label() + ": " + tool.name()))
        .claim(LTI + "context", context)
        .claim(LTI + "roles", List.of(user.role().iri()))
        .claim(LTI + "tool_platform", Map.of("guid", issuer, "name", "mooc-interop demo platform",
            "product_family_code", "mooc-interop"))
        .claim(LTI + "launch_presentation", Map.of("document_target", "window", "locale", "en"))
        .build());
  }

  private String sign(JWTClaimsSet claims) {
    return keys.sign(claims);
  }
}
