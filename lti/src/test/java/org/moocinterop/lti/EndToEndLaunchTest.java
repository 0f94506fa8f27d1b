package org.moocinterop.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.platform.AuthorizationEndpoint;
import org.moocinterop.lti.platform.LaunchInitiator;
import org.moocinterop.lti.platform.MessageHint;
import org.moocinterop.lti.platform.ToolLoginRequest;
import org.moocinterop.lti.platform.ToolRegistration;
import org.moocinterop.lti.platform.ToolRegistrations;
import org.moocinterop.lti.testing.Forms;
import org.moocinterop.lti.testing.JwksServer;
import org.moocinterop.lti.tool.InMemoryPendingLoginStore;
import org.moocinterop.lti.tool.LaunchHandler;
import org.moocinterop.lti.tool.LaunchValidator;
import org.moocinterop.lti.tool.LoginInitiator;
import org.moocinterop.lti.tool.PlatformRegistration;
import org.moocinterop.lti.tool.PlatformRegistrations;

/**
 * A whole LTI 1.3 launch between this library's platform and tool, HTTP-neutral: the browser's
 * hops are played by the test, the platform's key set is served on a loopback port.
 */
class EndToEndLaunchTest {

  static final String ISSUER = "https://platform.example.org";
  static final URI AUTH = URI.create("https://platform.example.org/lti/auth");
  static final URI TOOL_LOGIN = URI.create("https://tool.example.org/lti/login");
  static final URI TOOL_LAUNCH = URI.create("https://tool.example.org/lti/launch");

  final MutableClock clock = MutableClock.atSomeInstant();
  final JwksServer platformJwks = new JwksServer();
  final KeyRing platformKeys = KeyRing.builder(new InMemorySigningKeyStore()).clock(clock).build();
  final ToolRegistrations tools = ToolRegistrations.of(new ToolRegistration("client-1",
      TOOL_LOGIN, Set.of(TOOL_LAUNCH), Optional.empty(), Set.of(TOOL_LAUNCH), Set.of("dep-1")));
  final AtomicReference<LtiLaunch> issued = new AtomicReference<>();
  final AuthorizationEndpoint auth = new AuthorizationEndpoint(ISSUER, platformKeys, tools,
      new InMemoryNonceStore(clock), request -> request.cookie("platform_session"),
      (hint, builder) -> {
        LtiLaunch launch = builder
            .roles(Role.INSTRUCTOR, Role.INSTITUTION_FACULTY)
            .name("Grace Hopper").givenName("Grace").familyName("Hopper")
            .email("grace@platform.example.org")
            .picture(URI.create("https://platform.example.org/p/1.png"))
            .context(new LtiContext("course-1", Optional.of("NAV101"), Optional.of("Navigation"),
                List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
            .resourceLink(new ResourceLink("link-" + hint.reference(), Optional.of("Quiz"),
                Optional.of("A quiz")))
            .custom(Map.of("level", "2", "topic", "stars"))
            .lis(new LisClaim(Optional.of("p-1"), Optional.of("c-1"), Optional.empty()))
            .launchPresentation(new LaunchPresentation(Optional.of("iframe"),
                Optional.of(URI.create("https://platform.example.org/return")),
                Optional.of("fr-FR"), OptionalInt.of(640), OptionalInt.empty()))
            .toolPlatform(ToolPlatform.of("guid-1", "Example MOOC", "mooc-interop"))
            .ags(new AgsEndpoint(Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                Optional.of(URI.create("https://platform.example.org/ags/lineitems")),
                Optional.empty()))
            .nrps(new NrpsEndpoint(URI.create("https://platform.example.org/nrps"),
                List.of("2.0")))
            .build();
        issued.set(launch);
        return launch;
      },
      clock, Duration.ofMinutes(5));
  final LaunchInitiator platformLogin =
      new LaunchInitiator(ISSUER, platformKeys, tools, clock, Duration.ofMinutes(5));

  final PlatformRegistrations platforms = PlatformRegistrations.of(PlatformRegistration.of(
      ISSUER, "client-1", AUTH, platformJwks.uri(), Set.of("dep-1")));
  final InMemoryPendingLoginStore pending = new InMemoryPendingLoginStore(clock, 100);
  final LoginInitiator toolLogin =
      LoginInitiator.builder(platforms, pending, TOOL_LAUNCH).clock(clock).build();
  final AtomicReference<LtiLaunch> received = new AtomicReference<>();
  final LaunchHandler toolLaunch = new LaunchHandler(
      LaunchValidator.builder(JwksClient.builder().clock(clock).build(),
          new InMemoryNonceStore(clock)).clock(clock).build(),
      platforms, pending, TOOL_LAUNCH, launch -> {
        received.set(launch);
        return LtiResponse.html(200, "ok");
      });

  @AfterEach
  void stop() {
    platformJwks.close();
  }

  @Test
  void resourceLinkLaunchArrivesAtTheToolAsTheLaunchThePlatformBuilt() {
    platformJwks.publish(platformKeys.publishedKeys().getKeys().toArray(JWK[]::new));

    ToolLoginRequest login = platformLogin.initiate(new MessageHint("client-1", "dep-1",
        "user-42", MessageType.RESOURCE_LINK, TOOL_LAUNCH, "7"));
    LtiResponse toolRedirect = toolLogin.handle(
        LtiRequest.of("POST", login.params()));
    URI authRequest = URI.create(toolRedirect.header("Location").orElseThrow());
    String setCookie = toolRedirect.header("Set-Cookie").orElseThrow();
    String cookieName = setCookie.substring(0, setCookie.indexOf('='));
    String cookieValue = setCookie.substring(setCookie.indexOf('=') + 1, setCookie.indexOf(';'));
    LtiResponse formPost = auth.handle(LtiRequest.of("GET", Forms.query(authRequest),
        Map.of("platform_session", "user-42")));
    assertThat(Forms.action(formPost.body())).isEqualTo(TOOL_LAUNCH.toString());
    LtiResponse launched = toolLaunch.handle(LtiRequest.of("POST",
        new HashMap<>(Forms.fields(formPost.body())), Map.of(cookieName, cookieValue)));

    assertThat(launched.status()).as(launched.body()).isEqualTo(200);
    assertThat(received.get()).isEqualTo(issued.get());
    assertThat(received.get().resourceLink().orElseThrow().id()).isEqualTo("link-7");
  }
}
