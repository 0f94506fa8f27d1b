package org.moocinterop.node.lti;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.tool.PlatformRegistration;
import org.moocinterop.lti.tool.PlatformRegistrations;
import org.moocinterop.node.NodeContext;
import org.moocinterop.node.NodeFeature;

/**
 * The LTI 1.3 demo: a demo Platform ({@code /lti/platform/...}) and a demo Tool
 * ({@code /lti/tool/...}) in the node, registered with each other, so that a browser can run a
 * whole launch against one process. More registrations come from the {@code "lti"} member of the
 * node's config file (see {@code docs/lti-demo.md}).
 *
 * <p>Each role signs with its own {@link KeyRing} (RSA 2048, rotated every 90 days) over an
 * in-memory key store: keys are generated at start, and since key sets are fetched by URL, new
 * keys after a restart need no change at the other side.
 */
public final class LtiDemoFeature implements NodeFeature {

  /** The demo tool's client_id at the demo platform. */
  public static final String DEMO_CLIENT_ID = "demo-tool";
  /** The deployment of the demo tool in the demo platform. */
  public static final String DEMO_DEPLOYMENT_ID = "demo-deployment-1";

  private final LtiDemoConfig config;
  private final Clock clock;

  private LtiDemoFeature(LtiDemoConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  /** The demo with its two registrations only. */
  public static LtiDemoFeature create() {
    return new LtiDemoFeature(LtiDemoConfig.empty(), Clock.systemUTC());
  }

  /**
   * The demo with the registrations of a config file added.
   *
   * @throws org.moocinterop.api.ValidationException if its {@code "lti"} member is malformed
   * @throws IOException if the file cannot be read
   */
  public static LtiDemoFeature withConfig(Path configFile) throws IOException {
    return new LtiDemoFeature(LtiDemoConfig.read(configFile), Clock.systemUTC());
  }

  @Override
  public String name() {
    return "LTI 1.3 demo platform (/lti/platform/) and tool (/lti/tool/)";
  }

  @Override
  public void mount(ServletContextHandler context, NodeContext node) {
    Objects.requireNonNull(context, "context");
    String base = node.baseUrl().toString();
    String issuer = base;
    KeyRing platformKeys = KeyRing.builder(new InMemorySigningKeyStore()).clock(clock).build();
    KeyRing toolKeys = KeyRing.builder(new InMemorySigningKeyStore()).clock(clock).build();
    NonceStore nonces = new InMemoryNonceStore(clock);
    JwksClient keySets = JwksClient.create();

    URI toolLaunch = URI.create(base + DemoTool.LAUNCH_PATH);
    List<ToolClient> tools = new ArrayList<>();
    tools.add(new ToolClient(DEMO_CLIENT_ID, "Demo tool", URI.create(base + DemoTool.LOGIN_PATH),
        toolLaunch, List.of(toolLaunch), URI.create(base + DemoTool.JWKS_PATH),
        DEMO_DEPLOYMENT_ID, ToolClient.ADVANTAGE_SCOPES));
    tools.addAll(config.tools());
    List<PlatformRegistration> platforms = new ArrayList<>();
    platforms.add(new PlatformRegistration(issuer, DEMO_CLIENT_ID,
        URI.create(base + DemoPlatform.AUTH_PATH), URI.create(base + DemoPlatform.JWKS_PATH),
        Set.of(DEMO_DEPLOYMENT_ID), java.util.Optional.of(URI.create(base + DemoPlatform.TOKEN_PATH))));
    platforms.addAll(config.platforms());

    ClientCredentialsGrant grant = new ClientCredentialsGrant(
        URI.create(base + DemoPlatform.TOKEN_PATH), issuer, platformKeys::sign,
        clientId -> tools.stream().filter(t -> t.clientId().equals(clientId)).findFirst()
            .map(t -> new ClientCredentialsGrant.Client(t.clientId(), t.jwksUri(), t.scopes())),
        keySets, nonces, clock);
    new DemoPlatform(issuer, platformKeys, tools, nonces, grant, clock).mount(context);
    new DemoTool(node.baseUrl(), PlatformRegistrations.of(platforms), keySets, nonces,
        toolKeys::publishedKeys).mount(context);
  }
}
