package org.moocinterop.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jwt.JWTClaimsSet;
import java.text.ParseException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.testing.Forms;
import org.moocinterop.lti.testing.FuzzInputs;
import org.moocinterop.lti.testing.FuzzPlatform;
import org.moocinterop.lti.testing.FuzzResponses;

/**
 * Whatever an authentication request carries, the platform answers with a form post of an
 * id_token or of an OIDC error to the registered redirect URI, or (client or redirect URI not
 * verified) a 400/405 JSON OIDC error; nothing escapes. The input is {@code name=value} lines
 * ({@link FuzzInputs#params(byte[])}) with pseudo-parameters: {@code @method} (POST by default),
 * {@code @session} (the signed-in user), and {@code @hint}: {@code genuine} puts a message hint
 * this platform issued for tool-client-1, deployment-1 and the login_hint; a JSON object is signed
 * as the hint's claims set, as this platform signs hints (HS256 under its hint secret), so that the
 * claim checks are reached.
 */
class AuthorizationEndpointFuzzTest {

  static final Set<String> OIDC_ERRORS =
      Arrays.stream(OidcError.values()).map(OidcError::code).collect(Collectors.toSet());

  @FuzzTest(maxDuration = "30s")
  void authorize(byte[] input) {
    Map<String, String> params = new HashMap<>(FuzzInputs.params(input));
    String method = orDefault(params.remove("@method"), "POST");
    String session = params.remove("@session");
    String hint = params.remove("@hint");
    MutableClock clock = MutableClock.atSomeInstant();
    KeyRing keys = FuzzPlatform.keyRing(clock);
    if (hint != null) {
      params.put("lti_message_hint", hint(hint, keys, clock, params.getOrDefault("login_hint", "")));
    }
    AuthorizationEndpoint endpoint = new AuthorizationEndpoint(FuzzPlatform.ISSUER, keys,
        FuzzPlatform.TOOLS, new InMemoryNonceStore(clock), request -> request.cookie("session"),
        FuzzPlatform.LAUNCHES, clock, Duration.ofMinutes(5));
    Map<String, String> cookies = session == null ? Map.of() : Map.of("session", session);

    LtiResponse response = endpoint.handle(LtiRequest.of(method, params, cookies));

    if (response.status() == 200) {
      assertThat(Forms.action(response.body())).isEqualTo(params.get("redirect_uri"));
      Map<String, String> fields = Forms.fields(response.body());
      // Every value is escaped: the state reads back unchanged, whatever its characters.
      String state = params.get("state");
      if (state != null && !state.isBlank()) {
        assertThat(fields.get("state")).isEqualTo(state);
      }
      if (fields.containsKey("id_token")) {
        assertThat(fields.get("id_token").split("\\.", -1)).hasSize(3);
      } else {
        assertThat(fields.get("error")).isIn(OIDC_ERRORS);
        assertThat(fields.get("error_description")).isNotBlank();
      }
    } else {
      assertThat(response.status()).isIn(400, 405);
      assertThat(FuzzResponses.json(response.body()).path("error").asText()).isIn(OIDC_ERRORS);
    }
  }

  private static String hint(String spec, KeyRing keys, MutableClock clock, String user) {
    if (spec.equals("genuine") && !user.isBlank()) {
      LaunchInitiator initiator =
          new LaunchInitiator(FuzzPlatform.ISSUER, keys, FuzzPlatform.TOOLS, clock, Duration.ofMinutes(5));
      return initiator.initiate(new MessageHint("tool-client-1", "deployment-1", user,
          MessageType.RESOURCE_LINK, FuzzPlatform.REDIRECT, "ref-1")).params().get("lti_message_hint");
    }
    if (spec.startsWith("{")) {
      try {
        return keys.signSelfAddressed(JWTClaimsSet.parse(spec), MessageHintCodec.PURPOSE);
      } catch (ParseException e) {
        return spec;
      }
    }
    return spec;
  }

  private static String orDefault(String value, String otherwise) {
    return value == null ? otherwise : value;
  }

}
