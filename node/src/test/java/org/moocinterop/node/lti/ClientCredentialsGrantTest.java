package org.moocinterop.node.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.lti.jwks.JwkResolver;

/** RFC 6749 4.4 and RFC 7523 2.2/3 as the demo platform's token endpoint applies them. */
class ClientCredentialsGrantTest {

  static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
  static final URI TOKEN_URL = URI.create("https://platform.example/lti/platform/token");
  static final String ISSUER = "https://platform.example";
  static final String CLIENT = "tool-1";
  static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
  static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";

  static RSAKey toolKey;
  static RSAKey strangerKey;
  static RSAKey platformKey;

  @BeforeAll
  static void keys() throws Exception {
    toolKey = new RSAKeyGenerator(2048).keyID("tool-key").generate();
    strangerKey = new RSAKeyGenerator(2048).keyID("tool-key").generate();
    platformKey = new RSAKeyGenerator(2048).keyID("platform-key").generate();
  }

  private final ClientCredentialsGrant grant = new ClientCredentialsGrant(TOKEN_URL, ISSUER,
      claims -> sign(claims, platformKey),
      id -> id.equals(CLIENT) ? Optional.of(new ClientCredentialsGrant.Client(CLIENT,
          URI.create("https://tool.example/jwks"), Set.of(SCORE, LINEITEM))) : Optional.empty(),
      JwkResolver.of(new JWKSet(toolKey.toPublicJWK())),
      new InMemoryNonceStore(Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));

  static JWTClaimsSet.Builder assertionClaims() {
    return new JWTClaimsSet.Builder().issuer(CLIENT).subject(CLIENT).audience(TOKEN_URL.toString())
        .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plusSeconds(120))).jwtID("jti-1");
  }

  static String sign(JWTClaimsSet claims, RSAKey key) {
    try {
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> request(String assertion, String scope) {
    Map<String, String> form = new HashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_assertion_type", ClientCredentialsGrant.ASSERTION_TYPE);
    form.put("client_assertion", assertion);
    form.put("scope", scope);
    return form;
  }

  @Test
  void aValidAssertionGetsAnAccessTokenSignedByThePlatform() throws Exception {
    ClientCredentialsGrant.Token token =
        grant.grant(request(sign(assertionClaims().build(), toolKey), SCORE + " " + LINEITEM));

    assertThat(token.scope()).isEqualTo(SCORE + " " + LINEITEM);
    assertThat(token.expiresIn()).isEqualTo(3600);
    SignedJWT jwt = SignedJWT.parse(token.accessToken());
    assertThat(jwt.verify(new RSASSAVerifier(platformKey))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getSubject()).isEqualTo(CLIENT);
    assertThat(claims.getExpirationTime().toInstant()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    assertThat(claims.getClaim("scope")).isEqualTo(SCORE + " " + LINEITEM);
  }

  @Test
  void theIssuerAsAudienceIsAccepted() {
    String assertion = sign(assertionClaims().audience(ISSUER).build(), toolKey);

    assertThat(grant.grant(request(assertion, SCORE)).scope()).isEqualTo(SCORE);
  }

  @Test
  void anAssertionIsSingleUse() {
    String assertion = sign(assertionClaims().build(), toolKey);
    grant.grant(request(assertion, SCORE));

    assertThatThrownBy(() -> grant.grant(request(assertion, SCORE)))
        .isInstanceOfSatisfying(TokenError.class, e -> {
          assertThat(e.error()).isEqualTo("invalid_client");
          assertThat(e.status()).isEqualTo(401);
        });
  }

  static Stream<Arguments> refusedAssertions() {
    return Stream.of(
        Arguments.of("wrong audience", claims(b -> b.audience("https://elsewhere.example"))),
        Arguments.of("no audience", claims(b -> b.audience((String) null))),
        Arguments.of("sub differs from iss", claims(b -> b.subject("someone-else"))),
        Arguments.of("unknown client", claims(b -> b.issuer("tool-2").subject("tool-2"))),
        Arguments.of("expired", claims(b -> b.expirationTime(Date.from(NOW.minusSeconds(61))))),
        Arguments.of("no exp", claims(b -> b.expirationTime(null))),
        Arguments.of("lives too long", claims(b -> b.expirationTime(Date.from(NOW.plusSeconds(3600))))),
        Arguments.of("issued in the future", claims(b -> b.issueTime(Date.from(NOW.plusSeconds(600))))),
        Arguments.of("no jti", claims(b -> b.jwtID(null))),
        Arguments.of("signed by another key", sign(assertionClaims().build(), strangerKey)),
        Arguments.of("HMAC", hmac()),
        Arguments.of("not a JWT", "not.a.jwt"));
  }

  static String claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    return sign(change.apply(assertionClaims()).build(), toolKey);
  }

  static String hmac() {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("tool-key").build(),
          assertionClaims().build());
      jwt.sign(new MACSigner(new byte[32]));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedAssertions")
  void invalidClientAssertionsAreRefusedAsInvalidClient(String why, String assertion) {
    assertThatThrownBy(() -> grant.grant(request(assertion, SCORE)))
        .isInstanceOfSatisfying(TokenError.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
  }

  @Test
  void anotherGrantTypeIsUnsupported() {
    Map<String, String> form = request(sign(assertionClaims().build(), toolKey), SCORE);
    form.put("grant_type", "authorization_code");

    assertThatThrownBy(() -> grant.grant(form)).isInstanceOfSatisfying(TokenError.class,
        e -> assertThat(e.error()).isEqualTo("unsupported_grant_type"));
  }

  @Test
  void aMissingParameterIsAnInvalidRequest() {
    Map<String, String> form = request(sign(assertionClaims().build(), toolKey), SCORE);
    form.remove("client_assertion");

    assertThatThrownBy(() -> grant.grant(form)).isInstanceOfSatisfying(TokenError.class, e -> {
      assertThat(e.error()).isEqualTo("invalid_request");
      assertThat(e.status()).isEqualTo(400);
    });
  }

  @Test
  void aScopeNotGrantedToTheClientIsAnInvalidScope() {
    String assertion = sign(assertionClaims().build(), toolKey);

    assertThatThrownBy(() -> grant.grant(request(assertion, SCORE + " https://example.org/admin")))
        .isInstanceOfSatisfying(TokenError.class, e -> {
          assertThat(e.error()).isEqualTo("invalid_scope");
          assertThat(e.getMessage()).contains("https://example.org/admin").doesNotContain(SCORE);
        });
  }
}
