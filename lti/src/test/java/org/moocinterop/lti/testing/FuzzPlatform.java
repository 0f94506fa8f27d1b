package org.moocinterop.lti.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.platform.LaunchFactory;
import org.moocinterop.lti.platform.ToolRegistration;
import org.moocinterop.lti.platform.ToolRegistrations;

/**
 * A platform whose key ring signs with {@link TestKeys#PLATFORM_1}, so that fuzz seeds can hold
 * message hints and id_tokens that verify.
 */
public final class FuzzPlatform {

  public static final String ISSUER = "https://platform.example.org";
  public static final URI LOGIN = URI.create("https://tool.example.org/lti/login");
  public static final URI REDIRECT = URI.create("https://tool.example.org/lti/launch");
  public static final ToolRegistrations TOOLS = ToolRegistrations.of(
      new ToolRegistration("tool-client-1", LOGIN, Set.of(REDIRECT), Optional.empty(),
          Set.of(REDIRECT), Set.of("deployment-1")),
      new ToolRegistration("tool-client-2", URI.create("https://other.example.org/login"),
          Set.of(URI.create("https://other.example.org/launch")), Optional.empty(), Set.of(),
          Set.of("deployment-9")));

  /** Builds a plain launch, as a host platform would. */
  public static final LaunchFactory LAUNCHES = (hint, builder) -> builder
      .roles(Role.LEARNER)
      .context(LtiContext.of("course-1", "NAV101", "Navigation"))
      .resourceLink(hint.messageType().equals(MessageType.RESOURCE_LINK)
          ? ResourceLink.of("link-" + hint.reference(), "Quiz") : null)
      .build();

  private FuzzPlatform() {}

  /** A key ring on {@code clock} whose current key is {@link TestKeys#PLATFORM_1}. */
  public static KeyRing keyRing(Clock clock) {
    InMemorySigningKeyStore store = new InMemorySigningKeyStore();
    Instant now = clock.instant();
    try {
      store.add(new SigningKey(TestKeys.PLATFORM_1.getKeyID(),
          TestKeys.PLATFORM_1.toRSAPublicKey(), TestKeys.PLATFORM_1.toRSAPrivateKey(),
          now.minus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)),
          now.plus(Duration.ofDays(365))));
    } catch (com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
    return KeyRing.builder(store).clock(clock).build();
  }
}
