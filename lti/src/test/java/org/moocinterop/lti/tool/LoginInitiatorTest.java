package org.moocinterop.lti.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;

/** OIDC third-party initiated login, Security Framework 5.1.1 and LTI Core 4.1. */
class LoginInitiatorTest {

  static final String ISSUER = "https://platform.example.org";
  static final URI REDIRECT = URI.create("https://tool.example.org/lti/launch");
  static final URI AUTH = URI.create("https://platform.example.org/auth?tenant=7");
  static final URI JWKS = URI.create("https://platform.example.org/jwks");

  final MutableClock clock = MutableClock.atSomeInstant();
  final InMemoryPendingLoginStore logins = new InMemoryPendingLoginStore(clock, 1000);
  final PlatformRegistrations registrations = PlatformRegistrations.of(
      PlatformRegistration.of(ISSUER, "client-a", AUTH, JWKS, Set.of("dep-1")),
      PlatformRegistration.of("https://two.example.org", "client-b",
          URI.create("https://two.example.org/auth"), JWKS, Set.of("dep-b")),
      PlatformRegistration.of("https://two.example.org", "client-c",
          URI.create("https://two.example.org/auth"), JWKS, Set.of("dep-c")));
  final LoginInitiator initiator =
      LoginInitiator.builder(registrations, logins, REDIRECT).clock(clock).build();

  static Map<String, String> params() {
    Map<String, String> p = new HashMap<>();
    p.put("iss", ISSUER);
    p.put("login_hint", "user-7");
    p.put("target_link_uri", "https://tool.example.org/lti/launch");
    p.put("lti_message_hint", "opaque-hint");
    return p;
  }

