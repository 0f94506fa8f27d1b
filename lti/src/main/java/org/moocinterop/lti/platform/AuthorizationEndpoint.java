package org.moocinterop.lti.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.internal.FormPost;
import org.moocinterop.lti.internal.Html;
import org.moocinterop.lti.internal.LaunchClaimsWriter;
import org.moocinterop.lti.keys.KeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's OIDC authorization endpoint for LTI 1.3 launches (GET or POST).
 *
 * <p>Checks, in order: {@code client_id} names a registered tool and {@code redirect_uri} equals
 * one of its redirect URIs exactly (otherwise a {@code 400}, never a redirect); then {@code
 * scope=openid}, {@code response_type=id_token}, {@code response_mode=form_post}, a {@code nonce};
 * a signed-in user ({@code prompt=none}: never a login page, {@code login_required} instead) who
 * is the {@code login_hint}; the {@code lti_message_hint} is this platform's, for this client and
 * user, unexpired and not used before. Then it asks the host's {@link LaunchFactory} for the
 * message, signs the id_token with the current key (RS256, {@code kid}), and answers with an
 * auto-submitting form posting {@code id_token} and {@code state} to the redirect URI. Errors
 * after the redirect URI is verified are form-posted there too ({@code error}, {@code
 * error_description}, {@code state}).
 *
 * <p>Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-2-authentication-request">
 *     Security Framework 5.1.1.2 and 5.1.1.3</a>
 */
public final class AuthorizationEndpoint implements LtiHandler {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationEndpoint.class);

  private final String issuer;
  private final KeyRing keys;
  private final ToolRegistrations tools;
  private final NonceStore nonces;
  private final CurrentUser currentUser;
  private final LaunchFactory launches;
  private final Clock clock;
  private final Duration tokenLifetime;
  private final MessageHintCodec hints;

  /**
   * @param issuer this platform's issuer identifier
   * @param keys this platform's signing keys
   * @param tools the registered tools
   * @param nonces remembers redeemed message hints
   * @param currentUser who is signed in
   * @param launches builds the message for a hint
   * @param clock the clock of {@code iat} and {@code exp}
   * @param tokenLifetime the id_token's lifetime (a few minutes; at most the ring's token
   *     lifetime)
   */
  public AuthorizationEndpoint(String issuer, KeyRing keys, ToolRegistrations tools,
      NonceStore nonces, CurrentUser currentUser, LaunchFactory launches, Clock clock,
      Duration tokenLifetime) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    this.launches = Objects.requireNonNull(launches, "launches");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    this.hints = new MessageHintCodec(issuer, keys, clock, tokenLifetime);
  }

  @Override
  public LtiResponse handle(LtiRequest request) {
    if (!request.isMethod("GET", "POST")) {
      return direct(405, OidcError.INVALID_REQUEST, "use GET or POST");
    }
    Optional<ToolRegistration> tool = request.param("client_id").flatMap(tools::find);
    if (tool.isEmpty()) {
      return direct(400, OidcError.UNAUTHORIZED_CLIENT, "client_id is unknown");
    }
    String redirectUri = request.param("redirect_uri").orElse("");
    if (!tool.get().hasRedirectUri(redirectUri)) {
      return direct(400, OidcError.INVALID_REQUEST,
          "redirect_uri is not a registered redirect URI of the client");
    }
    Optional<String> state = request.param("state");
    try {
      String idToken = authorize(request, tool.get());
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("id_token", idToken);
      state.ifPresent(s -> fields.put("state", s));
      return LtiResponse.html(200, FormPost.render(redirectUri, fields));
    } catch (Failure f) {
      LOG.info("Refused authentication request of {}: {} {}", tool.get().clientId(),
          f.error.code(), f.getMessage());
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("error", f.error.code());
      fields.put("error_description", String.valueOf(f.getMessage()));
      state.ifPresent(s -> fields.put("state", s));
      return LtiResponse.html(200, FormPost.render(redirectUri, fields));
    }
  }

  private String authorize(LtiRequest request, ToolRegistration tool) {
    expect(request, "scope", "openid", OidcError.INVALID_SCOPE);
    expect(request, "response_type", "id_token", OidcError.UNSUPPORTED_RESPONSE_TYPE);
    expect(request, "response_mode", "form_post", OidcError.INVALID_REQUEST);
    String nonce = request.param("nonce")
        .orElseThrow(() -> new Failure(OidcError.INVALID_REQUEST, "nonce is required"));
    String loginHint = request.param("login_hint")
        .orElseThrow(() -> new Failure(OidcError.INVALID_REQUEST, "login_hint is required"));
    String user = currentUser.userId(request)
        .orElseThrow(() -> new Failure(OidcError.LOGIN_REQUIRED, "nobody is signed in"));
    if (!user.equals(loginHint)) {
      throw new Failure(OidcError.ACCESS_DENIED, "the signed-in user is not the login_hint");
    }
    String hintToken = request.param("lti_message_hint")
        .orElseThrow(() -> new Failure(OidcError.INVALID_REQUEST, "lti_message_hint is required"));
    MessageHint hint;
    try {
      hint = hints.verify(hintToken, tool.clientId(), nonces);
    } catch (IllegalArgumentException e) {
      throw new Failure(OidcError.INVALID_REQUEST, String.valueOf(e.getMessage()));
    }
    if (!hint.userId().equals(user)) {
      throw new Failure(OidcError.ACCESS_DENIED, "the message hint is for another user");
    }
    if (!tool.deploymentIds().contains(hint.deploymentId())) {
      throw new Failure(OidcError.INVALID_REQUEST, "the deployment no longer exists");
    }
    LtiLaunch launch = buildLaunch(hint);
    long now = clock.instant().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>(32);
    claims.put("iss", issuer);
    claims.put("aud", tool.clientId());
    claims.put("iat", now);
    claims.put("exp", now + tokenLifetime.toSeconds());
    claims.put("azp", tool.clientId());
    claims.put("nonce", nonce);
    LaunchClaimsWriter.writeTo(launch, claims);
    return keys.sign(claims);
  }

  private LtiLaunch buildLaunch(MessageHint hint) {
    LtiLaunch.Builder builder = LtiLaunch.builder(
            hint.messageType(), issuer, hint.clientId(), hint.deploymentId())
        .subject(hint.userId())
        .targetLinkUri(hint.targetLinkUri());
    LtiLaunch launch;
    try {
      launch = launches.create(hint, builder);
    } catch (RuntimeException e) {
      LOG.warn("The launch factory failed for client {}", hint.clientId(), e);
      throw new Failure(OidcError.SERVER_ERROR, "the launch could not be built");
    }
    if (!launch.issuer().equals(issuer) || !launch.clientId().equals(hint.clientId())
        || !launch.deploymentId().equals(hint.deploymentId())
        || !launch.messageType().equals(hint.messageType())
        || !launch.subject().equals(Optional.of(hint.userId()))) {
      throw new Failure(OidcError.SERVER_ERROR, "the launch does not match its message hint");
    }
    return launch;
  }

  private static void expect(LtiRequest request, String name, String value, OidcError error) {
    if (!request.param(name).filter(value::equals).isPresent()) {
      throw new Failure(error, name + " must be " + value);
    }
  }

  private static LtiResponse direct(int status, OidcError error, String description) {
    return LtiResponse.json(status, "{\"error\":" + Html.jsString(error.code())
        + ",\"error_description\":" + Html.jsString(description) + "}");
  }

  /** An OIDC error to send back to the verified redirect URI. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final OidcError error;

    Failure(OidcError error, String description) {
      super(description, null, false, false);
      this.error = error;
    }
  }
}
