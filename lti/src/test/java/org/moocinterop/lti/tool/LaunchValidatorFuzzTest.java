package org.moocinterop.lti.tool;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.internal.LaunchClaimsWriter;
import org.moocinterop.lti.jwks.JwkResolver;
import org.moocinterop.lti.testing.FuzzInputs;
import org.moocinterop.lti.testing.TestKeys;

/**
 * Whatever the platform posts as id_token ends in a valid {@link LtiLaunch} or an {@link
 * LtiLaunchException} with a reason code; no other exception may escape the validator.
 *
 * <p>{@code idToken} takes the input as the token text. {@code signedToken} takes it as the
 * claims set (and, when the first line starts with {@code #}, that line as the JWS header) and
 * signs it with the platform's key, so that the claims are parsed past the signature check. The
 * clock stands at 2026-01-15T10:00:00Z ({@code 1768471200}); the login sent the nonce {@code
 * nonce-0} and the target {@code https://tool.example.org/lti/launch}.
 */
class LaunchValidatorFuzzTest {

  static final String ISSUER = "https://platform.example.org";
  static final String CLIENT_ID = "tool-client-1";
  static final String NONCE = "nonce-0";
  static final URI TARGET = URI.create("https://tool.example.org/lti/launch");
  static final PlatformRegistration REGISTRATION = PlatformRegistration.of(ISSUER, CLIENT_ID,
      URI.create("https://platform.example.org/auth"), URI.create("https://platform.example.org/jwks"),
      Set.of("deployment-1", "deployment-2"));
  static final JwkResolver KEYS = JwkResolver.of(new JWKSet(List.<JWK>of(
      TestKeys.PLATFORM_1.toPublicJWK(), TestKeys.PLATFORM_2.toPublicJWK())));
  static final byte[] DEFAULT_HEADER =
      "{\"alg\":\"RS256\",\"kid\":\"platform-key-1\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8);

  @FuzzTest(maxDuration = "30s")
  void idToken(byte[] input) {
    validate(new String(input, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "30s")
  void signedToken(byte[] input) {
    byte[] header = DEFAULT_HEADER;
    byte[] payload = input;
    if (input.length > 0 && input[0] == '#') {
      int newline = indexOf(input, (byte) '\n');
      int end = newline < 0 ? input.length : newline;
      header = Arrays.copyOfRange(input, 1, end);
      payload = newline < 0 ? new byte[0] : Arrays.copyOfRange(input, newline + 1, input.length);
    }
    validate(FuzzInputs.signRaw(header, payload, TestKeys.PLATFORM_1));
  }

  private static void validate(String idToken) {
    MutableClock clock = MutableClock.atSomeInstant();
    LaunchValidator validator = LaunchValidator.builder(KEYS, new InMemoryNonceStore(clock))
        .clock(clock)
        .build();
    LtiLaunch launch;
    try {
      launch = validator.validate(idToken, LaunchExpectation.of(REGISTRATION, NONCE, TARGET));
    } catch (LtiLaunchException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    assertThat(launch.issuer()).isEqualTo(ISSUER);
    assertThat(launch.clientId()).isEqualTo(CLIENT_ID);
    assertThat(REGISTRATION.deploymentIds()).contains(launch.deploymentId());
    // What a tool accepted, a platform built on this library can send again.
    assertThat(LaunchClaimsWriter.write(launch)).isNotEmpty();
  }

  private static int indexOf(byte[] data, byte b) {
    for (int i = 0; i < data.length; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }
}
