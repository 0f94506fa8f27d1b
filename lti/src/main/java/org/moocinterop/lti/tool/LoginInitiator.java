package org.moocinterop.lti.tool;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.http.ResponseCookie;
import org.moocinterop.lti.internal.StoragePage;
import org.moocinterop.lti.internal.Urls;

/**
 * The tool's OIDC login initiation endpoint (third-party initiated login): checks the platform's
 * request, records a {@link PendingLogin} with a fresh state and nonce, and sends the browser to
 * the platform's authorization endpoint.
 *
 * <p>Accepts GET and POST with {@code iss}, {@code login_hint}, {@code target_link_uri}, and
 * optionally {@code lti_message_hint}, {@code lti_deployment_id}, {@code client_id} (required when
 * the issuer has several registrations) and {@code lti_storage_target}. The state is bound to the
 * browser by a cookie {@code lti_state_<state>} ({@code Secure; HttpOnly; SameSite=None}, path of
 * the redirect URI). When the platform offers client-side storage, the answer is an HTML page that
 * also stores state and nonce in the platform's storage frame before it redirects; the launch
 * then needs no cookie and is checked against the server-side pending login alone.
 *
 * <p>Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework 5.1.1</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#additional-login-parameters">LTI Core
 *     4.1</a>
 */
public final class LoginInitiator implements LtiHandler {

  /** The state cookie is named this prefix followed by the state. */
  public static final String STATE_COOKIE_PREFIX = "lti_state_";

  static final int MAX_PARAM_CHARS = 8 * 1024;
  private static final Pattern FRAME_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

  private final PlatformRegistrations registrations;
  private final PendingLoginStore logins;
  private final URI redirectUri;
  private final Predicate<URI> allowedTargets;
  private final Duration stateTtl;
  private final Clock clock;
  private final SecureRandom random;

  private LoginInitiator(Builder b) {
    this.registrations = b.registrations;
    this.logins = b.logins;
    this.redirectUri = b.redirectUri;
    this.allowedTargets = b.allowedTargets;
    this.stateTtl = b.stateTtl;
    this.clock = b.clock;
    this.random = b.random;
  }

  /**
   * A builder.
   *
   * @param registrations the platforms the tool is registered with
   * @param logins where pending logins are kept until their launch
   * @param redirectUri the tool's launch endpoint, registered with every platform
   */
  public static Builder builder(
      PlatformRegistrations registrations, PendingLoginStore logins, URI redirectUri) {
    return new Builder(registrations, logins, redirectUri);
  }

  @Override
  public LtiResponse handle(LtiRequest request) {
    if (!request.isMethod("GET", "POST")) {
      return LtiResponse.error(new LtiLaunchException(
          ReasonCode.METHOD_NOT_ALLOWED, "login initiation takes GET or POST"));
    }
    LoginInitiation initiation;
    try {
      initiation = initiate(request.params());
    } catch (LtiLaunchException e) {
      return LtiResponse.error(e);
    }
    return response(initiation);
  }

  /** The HTTP answer to {@code initiation}: a redirect, or the client-side storage page. */
  public LtiResponse response(LoginInitiation initiation) {
    PendingLogin login = initiation.login();
    ResponseCookie cookie = stateCookie(login.state(), stateTtl);
    if (initiation.storageTarget().isPresent()) {
      String page = StoragePage.render(initiation.storageTarget().get(),
          Urls.origin(initiation.authorizationRequest()), login.state(), login.nonce(),
          initiation.authorizationRequest());
      return LtiResponse.html(200, page).withCookie(cookie);
    }
    return LtiResponse.redirect(initiation.authorizationRequest()).withCookie(cookie);
  }

  /** The cookie binding {@code state} to the browser, on the redirect URI's path. */
  ResponseCookie stateCookie(String state, Duration maxAge) {
    String path = redirectUri.getRawPath() == null || redirectUri.getRawPath().isEmpty()
        ? "/" : redirectUri.getRawPath();
    return new ResponseCookie(STATE_COOKIE_PREFIX + state, state, path, maxAge);
  }

