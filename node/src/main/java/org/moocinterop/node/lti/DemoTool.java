package org.moocinterop.node.lti;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.http.ResponseCookie;
import org.moocinterop.lti.jwks.JwkResolver;
import org.moocinterop.lti.servlet.LtiServlet;
import org.moocinterop.lti.tool.InMemoryPendingLoginStore;
import org.moocinterop.lti.tool.LaunchHandler;
import org.moocinterop.lti.tool.LaunchValidator;
import org.moocinterop.lti.tool.LoginInitiator;
import org.moocinterop.lti.tool.PlatformRegistrations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo tool: OIDC login initiation at {@code /lti/tool/login}, the launch (redirect URI) at
 * {@code /lti/tool/launch}, its public keys at {@code /lti/tool/jwks}. A valid launch shows a page
 * of who launched from where with which roles; a refused one shows the reason code.
 */
final class DemoTool {

  static final String LOGIN_PATH = "/lti/tool/login";
  static final String LAUNCH_PATH = "/lti/tool/launch";
  static final String JWKS_PATH = "/lti/tool/jwks";

  private static final Logger LOG = LoggerFactory.getLogger(DemoTool.class);

  private final URI launchUrl;
  private final LoginInitiator login;
  private final LaunchHandler launch;
  private final Supplier<JWKSet> publicKeys;

  DemoTool(URI baseUrl, PlatformRegistrations platforms, JwkResolver platformKeys,
      NonceStore nonces, Supplier<JWKSet> publicKeys) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    this.launchUrl = URI.create(baseUrl + LAUNCH_PATH);
    this.publicKeys = Objects.requireNonNull(publicKeys, "publicKeys");
    InMemoryPendingLoginStore logins = new InMemoryPendingLoginStore();
    this.login = LoginInitiator.builder(platforms, logins, launchUrl)
        .allowTargetLinkUris(target -> target.equals(launchUrl))
        .build();
    LaunchValidator validator = LaunchValidator.builder(platformKeys, nonces).build();
    this.launch = new LaunchHandler(validator, platforms, logins, launchUrl,
        l -> LtiResponse.html(200, "")); // unused: LaunchServlet calls launch() and renders its pages
  }

  /** Where launches land; also the one target_link_uri the demo tool serves. */
  URI launchUrl() {
    return launchUrl;
  }

  void mount(ServletContextHandler context) {
    context.addServlet(new ServletHolder("lti-tool-login", new LtiServlet(login)), LOGIN_PATH);
    context.addServlet(new ServletHolder("lti-tool-launch", new LaunchServlet()), LAUNCH_PATH);
    context.addServlet(new ServletHolder("lti-tool-jwks", new JwksServlet(publicKeys)), JWKS_PATH);
  }

  /** {@code POST /lti/tool/launch}: validates the launch and shows the landing or the error page. */
  final class LaunchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (!Requests.withinLimit(request, response)) {
        return;
      }
      LtiRequest lti = Requests.toLti(request);
      clearStateCookie(lti, response);
      LtiLaunch launched;
      try {
        launched = launch.launch(lti);
      } catch (LtiLaunchException e) {
        LOG.info("Demo tool refused a launch: {}", e.getMessage());
        Html.write(response, e.reason().httpStatus(), "Launch refused", ToolPages.refused(e));
        return;
      }
      Html.write(response, HttpServletResponse.SC_OK, "Demo tool", ToolPages.landing(launched));
    }
  }

  /** The state cookie is single use: expire it whatever the outcome. */
  private void clearStateCookie(LtiRequest request, HttpServletResponse response) {
    Optional<String> state = request.param("state")
        .filter(s -> request.cookie(LoginInitiator.STATE_COOKIE_PREFIX + s).isPresent());
    if (state.isEmpty()) {
      return;
    }
    try {
      response.addHeader("Set-Cookie", new ResponseCookie(LoginInitiator.STATE_COOKIE_PREFIX
          + state.get(), "", launchUrl.getRawPath(), Duration.ZERO).toHeaderValue());
    } catch (IllegalArgumentException e) {
      // A state that cannot be a cookie name never had a cookie.
    }
  }
}
