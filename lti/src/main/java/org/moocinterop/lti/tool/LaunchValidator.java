package org.moocinterop.lti.tool;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.LtiVersion;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.internal.ClaimsPayload;
import org.moocinterop.lti.internal.LaunchClaimsReader;
import org.moocinterop.lti.jwks.JwkResolver;
import org.moocinterop.lti.jwks.JwksException;

/**
 * Validates an LTI 1.3 id_token as a tool receives it, step by step as the 1EdTech Security
 * Framework (5.1.3) and LTI Core (5.3) require, and turns it into an {@link LtiLaunch}.
 *
 * <p>In order: the token is a compact JWS signed with RS256 (no {@code none}, no HMAC, no other
 * algorithm); its {@code kid} names a key of the platform's key set (refreshed once when the kid is
 * unknown); the signature verifies; {@code iss} is the registration's issuer; {@code aud} contains
 * the client_id, and {@code azp} is present when there are several audiences and equals the
 * client_id when present; {@code exp} is not past and {@code iat} not in the future, each with the
 * configured leeway; {@code nonce} is present and equals the one sent at login; the LTI version is
 * 1.3.0; the message type is one this tool accepts; the deployment is one of the registration; the
 * {@code target_link_uri} equals the login's; the claims the message type requires are present.
 * Last, the nonce is remembered in the {@link NonceStore} (scope: the issuer) until the token
 * expires, atomically, so a replay is refused. Unknown claims are ignored.
 *
 * <p>Every refusal is an {@link LtiLaunchException} with the {@link ReasonCode} of the first
 * broken rule. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework 5.1.3</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI Core 5.3</a>
 */
public final class LaunchValidator {

  /** Id tokens longer than this are refused before parsing. */
  public static final int MAX_TOKEN_CHARS = 64 * 1024;

  private static final int MAX_CACHED_VERIFIERS = 256;

  /** 9999-12-31T23:59:59Z: later NumericDates are refused, so that adding leeway never overflows. */
  private static final long MAX_NUMERIC_DATE = 253_402_300_799L;

  private final JwkResolver keys;
  private final NonceStore nonces;
  private final Clock clock;
  private final Duration leeway;
  private final Set<MessageType> acceptedTypes;
  private final boolean allowAnonymous;
  /**
   * Verifiers by platform key: building one converts the JWK to an {@code RSAPublicKey}, which
   * costs about as much as the verification itself. Bounded; cleared when full.
   */
  private final Map<RSAKey, RSASSAVerifier> verifiers = new ConcurrentHashMap<>();
  /** The verifier used last, found by the identity of its key. */
  private volatile @Nullable LastVerifier last;

  private LaunchValidator(Builder b) {
    this.keys = b.keys;
    this.nonces = b.nonces;
    this.clock = b.clock;
    this.leeway = b.leeway;
    this.acceptedTypes = Set.copyOf(b.acceptedTypes);
    this.allowAnonymous = b.allowAnonymous;
  }

  /**
   * A builder of a validator that finds platform keys with {@code keys} (usually a {@link
   * org.moocinterop.lti.jwks.JwksClient}) and remembers nonces in {@code nonces}.
   */
  public static Builder builder(JwkResolver keys, NonceStore nonces) {
    return new Builder(keys, nonces);
  }

  /**
   * Validates {@code idToken} against what the login recorded.
   *
   * @param idToken the compact id_token the platform posted
   * @param expected the registration, nonce and target link URI of the login
   * @return the launch
   * @throws LtiLaunchException with the reason of the first broken rule
   */
  public LtiLaunch validate(String idToken, LaunchExpectation expected) {
    Objects.requireNonNull(idToken, "idToken");
    Objects.requireNonNull(expected, "expected");
    PlatformRegistration registration = expected.registration();
    SignedJWT jwt = parse(idToken);
    verifySignature(jwt, registration);
    // The payload is read once, with Jackson, into plain maps: nimbus's claims set would parse
    // it a second time into its own types.
    Map<String, Object> claims = ClaimsPayload.parse(jwt.getParsedParts()[1].toString())
        .orElseThrow(() -> new LtiLaunchException(
            ReasonCode.MALFORMED_TOKEN, "the claims set is not a JSON object"));
    Instant now = clock.instant();
    checkIssuerAndAudience(claims, registration);
    Instant expiry = checkTimes(claims, now);
    String nonce = checkNonce(claims, expected);
    MessageType type = checkLtiClaims(claims, expected);
    LtiLaunch launch = LaunchClaimsReader.read(
        claims, registration.clientId(), expected.targetLinkUri().orElse(null));
    if (type.equals(MessageType.RESOURCE_LINK) && launch.resourceLink().isEmpty()) {
      throw missing(LtiClaims.RESOURCE_LINK);
    }
    if (type.equals(MessageType.DEEP_LINKING) && launch.deepLinking().isEmpty()) {
      throw missing(LtiClaims.DEEP_LINKING_SETTINGS);
    }
    if (!allowAnonymous && launch.subject().isEmpty()) {
      throw missing("sub");
    }
    if (!nonces.remember(registration.issuer(), nonce, expiry)) {
      throw new LtiLaunchException(ReasonCode.NONCE_REPLAYED, "the nonce was already used");
    }
    return launch;
  }