  static Map<String, String> query(URI uri) {
    Map<String, String> q = new LinkedHashMap<>();
    for (String pair : uri.getRawQuery().split("&", -1)) {
      int eq = pair.indexOf('=');
      q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return q;
  }

  void assertRefused(Map<String, String> params, ReasonCode reason) {
    assertThatThrownBy(() -> initiator.initiate(params))
        .isInstanceOf(LtiLaunchException.class)
        .extracting(e -> ((LtiLaunchException) e).reason())
        .isEqualTo(reason);
  }

  @Test
  void redirectsToTheAuthorizationEndpointWithTheOidcParameters() {
    LtiResponse response = initiator.handle(LtiRequest.of("GET", params()));

    assertThat(response.status()).isEqualTo(302);
    URI location = URI.create(response.header("Location").orElseThrow());
    assertThat(location.getPath()).isEqualTo("/auth");
    Map<String, String> q = query(location);
    assertThat(q).containsEntry("tenant", "7")
        .containsEntry("scope", "openid")
        .containsEntry("response_type", "id_token")
        .containsEntry("response_mode", "form_post")
        .containsEntry("prompt", "none")
        .containsEntry("client_id", "client-a")
        .containsEntry("redirect_uri", REDIRECT.toString())
        .containsEntry("login_hint", "user-7")
        .containsEntry("lti_message_hint", "opaque-hint")
        .containsKeys("state", "nonce");
    String state = q.get("state");
    assertThat(response.headers("Set-Cookie")).singleElement().asString()
        .startsWith(LoginInitiator.STATE_COOKIE_PREFIX + state + "=" + state + ";")
        .contains("Path=/lti/launch", "Secure", "HttpOnly", "SameSite=None", "Max-Age=300");
    assertThat(response.header("Cache-Control")).contains("no-store");
  }

  @Test
  void stateAndNonceAreFreshRandomUrlSafeValuesOfAtLeast128Bits() {
    LoginInitiation first = initiator.initiate(params());
    LoginInitiation second = initiator.initiate(params());

    for (LoginInitiation i : new LoginInitiation[] {first, second}) {
      assertThat(i.login().state()).matches("[A-Za-z0-9_-]{43}");
      assertThat(i.login().nonce()).matches("[A-Za-z0-9_-]{43}");
    }
    assertThat(Set.of(first.login().state(), first.login().nonce(), second.login().state(),
        second.login().nonce())).hasSize(4);
  }

  @Test
  void recordsThePendingLoginKeyedByState() {
    Map<String, String> p = params();
    p.put("lti_deployment_id", "dep-1");
    LoginInitiation i = initiator.initiate(p);

    PendingLogin login = logins.consume(i.login().state()).orElseThrow();
    assertThat(login.issuer()).isEqualTo(ISSUER);
    assertThat(login.clientId()).isEqualTo("client-a");
    assertThat(login.nonce()).isEqualTo(i.login().nonce());
    assertThat(login.targetLinkUri()).isEqualTo(REDIRECT);
    assertThat(login.deploymentId()).contains("dep-1");
    assertThat(login.clientSideStorage()).isFalse();
    assertThat(login.expiresAt()).isEqualTo(clock.instant().plusSeconds(300));
  }

  @Test
  void acceptsPost() {
    assertThat(initiator.handle(LtiRequest.of("POST", params())).status()).isEqualTo(302);
  }

  @Test
  void refusesOtherMethods() {
    assertThat(initiator.handle(LtiRequest.of("PUT", params())).status()).isEqualTo(405);
  }

  @Test
  void issuerMustBeRegistered() {
    Map<String, String> p = params();
    p.put("iss", "https://unknown.example.org");

    assertRefused(p, ReasonCode.UNKNOWN_ISSUER);
    LtiResponse response = initiator.handle(LtiRequest.of("GET", p));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("\"error\":\"UNKNOWN_ISSUER\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"iss", "login_hint", "target_link_uri"})
  void requiredParameter(String name) {
    Map<String, String> p = params();
    p.remove(name);

    assertRefused(p, ReasonCode.MISSING_PARAMETER);
  }

  @Test
  void targetLinkUriMustBeServedByTheTool() {
    Map<String, String> p = params();
    p.put("target_link_uri", "https://evil.example.org/phish");

    assertRefused(p, ReasonCode.TARGET_LINK_URI_NOT_ALLOWED);
  }

  @Test
  void targetLinkUriMustBeAnAbsoluteUrl() {
    Map<String, String> p = params();
    p.put("target_link_uri", "/relative");

    assertRefused(p, ReasonCode.INVALID_PARAMETER);
  }

  @Test
  void clientIdPicksAmongSeveralRegistrationsOfOneIssuer() {
    Map<String, String> p = params();
    p.put("iss", "https://two.example.org");
    p.put("client_id", "client-c");

    assertThat(query(initiator.initiate(p).authorizationRequest())).containsEntry("client_id", "client-c");
  }

  @Test
  void clientIdRequiredWhenTheIssuerHasSeveralRegistrations() {
    Map<String, String> p = params();
    p.put("iss", "https://two.example.org");

    assertRefused(p, ReasonCode.MISSING_PARAMETER);
  }

  @Test
  void clientIdMustBeRegisteredForTheIssuer() {
    Map<String, String> p = params();
    p.put("client_id", "client-b");

    assertRefused(p, ReasonCode.UNKNOWN_ISSUER);
  }

  @Test
  void deploymentIdMustBeADeploymentOfTheRegistration() {
    Map<String, String> p = params();
    p.put("lti_deployment_id", "dep-b");

    assertRefused(p, ReasonCode.UNKNOWN_DEPLOYMENT);
  }

  @Test
  void storageTargetAnswersWithAPageThatStoresStateAndNonceByPostMessage() {
    Map<String, String> p = params();
    p.put("lti_storage_target", "post_message_forwarding");

    LtiResponse response = initiator.handle(LtiRequest.of("GET", p));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    PendingLogin login = logins.consume(stateFromCookie(response)).orElseThrow();
    assertThat(login.clientSideStorage()).isTrue();
    assertThat(response.body())
        .contains("lti.put_data", "lti.put_data.response", "\"post_message_forwarding\"",
            "\"https://platform.example.org\"", "state_" + login.state(), "nonce_" + login.nonce())
        .doesNotContain("'*'", "\"*\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x\"><script>alert(1)</script>", "a b", "frame'"})
  void storageTargetMustBeAFrameName(String target) {
    Map<String, String> p = params();
    p.put("lti_storage_target", target);

    assertRefused(p, ReasonCode.INVALID_PARAMETER);
  }

  @Test
  void overlongParameterIsRefused() {
    Map<String, String> p = params();
    p.put("lti_message_hint", "x".repeat(LoginInitiator.MAX_PARAM_CHARS + 1));

    assertRefused(p, ReasonCode.INVALID_PARAMETER);
  }

  static String stateFromCookie(LtiResponse response) {
    String cookie = response.header("Set-Cookie").orElseThrow();
    return cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
  }
}
