package org.moocinterop.lti.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.lti.testing.TokenFactory.fixture;
import static org.moocinterop.lti.testing.TokenFactory.sign;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.testing.JwksServer;
import org.moocinterop.lti.testing.TestKeys;

/** The launch endpoint: state binding (Security Framework 5.1.1.2 and 5.1.3) and validation. */
class LaunchHandlerTest {

  static final String ISSUER = "https://platform.example.org";
  static final URI REDIRECT = URI.create("https://tool.example.org/lti/launch");

  final MutableClock clock = MutableClock.atSomeInstant();
  final JwksServer server = new JwksServer().publish(TestKeys.PLATFORM_1);
  final PlatformRegistrations registrations = PlatformRegistrations.of(PlatformRegistration.of(
      ISSUER, "tool-client-1", URI.create("https://platform.example.org/auth"), server.uri(),
      Set.of("deployment-1", "deployment-2")));
  final InMemoryPendingLoginStore logins = new InMemoryPendingLoginStore(clock, 1000);
  final LoginInitiator initiator =
      LoginInitiator.builder(registrations, logins, REDIRECT).clock(clock).build();
  final LaunchValidator validator = LaunchValidator.builder(
      JwksClient.builder().clock(clock).build(), new InMemoryNonceStore(clock)).clock(clock).build();
  final LaunchHandler handler = new LaunchHandler(validator, registrations, logins, REDIRECT,
      launch -> LtiResponse.html(200, "<p>welcome</p>"));

  @AfterEach
  void tearDown() {
    server.close();
  }

  LoginInitiation login(Map<String, String> extra) {
    Map<String, String> p = new HashMap<>(Map.of("iss", ISSUER, "login_hint", "user-3",
        "target_link_uri", REDIRECT.toString()));
    p.putAll(extra);
    return initiator.initiate(p);
  }

  String token(LoginInitiation login, UnaryOperator<JWTClaimsSet.Builder> change) {
    return sign(change.apply(fixture("resource-link-learner", clock.instant(), login.login().nonce()))
        .build(), TestKeys.PLATFORM_1);
  }

  static LtiRequest post(String idToken, String state, Map<String, String> cookies) {
    return LtiRequest.of("POST", Map.of("id_token", idToken, "state", state), cookies);
  }

  static Map<String, String> cookieFor(String state) {
    return Map.of(LoginInitiator.STATE_COOKIE_PREFIX + state, state);
  }

  void assertRefused(LtiRequest request, ReasonCode reason) {
    assertThatThrownBy(() -> handler.launch(request))
        .isInstanceOf(LtiLaunchException.class)
        .extracting(e -> ((LtiLaunchException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void launchWithTheStateCookieSucceeds() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();

    LtiResponse response = handler.handle(post(token(login, b -> b), state, cookieFor(state)));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("<p>welcome</p>");
    assertThat(response.header("Set-Cookie")).hasValueSatisfying(c -> assertThat(c)
        .startsWith(LoginInitiator.STATE_COOKIE_PREFIX + state + "=;").contains("Max-Age=0"));
  }

  @Test
  void stateMismatchWhenTheStateIsUnknown() {
    LoginInitiation login = login(Map.of());

    assertRefused(post(token(login, b -> b), "forged-state", cookieFor("forged-state")),
        ReasonCode.STATE_MISMATCH);
  }

  @Test
  void stateMismatchWhenTheStateIsMissing() {
    LoginInitiation login = login(Map.of());

    assertRefused(LtiRequest.of("POST", Map.of("id_token", token(login, b -> b))),
        ReasonCode.STATE_MISMATCH);
  }

  @Test
  void stateMismatchWhenTheCookieIsMissing() {
    LoginInitiation login = login(Map.of());

    assertRefused(post(token(login, b -> b), login.login().state(), Map.of()),
        ReasonCode.STATE_MISMATCH);
  }

  @Test
  void stateMismatchWhenTheCookieHoldsAnotherValue() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();

    assertRefused(post(token(login, b -> b), state,
        Map.of(LoginInitiator.STATE_COOKIE_PREFIX + state, "something-else")),
        ReasonCode.STATE_MISMATCH);
  }

  @Test
  void stateMismatchWhenTheStateWasAlreadyUsed() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();
    LtiRequest request = post(token(login, b -> b), state, cookieFor(state));
    handler.launch(request);

    assertRefused(request, ReasonCode.STATE_MISMATCH);
  }

  @Test
  void stateMismatchWhenTheStateExpired() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();
    String token = token(login, b -> b);
    clock.advance(Duration.ofMinutes(5));

    assertRefused(post(token, state, cookieFor(state)), ReasonCode.STATE_MISMATCH);
  }

  @Test
  void clientSideStorageLaunchNeedsNoCookie() {
    LoginInitiation login = login(Map.of("lti_storage_target", "_parent"));

    LtiLaunch launch = handler.launch(post(token(login, b -> b), login.login().state(), Map.of()));

    assertThat(launch.subject()).contains("user-learner-3");
  }

  @Test
  void nonceMustBeTheOneOfTheLoginOfThisState() {
    LoginInitiation login = login(Map.of());
    LoginInitiation other = login(Map.of());
    String state = login.login().state();

    assertRefused(post(token(other, b -> b), state, cookieFor(state)), ReasonCode.NONCE_MISMATCH);
  }

  @Test
  void targetLinkUriMustBeTheOneOfTheLogin() {
    LoginInitiation login = login(Map.of("target_link_uri", "https://tool.example.org/lti/other"));
    String state = login.login().state();

    assertRefused(post(token(login, b -> b), state, cookieFor(state)),
        ReasonCode.TARGET_LINK_URI_MISMATCH);
  }

  @Test
  void deploymentMustBeTheOneOfTheLogin() {
    LoginInitiation login = login(Map.of("lti_deployment_id", "deployment-2"));
    String state = login.login().state();

    assertRefused(post(token(login, b -> b), state, cookieFor(state)),
        ReasonCode.UNKNOWN_DEPLOYMENT);
  }

  @Test
  void idTokenRequired() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();

    assertRefused(LtiRequest.of("POST", Map.of("state", state), cookieFor(state)),
        ReasonCode.MISSING_PARAMETER);
  }

  @Test
  void platformErrorIsReported() {
    LtiResponse response = handler.handle(LtiRequest.of("POST",
        Map.of("error", "login_required", "state", "s")));

    assertThat(response.status()).isEqualTo(401);
    assertThat(response.body()).contains("PLATFORM_ERROR", "login_required");
  }

  @Test
  void refusalIsA401WithTheReasonCodeAndNoStackTrace() {
    LoginInitiation login = login(Map.of());
    String state = login.login().state();

    LtiResponse response = handler.handle(post(
        token(login, b -> b.claim(LtiClaims.VERSION, "1.1")), state, cookieFor(state)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"error\":\"WRONG_VERSION\"").doesNotContain("at org.");
  }

  @Test
  void getIsNotALaunch() {
    assertThat(handler.handle(LtiRequest.of("GET", Map.of())).status()).isEqualTo(405);
  }
}
