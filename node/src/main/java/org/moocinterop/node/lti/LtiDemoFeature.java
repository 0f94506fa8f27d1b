package org.moocinterop.node.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
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
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.jwks.JwksClient;
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
 * <p>Both roles sign with RSA 2048 keys generated in memory at start: key sets are fetched by URL,
 * so new keys after a restart need no change at the other side.
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
    RSAKey platformKey = generateKey("platform");
    RSAKey toolKey = generateKey("tool");
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

    PlatformTokens tokens = new PlatformTokens(issuer, () -> platformKey, nonces, clock);
    ClientCredentialsGrant grant = new ClientCredentialsGrant(
        URI.create(base + DemoPlatform.TOKEN_PATH), issuer, () -> platformKey,
        clientId -> tools.stream().filter(t -> t.clientId().equals(clientId)).findFirst()
            .map(t -> new ClientCredentialsGrant.Client(t.clientId(), t.jwksUri(), t.scopes())),
        keySets, nonces, clock);
    new DemoPlatform(tokens, tools, () -> new JWKSet(platformKey), grant).mount(context);
    new DemoTool(node.baseUrl(), PlatformRegistrations.of(platforms), keySets, nonces,
        () -> new JWKSet(toolKey)).mount(context);
  }

  private static RSAKey generateKey(String role) {
    try {
      return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
          .keyIDFromThumbprint(true).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate the demo " + role + " key", e);
    }
  }
}