  private static SignedJWT parse(String idToken) {
    if (idToken.length() > MAX_TOKEN_CHARS) {
      throw new LtiLaunchException(ReasonCode.MALFORMED_TOKEN, "the id_token is too long");
    }
    String token = idToken.trim();
    try {
      // The common case in one pass: a JWS. Only a refused token is parsed again, to say why.
      return SignedJWT.parse(token);
    } catch (ParseException notAJws) {
      JWT jwt;
      try {
        jwt = JWTParser.parse(token);
      } catch (ParseException e) {
        throw new LtiLaunchException(ReasonCode.MALFORMED_TOKEN, "the id_token is not a JWT");
      }
      if (jwt instanceof SignedJWT) {
        throw new LtiLaunchException(ReasonCode.MALFORMED_TOKEN, "the id_token is not a JWT");
      }
      throw new LtiLaunchException(
          ReasonCode.ALG_NOT_ALLOWED, "unsigned and encrypted id_tokens are refused");
    }
  }

  private void verifySignature(SignedJWT jwt, PlatformRegistration registration) {
    JWSHeader header = jwt.getHeader();
    if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
      throw new LtiLaunchException(ReasonCode.ALG_NOT_ALLOWED,
          "alg " + header.getAlgorithm() + " is refused; LTI 1.3 requires RS256");
    }
    String kid = header.getKeyID();
    if (kid == null || kid.isBlank()) {
      throw new LtiLaunchException(ReasonCode.KID_MISSING, "the JWS header has no kid");
    }
    Optional<JWK> key;
    try {
      key = keys.resolve(registration.jwksUri(), kid);
    } catch (JwksException e) {
      throw new LtiLaunchException(ReasonCode.JWKS_UNAVAILABLE,
          "the key set of " + registration.issuer() + " is unavailable", e);
    }
    if (key.isEmpty()) {
      throw new LtiLaunchException(ReasonCode.UNKNOWN_KID,
          "no key with kid '" + kid + "' in the key set of " + registration.issuer());
    }
    JWK jwk = key.get();
    if (!(jwk instanceof RSAKey rsaKey)
        || (jwk.getKeyUse() != null && !KeyUse.SIGNATURE.equals(jwk.getKeyUse()))
        || (jwk.getAlgorithm() != null && !JWSAlgorithm.RS256.equals(jwk.getAlgorithm()))) {
      throw new LtiLaunchException(ReasonCode.INVALID_SIGNATURE,
          "the key with kid '" + kid + "' is not an RS256 signing key");
    }
    boolean valid;
    try {
      valid = jwt.verify(verifierFor(rsaKey));
    } catch (JOSEException e) {
      valid = false;
    }
    if (!valid) {
      throw new LtiLaunchException(ReasonCode.INVALID_SIGNATURE, "the signature does not verify");
    }
  }

  @SuppressWarnings("ReferenceEquality") // identity is the point: a fast path before equals
  private RSASSAVerifier verifierFor(RSAKey key) throws JOSEException {
    // The key set cache hands out the same key object until it refreshes: compare identities
    // first, which is cheaper than the JWK's equals and hashCode.
    LastVerifier recent = last;
    if (recent != null && recent.key == key) {
      return recent.verifier;
    }
    RSASSAVerifier verifier = verifiers.get(key);
    if (verifier == null) {
      if (verifiers.size() >= MAX_CACHED_VERIFIERS) {
        verifiers.clear();
      }
      verifier = new RSASSAVerifier(key);
      verifiers.put(key, verifier);
    }
    last = new LastVerifier(key, verifier);
    return verifier;
  }

  private record LastVerifier(RSAKey key, RSASSAVerifier verifier) {}

  private static void checkIssuerAndAudience(
      Map<String, Object> claims, PlatformRegistration registration) {
    Object iss = claims.get("iss");
    if (!registration.issuer().equals(iss)) {
      throw new LtiLaunchException(ReasonCode.WRONG_ISSUER,
          "iss is not the registered issuer " + registration.issuer());
    }
    String clientId = registration.clientId();
    Object aud = claims.get("aud");
    int audiences;
    if (aud instanceof String single) {
      if (!single.equals(clientId)) {
        throw wrongAudience(clientId);
      }
      audiences = 1;
    } else if (aud instanceof List<?> list) {
      boolean found = false;
      for (Object item : list) {
        if (!(item instanceof String)) {
          throw new LtiLaunchException(
              ReasonCode.INVALID_CLAIM, "aud must be a string or an array of strings");
        }
        found |= item.equals(clientId);
      }
      if (!found) {
        throw wrongAudience(clientId);
      }
      audiences = list.size();
    } else {
      throw wrongAudience(clientId);
    }
    Object azp = claims.get("azp");
    if (azp == null) {
      if (audiences > 1) {
        throw new LtiLaunchException(ReasonCode.AZP_REQUIRED,
            "aud has " + audiences + " audiences and there is no azp");
      }
    } else if (!clientId.equals(azp)) {
      throw new LtiLaunchException(ReasonCode.AZP_MISMATCH, "azp is not " + clientId);
    }
  }

  private static LtiLaunchException wrongAudience(String clientId) {
    return new LtiLaunchException(ReasonCode.WRONG_AUDIENCE, "aud does not contain " + clientId);
  }

  /** Returns until when the token is acceptable (exp plus leeway). */
  private Instant checkTimes(Map<String, Object> claims, Instant now) {
    Instant exp = numericDate(claims, "exp");
    Instant iat = numericDate(claims, "iat");
    Instant acceptableUntil = exp.plus(leeway);
    if (!now.isBefore(acceptableUntil)) {
      throw new LtiLaunchException(ReasonCode.EXPIRED, "the id_token expired at " + exp);
    }
    if (iat.isAfter(now.plus(leeway))) {
      throw new LtiLaunchException(ReasonCode.ISSUED_IN_FUTURE, "the id_token is issued at " + iat);
    }
    return acceptableUntil;
  }

  /**
   * A NumericDate claim (RFC 7519 section 2: seconds since the epoch, possibly with a fraction,
   * truncated here), between the epoch and the end of year 9999.
   */
  private static Instant numericDate(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null) {
      throw missing(name);
    }
    long seconds;
    if (value instanceof Integer || value instanceof Long) {
      seconds = ((Number) value).longValue();
    } else if (value instanceof Double d && d >= 0 && d <= MAX_NUMERIC_DATE) {
      seconds = d.longValue();
    } else {
      seconds = -1;
    }
    if (seconds < 0 || seconds > MAX_NUMERIC_DATE) {
      throw new LtiLaunchException(ReasonCode.INVALID_CLAIM, name + " must be a NumericDate");
    }
    return Instant.ofEpochSecond(seconds);
  }

  private static String checkNonce(Map<String, Object> claims, LaunchExpectation expected) {
    Object nonce = claims.get("nonce");
    if (!(nonce instanceof String value) || value.isBlank()) {
      throw new LtiLaunchException(ReasonCode.NONCE_MISSING, "the id_token has no nonce");
    }
    if (expected.nonce().isPresent() && !constantTimeEquals(expected.nonce().get(), value)) {
      throw new LtiLaunchException(
          ReasonCode.NONCE_MISMATCH, "the nonce is not the one sent at login");
    }
    return value;
  }

  private MessageType checkLtiClaims(Map<String, Object> all, LaunchExpectation expected) {
    Object version = all.get(LtiClaims.VERSION);
    if (version == null) {
      throw missing(LtiClaims.VERSION);
    }
    if (!LtiVersion.V1_3_0.wireValue().equals(version)) {
      throw new LtiLaunchException(ReasonCode.WRONG_VERSION, "the LTI version is not 1.3.0");
    }
    String typeValue = text(all, LtiClaims.MESSAGE_TYPE);
    MessageType type = MessageType.of(typeValue);
    if (!acceptedTypes.contains(type)) {
      throw new LtiLaunchException(ReasonCode.UNKNOWN_MESSAGE_TYPE,
          "message type '" + abbreviate(typeValue) + "' is not accepted");
    }
    String deployment = text(all, LtiClaims.DEPLOYMENT_ID);
    if (!expected.registration().deploymentIds().contains(deployment)
        || expected.deploymentId().filter(d -> !d.equals(deployment)).isPresent()) {
      throw new LtiLaunchException(ReasonCode.UNKNOWN_DEPLOYMENT,
          "deployment '" + abbreviate(deployment) + "' is not a deployment of client "
              + expected.registration().clientId());
    }
    Object roles = all.get(LtiClaims.ROLES);
    if (roles == null) {
      throw missing(LtiClaims.ROLES);
    }
    Object target = all.get(LtiClaims.TARGET_LINK_URI);
    if (target == null) {
      if (type.equals(MessageType.RESOURCE_LINK)) {
        throw missing(LtiClaims.TARGET_LINK_URI);
      }
    } else if (expected.targetLinkUri().isPresent()
        && !expected.targetLinkUri().get().toString().equals(target)
        && !expected.targetLinkUri().get().equals(uri(target))) {
      // The same text is the same URI; other texts may still be equal URIs (case of the scheme
      // and host, escapes), which only parsing tells.
      throw new LtiLaunchException(ReasonCode.TARGET_LINK_URI_MISMATCH,
          "target_link_uri differs from the one of the login initiation");
    }
    return type;
  }

  private static URI uri(Object value) {
    if (!(value instanceof String text)) {
      throw new LtiLaunchException(ReasonCode.INVALID_CLAIM, LtiClaims.TARGET_LINK_URI + " must be a URI");
    }
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new LtiLaunchException(ReasonCode.INVALID_CLAIM, LtiClaims.TARGET_LINK_URI + " must be a URI");
    }
  }

  private static String text(Map<String, Object> claims, String name) {
    Object value = claims.get(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw missing(name);
    }
    if (!(value instanceof String text)) {
      throw new LtiLaunchException(ReasonCode.INVALID_CLAIM, name + " must be a string");
    }
    return text;
  }

  private static LtiLaunchException missing(String claim) {
    return new LtiLaunchException(ReasonCode.MISSING_CLAIM, claim + " is required");
  }

  private static String abbreviate(String text) {
    return text.length() <= 64 ? text : text.substring(0, 64) + "...";
  }

  static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** Settings of a {@link LaunchValidator}. */
  public static final class Builder {
    private final JwkResolver keys;
    private final NonceStore nonces;
    private Clock clock = Clock.systemUTC();
    private Duration leeway = Duration.ofSeconds(60);
    private Set<MessageType> acceptedTypes = Set.of(MessageType.RESOURCE_LINK, MessageType.DEEP_LINKING);
    private boolean allowAnonymous;

    private Builder(JwkResolver keys, NonceStore nonces) {
      this.keys = Objects.requireNonNull(keys, "keys");
      this.nonces = Objects.requireNonNull(nonces, "nonces");
    }

    /** The clock that {@code exp} and {@code iat} are compared with. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Clock skew tolerated on {@code exp} and {@code iat}; 60 s by default. */
    public Builder leeway(Duration leeway) {
      Objects.requireNonNull(leeway, "leeway");
      if (leeway.isNegative() || leeway.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException("leeway must be between 0 and 10 minutes");
      }
      this.leeway = leeway;
      return this;
    }

    /**
     * The message types accepted; by default {@link MessageType#RESOURCE_LINK} and {@link
     * MessageType#DEEP_LINKING}.
     */
    public Builder acceptedMessageTypes(Set<MessageType> types) {
      if (types.isEmpty()) {
        throw new IllegalArgumentException("accept at least one message type");
      }
      this.acceptedTypes = Set.copyOf(types);
      return this;
    }

    /** Whether launches without {@code sub} (anonymous launches) are accepted; false by default. */
    public Builder allowAnonymous(boolean allowAnonymous) {
      this.allowAnonymous = allowAnonymous;
      return this;
    }

    /** The validator. */
    public LaunchValidator build() {
      return new LaunchValidator(this);
    }
  }
}
