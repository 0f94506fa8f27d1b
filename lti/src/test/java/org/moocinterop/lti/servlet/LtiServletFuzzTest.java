package org.moocinterop.lti.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.jwks.JwkResolver;
import org.moocinterop.lti.platform.AuthorizationEndpoint;
import org.moocinterop.lti.platform.OidcError;
import org.moocinterop.lti.testing.FuzzInputs;
import org.moocinterop.lti.testing.FuzzPlatform;
import org.moocinterop.lti.testing.FuzzResponses;
import org.moocinterop.lti.testing.TestKeys;
import org.moocinterop.lti.tool.InMemoryPendingLoginStore;
import org.moocinterop.lti.tool.LaunchHandler;
import org.moocinterop.lti.tool.LaunchValidator;
import org.moocinterop.lti.tool.LoginInitiator;
import org.moocinterop.lti.tool.PendingLogin;
import org.moocinterop.lti.tool.PlatformRegistration;
import org.moocinterop.lti.tool.PlatformRegistrations;

/**
 * Whatever HTTP request reaches an LTI endpoint through {@link LtiServlet}, the answer is a
 * success or a 4xx (or the documented 502/503) with a reason code; never a 500. The input is an
 * HTTP message ({@link FuzzInputs#http(byte[])}): {@code METHOD /path?query}, headers ({@code
 * Content-Type}, {@code Content-Length}, {@code Cookie}), an empty line, the body.
 *
 * <p>The tool's launch endpoint has two pending logins: state {@code state-1} (cookie mode) and
 * {@code state-2} (client-side storage), both with nonce {@code nonce-0}, for tool-client-1 of
 * https://platform.example.org and target https://tool.example.org/lti/launch. The clock stands at
 * 2026-01-15T10:00:00Z. The platform's authorization endpoint reads the signed-in user from the
 * cookie {@code session} and signs with {@link TestKeys#PLATFORM_1}.
 */
class LtiServletFuzzTest {

  static final String ISSUER = FuzzPlatform.ISSUER;
  static final URI REDIRECT = FuzzPlatform.REDIRECT;
  static final PlatformRegistration PLATFORM = PlatformRegistration.of(ISSUER, "tool-client-1",
      URI.create("https://platform.example.org/auth"), URI.create("https://platform.example.org/jwks"),
      Set.of("deployment-1"));
  static final JwkResolver KEYS = JwkResolver.of(new JWKSet(TestKeys.PLATFORM_1.toPublicJWK()));
  static final Set<String> ERROR_CODES = Stream.concat(
          Arrays.stream(ReasonCode.values()).map(ReasonCode::name),
          Arrays.stream(OidcError.values()).map(OidcError::code))
      .collect(Collectors.toSet());

  @FuzzTest(maxDuration = "30s")
  void login(byte[] input) throws IOException {
    MutableClock clock = MutableClock.atSomeInstant();
    LoginInitiator login = LoginInitiator.builder(PlatformRegistrations.of(PLATFORM),
        new InMemoryPendingLoginStore(clock, 1), REDIRECT).clock(clock).build();

    FakeExchange exchange = serve(login, input);

    if (exchange.status() >= 400) {
      FuzzResponses.assertRefusal(exchange.status(), exchange.body());
    } else {
      assertThat(exchange.status()).isIn(200, 302);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void launch(byte[] input) throws IOException {
    MutableClock clock = MutableClock.atSomeInstant();
    InMemoryPendingLoginStore logins = new InMemoryPendingLoginStore(clock, 10);
    for (String state : new String[] {"state-1", "state-2"}) {
      logins.save(new PendingLogin(state, "nonce-0", ISSUER, "tool-client-1", REDIRECT,
          Optional.empty(), state.equals("state-2"), clock.instant().plus(Duration.ofMinutes(5))));
    }
    LaunchValidator validator =
        LaunchValidator.builder(KEYS, new InMemoryNonceStore(clock)).clock(clock).build();
    LaunchHandler launch = new LaunchHandler(validator, PlatformRegistrations.of(PLATFORM), logins,
        REDIRECT, l -> LtiResponse.redirect(URI.create("https://tool.example.org/content/")));

    FakeExchange exchange = serve(launch, input);

    if (exchange.status() >= 400) {
      FuzzResponses.assertRefusal(exchange.status(), exchange.body());
    } else {
      assertThat(exchange.status()).isEqualTo(302);
    }
  }

  @FuzzTest(maxDuration = "30s")
  void authorize(byte[] input) throws IOException {
    MutableClock clock = MutableClock.atSomeInstant();
    AuthorizationEndpoint auth = new AuthorizationEndpoint(ISSUER, FuzzPlatform.keyRing(clock),
        FuzzPlatform.TOOLS, new InMemoryNonceStore(clock), request -> request.cookie("session"),
        FuzzPlatform.LAUNCHES, clock, Duration.ofMinutes(5));

    FakeExchange exchange = serve(auth, input);

    if (exchange.status() >= 400) {
      assertThat(exchange.status()).isNotEqualTo(500);
      JsonNode body = FuzzResponses.json(exchange.body());
      assertThat(body.path("error").asText()).isIn(ERROR_CODES);
    } else {
      assertThat(exchange.status()).isEqualTo(200);
      assertThat(exchange.body()).contains("<form method=\"post\"");
    }
  }

  private static FakeExchange serve(LtiHandler handler, byte[] input) throws IOException {
    FakeExchange exchange = new FakeExchange(FuzzInputs.http(input));
    new LtiServlet(handler, 4096).service(exchange.request(), exchange.response());
    assertThat(exchange.headers()).contains("X-Content-Type-Options: nosniff");
    return exchange;
  }
}
