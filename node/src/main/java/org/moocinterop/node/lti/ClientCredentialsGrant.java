package org.moocinterop.node.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.jwks.JwkResolver;
import org.moocinterop.lti.jwks.JwksException;

/**
 * The platform's OAuth 2.0 token endpoint for the LTI Advantage services: the
 * {@code client_credentials} grant, with the tool authenticated by a JWT client assertion signed
 * with its private key ({@code private_key_jwt}, RFC 7523 2.2 and 3), as the 1EdTech Security
 * Framework 4.1 requires.
 *
 * <p>The assertion must be RS256-signed by a key of the tool's key set, have {@code iss} and
 * {@code sub} equal to a registered client_id, an {@code aud} that names this token endpoint (or
 * the platform's issuer), an {@code exp} in the future and at most five minutes away, no
 * {@code iat} in the future, and a {@code jti} never seen before. Every requested scope must be
 * granted to the client. The access token is a short-lived RS256 JWT signed with the platform's
 * key (the signer given, usually a {@code KeyRing}).
 */
final class ClientCredentialsGrant {

  static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
  private static final Duration LEEWAY = Duration.ofSeconds(60);
  private static final Duration MAX_ASSERTION_LIFETIME = Duration.ofMinutes(5);
  private static final int MAX_ASSERTION_CHARS = 16 * 1024;

  /** A tool allowed to ask for tokens: its client_id, its key set, and the scopes it may get. */
  record Client(String clientId, URI jwksUri, Set<String> scopes) {
    Client {
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(jwksUri, "jwksUri");
      scopes = Set.copyOf(scopes);
    }
  }

  /** A granted token, as the JSON response carries it (RFC 6749 5.1). */
  record Token(String accessToken, long expiresIn, String scope) {}

  private final URI tokenUrl;
  private final String issuer;
  private final Function<JWTClaimsSet, String> signer;
  private final Function<String, Optional<Client>> clients;
  private final JwkResolver toolKeys;
  private final NonceStore jtis;
  private final Clock clock;

  ClientCredentialsGrant(URI tokenUrl, String issuer, Function<JWTClaimsSet, String> signer,
      Function<String, Optional<Client>> clients, JwkResolver toolKeys, NonceStore jtis, Clock clock) {
    this.tokenUrl = Objects.requireNonNull(tokenUrl, "tokenUrl");
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.signer = Objects.requireNonNull(signer, "signer");
    this.clients = Objects.requireNonNull(clients, "clients");
    this.toolKeys = Objects.requireNonNull(toolKeys, "toolKeys");
    this.jtis = Objects.requireNonNull(jtis, "jtis");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Answers one token request.
   *
   * @param form the form parameters of the POST (first value of each)
   * @throws TokenError when the request is refused
   */
  Token grant(Map<String, String> form) {
    String grantType = required(form, "grant_type");
    if (!grantType.equals("client_credentials")) {
      throw TokenError.unsupportedGrantType("only the client_credentials grant is supported");
    }
    if (!ASSERTION_TYPE.equals(required(form, "client_assertion_type"))) {
      throw TokenError.invalidClient("client_assertion_type must be " + ASSERTION_TYPE);
    }
    String assertion = required(form, "client_assertion");
    Set<String> requested = scopes(required(form, "scope"));
    Client client = authenticate(assertion);
    List<String> refused = new ArrayList<>();
    for (String scope : requested) {
      if (!client.scopes().contains(scope)) {
        refused.add(scope);
      }
    }
    if (!refused.isEmpty()) {
      throw TokenError.invalidScope("scope not granted to this client: " + String.join(" ", refused));
    }
    return issue(client, String.join(" ", requested));
  }

  private Client authenticate(String assertion) {
    if (assertion.length() > MAX_ASSERTION_CHARS) {
      throw TokenError.invalidClient("the client assertion is too long");
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(assertion);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw TokenError.invalidClient("the client assertion is not a signed JWT");
    }
    if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
      throw TokenError.invalidClient("the client assertion must be signed with RS256");
    }
    String clientId = claims.getIssuer();
    if (clientId == null || !clientId.equals(claims.getSubject())) {
      throw TokenError.invalidClient("iss and sub of the client assertion must both be the client_id");
    }
    Client client = clients.apply(clientId)
        .orElseThrow(() -> TokenError.invalidClient("unknown client"));
    List<String> audience = claims.getAudience();
    if (audience == null
        || !(audience.contains(tokenUrl.toString()) || audience.contains(issuer))) {
      throw TokenError.invalidClient("aud of the client assertion must name this token endpoint");
    }
    verifySignature(jwt, client);
    Instant now = clock.instant();
    Date exp = claims.getExpirationTime();
    if (exp == null || !now.isBefore(exp.toInstant().plus(LEEWAY))) {
      throw TokenError.invalidClient("the client assertion has expired or has no exp");
    }
    if (exp.toInstant().isAfter(now.plus(MAX_ASSERTION_LIFETIME).plus(LEEWAY))) {
      throw TokenError.invalidClient("the client assertion lives longer than "
          + MAX_ASSERTION_LIFETIME.toMinutes() + " minutes");
    }
    Date iat = claims.getIssueTime();
    if (iat != null && iat.toInstant().isAfter(now.plus(LEEWAY))) {
      throw TokenError.invalidClient("the client assertion is issued in the future");
    }
    String jti = claims.getJWTID();
    if (jti == null || jti.isBlank()) {
      throw TokenError.invalidClient("the client assertion has no jti");
    }
    if (!jtis.remember("client_assertion " + clientId, jti, exp.toInstant().plus(LEEWAY))) {
      throw TokenError.invalidClient("the client assertion was already used");
    }
    return client;
  }

  private void verifySignature(SignedJWT jwt, Client client) {
    String kid = jwt.getHeader().getKeyID();
    if (kid == null) {
      throw TokenError.invalidClient("the client assertion has no kid");
    }
    Optional<JWK> key;
    try {
      key = toolKeys.resolve(client.jwksUri(), kid);
    } catch (JwksException e) {
      throw TokenError.invalidClient("the key set of the client is unavailable");
    }
    boolean valid = false;
    if (key.isPresent() && key.get() instanceof RSAKey rsa) {
      try {
        valid = jwt.verify(new RSASSAVerifier(rsa));
      } catch (JOSEException e) {
        valid = false;
      }
    }
    if (!valid) {
      throw TokenError.invalidClient("the signature of the client assertion does not verify");
    }
  }

  private Token issue(Client client, String scope) {
    Instant now = clock.instant();
    JWTClaimsSet claims = new JWTClaimsSet.Builder()
        .issuer(issuer)
        .subject(client.clientId())
        .audience(issuer)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(TOKEN_LIFETIME)))
        .jwtID(UUID.randomUUID().toString())
        .claim("scope", scope)
        .build();
    return new Token(signer.apply(claims), TOKEN_LIFETIME.toSeconds(), scope);
  }

  private static Set<String> scopes(String value) {
    Set<String> scopes = new LinkedHashSet<>();
    StringTokenizer tokens = new StringTokenizer(value, " ");
    while (tokens.hasMoreTokens()) {
      scopes.add(tokens.nextToken());
    }
    if (scopes.isEmpty()) {
      throw TokenError.invalidScope("scope must name at least one scope");
    }
    return scopes;
  }

  private static String required(Map<String, String> form, String name) {
    @Nullable String value = form.get(name);
    if (value == null || value.isBlank()) {
      throw TokenError.invalidRequest(name + " is required");
    }
    return value;
  }
}
