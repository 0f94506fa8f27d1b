package org.moocinterop.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.learner.Role;
import org.moocinterop.lti.DeepLinkingSettings;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.MessageType;

/** What the platform writes, the tool reads back unchanged, through the JSON wire form. */
class LaunchClaimsRoundTripTest {

  static LtiLaunch throughTheWire(LtiLaunch launch) throws Exception {
    JWTClaimsSet.Builder b = new JWTClaimsSet.Builder().issuer(launch.issuer());
    LaunchClaimsWriter.write(launch).forEach(b::claim);
    String payload = Base64.getUrlEncoder().withoutPadding()
        .encodeToString(b.build().toString().getBytes(StandardCharsets.UTF_8));
    return LaunchClaimsReader.read(ClaimsPayload.parse(payload).orElseThrow(), launch.clientId());
  }

  @Test
  void deepLinkingRequestRoundTrips() throws Exception {
    LtiLaunch launch = LtiLaunch.builder(MessageType.DEEP_LINKING, "https://p.example", "c", "d")
        .subject("u").roles(Role.INSTRUCTOR, Role.of("https://example.org/roles#Custom"))
        .deepLinking(new DeepLinkingSettings(URI.create("https://p.example/dl"),
            List.of("ltiResourceLink", "file"), List.of("iframe", "window"),
            List.of("image/png", "text/html"), true, true, Optional.of("T"), Optional.of("X"),
            Optional.of("opaque")))
        .custom(Map.of("a", "1"))
        .build();

    assertThat(throughTheWire(launch)).isEqualTo(launch);
  }

  @Test
  void minimalAnonymousLaunchRoundTrips() throws Exception {
    LtiLaunch launch = LtiLaunch.builder(MessageType.RESOURCE_LINK, "https://p.example", "c", "d")
        .build();

    assertThat(throughTheWire(launch)).isEqualTo(launch);
  }
}