  /**
   * Checks a login initiation request and records its pending login.
   *
   * @param params the request parameters
   * @return where to send the browser
   * @throws LtiLaunchException with MISSING_PARAMETER, INVALID_PARAMETER, UNKNOWN_ISSUER,
   *     UNKNOWN_DEPLOYMENT, TARGET_LINK_URI_NOT_ALLOWED or TOO_MANY_PENDING_LOGINS
   */
  public LoginInitiation initiate(Map<String, String> params) {
    Objects.requireNonNull(params, "params");
    String issuer = required(params, "iss");
    String loginHint = required(params, "login_hint");
    URI target = uri(required(params, "target_link_uri"), "target_link_uri");
    Optional<String> messageHint = optional(params, "lti_message_hint");
    Optional<String> deploymentId = optional(params, "lti_deployment_id");
    Optional<String> clientId = optional(params, "client_id");
    Optional<String> storageTarget = optional(params, "lti_storage_target");
    if (storageTarget.isPresent() && !FRAME_NAME.matcher(storageTarget.get()).matches()) {
      throw new LtiLaunchException(ReasonCode.INVALID_PARAMETER, "lti_storage_target is not a frame name");
    }
    PlatformRegistration registration = registration(issuer, clientId);
    if (deploymentId.isPresent() && !registration.deploymentIds().contains(deploymentId.get())) {
      throw new LtiLaunchException(ReasonCode.UNKNOWN_DEPLOYMENT,
          "lti_deployment_id is not a deployment of client " + registration.clientId());
    }
    if (!allowedTargets.test(target)) {
      throw new LtiLaunchException(ReasonCode.TARGET_LINK_URI_NOT_ALLOWED,
          "target_link_uri " + target + " is not served by this tool");
    }
    String state = randomToken();
    String nonce = randomToken();
    PendingLogin login = new PendingLogin(state, nonce, registration.issuer(),
        registration.clientId(), target, deploymentId, storageTarget.isPresent(),
        clock.instant().plus(stateTtl));
    Map<String, String> query = new LinkedHashMap<>();
    query.put("scope", "openid");
    query.put("response_type", "id_token");
    query.put("response_mode", "form_post");
    query.put("prompt", "none");
    query.put("client_id", registration.clientId());
    query.put("redirect_uri", redirectUri.toString());
    query.put("login_hint", loginHint);
    query.put("state", state);
    query.put("nonce", nonce);
    messageHint.ifPresent(h -> query.put("lti_message_hint", h));
    URI authorizationRequest = Urls.withQuery(registration.authorizationEndpoint(), query);
    logins.save(login);
    return new LoginInitiation(authorizationRequest, login, storageTarget);
  }

  private PlatformRegistration registration(String issuer, Optional<String> clientId) {
    List<PlatformRegistration> candidates = registrations.findByIssuer(issuer);
    if (clientId.isPresent()) {
      return candidates.stream().filter(r -> r.clientId().equals(clientId.get())).findFirst()
          .orElseThrow(() -> new LtiLaunchException(ReasonCode.UNKNOWN_ISSUER,
              "no registration of " + issuer + " with this client_id"));
    }
    if (candidates.isEmpty()) {
      throw new LtiLaunchException(ReasonCode.UNKNOWN_ISSUER, "issuer " + issuer + " is not registered");
    }
    if (candidates.size() > 1) {
      throw new LtiLaunchException(ReasonCode.MISSING_PARAMETER,
          "client_id is required: issuer " + issuer + " has several registrations");
    }
    return candidates.get(0);
  }

  private String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String required(Map<String, String> params, String name) {
    return optional(params, name).orElseThrow(() ->
        new LtiLaunchException(ReasonCode.MISSING_PARAMETER, name + " is required"));
  }

  private static Optional<String> optional(Map<String, String> params, String name) {
    String value = params.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.length() > MAX_PARAM_CHARS) {
      throw new LtiLaunchException(ReasonCode.INVALID_PARAMETER, name + " is too long");
    }
    return Optional.of(value);
  }

  private static URI uri(String value, String name) {
    try {
      URI uri = new URI(value);
      if (!uri.isAbsolute() || uri.getHost() == null) {
        throw new LtiLaunchException(ReasonCode.INVALID_PARAMETER, name + " is not an absolute URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new LtiLaunchException(ReasonCode.INVALID_PARAMETER, name + " is not a URL");
    }
  }

  /** Settings of a {@link LoginInitiator}. */
  public static final class Builder {
    private final PlatformRegistrations registrations;
    private final PendingLoginStore logins;
    private final URI redirectUri;
    private Predicate<URI> allowedTargets;
    private Duration stateTtl = Duration.ofMinutes(5);
    private Clock clock = Clock.systemUTC();
    private SecureRandom random = new SecureRandom();

    private Builder(PlatformRegistrations registrations, PendingLoginStore logins, URI redirectUri) {
      this.registrations = Objects.requireNonNull(registrations, "registrations");
      this.logins = Objects.requireNonNull(logins, "logins");
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri");
      if (!redirectUri.isAbsolute() || redirectUri.getHost() == null) {
        throw new IllegalArgumentException("redirectUri must be an absolute URL");
      }
      String origin = Urls.origin(redirectUri);
      this.allowedTargets = uri -> Urls.origin(uri).equalsIgnoreCase(origin);
    }

    /**
     * Which target link URIs the tool serves; by default any on the origin of the redirect URI.
     */
    public Builder allowTargetLinkUris(Predicate<URI> allowed) {
      this.allowedTargets = Objects.requireNonNull(allowed, "allowed");
      return this;
    }

    /** How long a login waits for its launch; 5 minutes by default. */
    public Builder stateTtl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException("stateTtl must be between 0 and 1 hour");
      }
      this.stateTtl = ttl;
      return this;
    }

    /** The clock expiry is computed from. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of states and nonces; a {@link SecureRandom} by default. */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The initiator. */
    public LoginInitiator build() {
      return new LoginInitiator(this);
    }
  }
}
