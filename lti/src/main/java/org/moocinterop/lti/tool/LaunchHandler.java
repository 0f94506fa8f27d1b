package org.moocinterop.lti.tool;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.http.ResponseCookie;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool's launch endpoint (its redirect URI): receives the platform's form post of {@code
 * id_token} and {@code state}, matches the state with the pending login (single use, unexpired,
 * bound to this browser by its cookie unless the login used client-side storage), validates the
 * token with a {@link LaunchValidator}, and hands the launch to the host application.
 *
 * <p>Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework 5.1.3</a>
 */
public final class LaunchHandler implements LtiHandler {

  private static final Logger LOG = LoggerFactory.getLogger(LaunchHandler.class);

  private final LaunchValidator validator;
  private final PlatformRegistrations registrations;
  private final PendingLoginStore logins;
  private final String cookiePath;
  private final Function<LtiLaunch, LtiResponse> onLaunch;

  /**
   * @param validator validates the id_token
   * @param registrations the platforms the tool is registered with
   * @param logins the pending logins the {@link LoginInitiator} recorded
   * @param redirectUri the tool's launch endpoint (as given to the {@link LoginInitiator})
   * @param onLaunch the host application's answer to a valid launch (typically: start a session,
   *     redirect to the content)
   */
  public LaunchHandler(LaunchValidator validator, PlatformRegistrations registrations,
      PendingLoginStore logins, URI redirectUri, Function<LtiLaunch, LtiResponse> onLaunch) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.registrations = Objects.requireNonNull(registrations, "registrations");
    this.logins = Objects.requireNonNull(logins, "logins");
    String path = Objects.requireNonNull(redirectUri, "redirectUri").getRawPath();
    this.cookiePath = path == null || path.isEmpty() ? "/" : path;
    this.onLaunch = Objects.requireNonNull(onLaunch, "onLaunch");
  }

  @Override
  public LtiResponse handle(LtiRequest request) {
    if (!request.isMethod("POST")) {
      return LtiResponse.error(new LtiLaunchException(
          ReasonCode.METHOD_NOT_ALLOWED, "the launch is a form post"));
    }
    LtiLaunch launch;
    try {
      launch = launch(request);
    } catch (LtiLaunchException e) {
      LOG.info("Refused LTI launch: {}", e.getMessage());
      return clearCookie(LtiResponse.error(e), request);
    }
    return clearCookie(onLaunch.apply(launch), request);
  }

  private LtiResponse clearCookie(LtiResponse response, LtiRequest request) {
    Optional<String> state = request.param("state")
        .filter(s -> request.cookie(LoginInitiator.STATE_COOKIE_PREFIX + s).isPresent());
    if (state.isEmpty()) {
      return response;
    }
    try {
      return response.withCookie(new ResponseCookie(
          LoginInitiator.STATE_COOKIE_PREFIX + state.get(), "", cookiePath, Duration.ZERO));
    } catch (IllegalArgumentException e) {
      return response;
    }
  }

  /**
   * Validates a launch request.
   *
   * @param request the form post, with the browser's cookies
   * @return the launch
   * @throws LtiLaunchException with the reason of the first broken rule
   */
  public LtiLaunch launch(LtiRequest request) {
    Objects.requireNonNull(request, "request");
    Optional<String> error = request.param("error");
    if (error.isPresent()) {
      String code = error.get().matches("[a-z_]{1,64}") ? error.get() : "(unreadable)";
      throw new LtiLaunchException(ReasonCode.PLATFORM_ERROR, "the platform answered error=" + code);
    }
    String state = request.param("state").orElseThrow(() ->
        new LtiLaunchException(ReasonCode.STATE_MISMATCH, "the launch has no state"));
    String idToken = request.param("id_token").orElseThrow(() ->
        new LtiLaunchException(ReasonCode.MISSING_PARAMETER, "id_token is required"));
    PendingLogin login = logins.consume(state).orElseThrow(() -> new LtiLaunchException(
        ReasonCode.STATE_MISMATCH, "the state is unknown, expired or already used"));
    Optional<String> cookie = request.cookie(LoginInitiator.STATE_COOKIE_PREFIX + state);
    boolean cookieMatches = cookie.isPresent()
        && LaunchValidator.constantTimeEquals(cookie.get(), state);
    if (cookie.isPresent() ? !cookieMatches : !login.clientSideStorage()) {
      throw new LtiLaunchException(
          ReasonCode.STATE_MISMATCH, "the state is not bound to this browser");
    }
    PlatformRegistration registration = registrations.find(login.issuer(), login.clientId())
        .orElseThrow(() -> new LtiLaunchException(
            ReasonCode.UNKNOWN_ISSUER, "the registration of the login no longer exists"));
    return validator.validate(idToken, new LaunchExpectation(registration,
        Optional.of(login.nonce()), Optional.of(login.targetLinkUri()), login.deploymentId()));
  }
}
