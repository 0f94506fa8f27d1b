package org.moocinterop.lti.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.testing.Forms;
import org.moocinterop.lti.testing.FuzzInputs;
import org.moocinterop.lti.testing.FuzzResponses;

/**
 * Whatever parameters a login initiation carries, the tool answers with a redirect to the
 * platform, the client-side storage page, or a refusal with a reason code. The input is {@code
 * name=value} lines ({@link FuzzInputs#params(byte[])}); the pseudo-parameter {@code @method}
 * sets the HTTP method (GET by default).
 */
class LoginInitiatorFuzzTest {

  static final URI REDIRECT = URI.create("https://tool.example.org/lti/launch");
  static final URI JWKS = URI.create("https://platform.example.org/jwks");
  static final PlatformRegistrations REGISTRATIONS = PlatformRegistrations.of(
      PlatformRegistration.of("https://platform.example.org", "client-a",
          URI.create("https://platform.example.org/auth?tenant=7"), JWKS, Set.of("dep-1")),
      PlatformRegistration.of("https://two.example.org", "client-b",
          URI.create("https://two.example.org/auth"), JWKS, Set.of("dep-b")),
      PlatformRegistration.of("https://two.example.org", "client-c",
          URI.create("https://two.example.org/auth"), JWKS, Set.of("dep-c")));

  @FuzzTest(maxDuration = "30s")
  void initiate(byte[] input) {
    Map<String, String> params = FuzzInputs.params(input);
    String method = params.getOrDefault("@method", "GET");
    params.remove("@method");
    MutableClock clock = MutableClock.atSomeInstant();
    InMemoryPendingLoginStore logins = new InMemoryPendingLoginStore(clock, 1);
    LoginInitiator initiator = LoginInitiator.builder(REGISTRATIONS, logins, REDIRECT)
        .clock(clock).build();

    LtiResponse response = initiator.handle(LtiRequest.of(method, params));

    switch (response.status()) {
      case 302 -> {
        URI location = URI.create(response.header("Location").orElseThrow());
        assertThat(location.getHost()).endsWith(".example.org");
        // Values are encoded: nothing a platform sends can add or change a query parameter.
        Map<String, String> query = Forms.query(location);
        assertThat(query.get("login_hint")).isEqualTo(params.get("login_hint"));
        assertThat(query.get("lti_message_hint")).isEqualTo(
            params.getOrDefault("lti_message_hint", "").isBlank() ? null : params.get("lti_message_hint"));
        assertThat(query).containsEntry("response_mode", "form_post").containsEntry("prompt", "none");
        assertThat(response.headers("Set-Cookie")).hasSize(1);
      }
      case 200 -> {
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(response.headers("Set-Cookie")).hasSize(1);
      }
      default -> FuzzResponses.assertRefusal(response);
    }
  }
}
