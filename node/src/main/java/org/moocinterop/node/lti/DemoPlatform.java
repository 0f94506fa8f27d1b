package org.moocinterop.node.lti;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.lti.LaunchPresentation;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.ToolPlatform;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.platform.AuthorizationEndpoint;
import org.moocinterop.lti.platform.LaunchInitiator;
import org.moocinterop.lti.platform.MessageHint;
import org.moocinterop.lti.platform.ToolRegistrations;
import org.moocinterop.lti.servlet.LtiServlet;

/**
 * The demo platform: a page at {@code /lti/platform/} to launch a registered tool as a demo user
 * from a demo course, the OIDC authorization endpoint at {@code /lti/platform/auth}, the key set
 * at {@code /lti/platform/jwks} and the OAuth 2.0 token endpoint at {@code /lti/platform/token}.
 *
 * <p>Launching from the page signs the chosen demo user in (a session cookie) and starts a
 * third-party initiated login with the core's {@link LaunchInitiator} (signed, single-use
 * {@code lti_message_hint}); the core's {@link AuthorizationEndpoint} answers the tool's
 * authentication request for the signed-in user with the form post of the id_token.
 */
final class DemoPlatform {

  static final String HOME_PATH = "/lti/platform/";
  static final String LAUNCH_PATH = "/lti/platform/launch";
  static final String AUTH_PATH = "/lti/platform/auth";
  static final String JWKS_PATH = "/lti/platform/jwks";
  static final String TOKEN_PATH = "/lti/platform/token";
  static final Duration HINT_LIFETIME = Duration.ofMinutes(5);
  static final Duration ID_TOKEN_LIFETIME = Duration.ofMinutes(5);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String issuer;
  private final List<ToolClient> tools;
  private final Supplier<JWKSet> publicKeys;
  private final ClientCredentialsGrant tokenGrant;
  private final DemoSessions sessions = new DemoSessions();
  private final LaunchInitiator initiator;
  private final AuthorizationEndpoint authorization;

  DemoPlatform(String issuer, KeyRing keys, List<ToolClient> tools, NonceStore nonces,
      ClientCredentialsGrant tokenGrant, Clock clock) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.tools = List.copyOf(tools);
    this.publicKeys = keys::publishedKeys;
    this.tokenGrant = Objects.requireNonNull(tokenGrant, "tokenGrant");
    ToolRegistrations registrations =
        ToolRegistrations.of(this.tools.stream().map(ToolClient::registration).toList());
    this.initiator = new LaunchInitiator(issuer, keys, registrations, clock, HINT_LIFETIME);
    this.authorization = new AuthorizationEndpoint(issuer, keys, registrations, nonces,
        request -> request.cookie(DemoSessions.COOKIE).flatMap(sessions::userId),
        this::launch, clock, ID_TOKEN_LIFETIME);
  }

  void mount(ServletContextHandler context) {
    context.addServlet(new ServletHolder("lti-platform-home", new HomeServlet()), "/lti/platform");
    context.addServlet(new ServletHolder("lti-platform-home-slash", new HomeServlet()), HOME_PATH);
    context.addServlet(new ServletHolder("lti-platform-launch", new LaunchServlet()), LAUNCH_PATH);
    context.addServlet(new ServletHolder("lti-platform-auth", new LtiServlet(authorization)), AUTH_PATH);
    context.addServlet(new ServletHolder("lti-platform-jwks", new JwksServlet(publicKeys)), JWKS_PATH);
    context.addServlet(new ServletHolder("lti-platform-token", new TokenServlet()), TOKEN_PATH);
  }

  private Optional<ToolClient> tool(String clientId) {
    return tools.stream().filter(t -> t.clientId().equals(clientId)).findFirst();
  }

  /** The message of a launch from the page: the demo user in the demo course named by the hint. */
  private LtiLaunch launch(MessageHint hint, LtiLaunch.Builder builder) {
    DemoDirectory.User user = DemoDirectory.user(hint.userId()).orElseThrow(() ->
        new IllegalStateException("no demo user " + hint.userId()));
    DemoDirectory.Course course = DemoDirectory.course(hint.reference()).orElseThrow(() ->
        new IllegalStateException("no demo course " + hint.reference()));
    String toolName = tool(hint.clientId()).map(ToolClient::name).orElse(hint.clientId());
    return builder
        .name(user.name()).givenName(user.givenName()).familyName(user.familyName())
        .email(user.email())
        .roles(user.role())
        .context(new LtiContext(course.id(), Optional.of(course.label()),
            Optional.of(course.title()),
            List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
        .resourceLink(ResourceLink.of(course.resourceLinkId(), course.label() + ": " + toolName))
        .toolPlatform(ToolPlatform.of(issuer, "mooc-interop demo platform", "mooc-interop"))
        .launchPresentation(new LaunchPresentation(Optional.of("window"), Optional.empty(),
            Optional.of("en"), OptionalInt.empty(), OptionalInt.empty()))
        .build();
  }

  /** {@code GET /lti/platform/}: the demo courses, a select of demo users and of tools. */
  final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      StringBuilder body = new StringBuilder(2048);
      body.append("<p>Issuer: <code>").append(Html.escape(issuer)).append("</code></p>")
          .append("<form method=\"post\" action=\"").append(LAUNCH_PATH).append("\">")
          .append("<p><label for=\"user\">Launch as</label> <select id=\"user\" name=\"user\">");
      for (DemoDirectory.User user : DemoDirectory.USERS) {
        body.append("<option value=\"").append(Html.escape(user.id())).append("\">")
            .append(Html.escape(user.name() + " (" + ToolPages.shortName(user.role()) + ")"))
            .append("</option>");
      }
      body.append("</select> <label for=\"tool\">Tool</label> <select id=\"tool\" name=\"tool\">");
      for (ToolClient tool : tools) {
        body.append("<option value=\"").append(Html.escape(tool.clientId())).append("\">")
            .append(Html.escape(tool.name())).append("</option>");
      }
      body.append("</select></p><table><tr><th>Course</th><th>Title</th><th></th></tr>");
      for (DemoDirectory.Course course : DemoDirectory.COURSES) {
        body.append("<tr><td>").append(Html.escape(course.label())).append("</td><td>")
            .append(Html.escape(course.title())).append("</td><td>")
            .append("<button type=\"submit\" name=\"course\" id=\"launch-")
            .append(Html.escape(course.id())).append("\" value=\"")
            .append(Html.escape(course.id())).append("\">Launch</button></td></tr>");
      }
      body.append("</table></form>");
      Html.write(response, HttpServletResponse.SC_OK, "Demo platform", body.toString());
    }
  }

  /**
   * {@code POST /lti/platform/launch}: signs the chosen demo user in and sends the browser to the
   * tool's login initiation URL (Security Framework 5.1.1).
   */
  final class LaunchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (!Requests.withinLimit(request, response)) {
        return;
      }
      Optional<DemoDirectory.User> user = param(request, "user").flatMap(DemoDirectory::user);
      Optional<DemoDirectory.Course> course = param(request, "course").flatMap(DemoDirectory::course);
      Optional<ToolClient> tool = param(request, "tool").flatMap(DemoPlatform.this::tool);
      if (user.isEmpty() || course.isEmpty() || tool.isEmpty()) {
        Html.write(response, HttpServletResponse.SC_BAD_REQUEST, "Launch not started",
            "<p class=\"error\">Choose a demo user, a tool and a course.</p>"
                + "<p><a href=\"" + HOME_PATH + "\">Back</a></p>");
        return;
      }
      ToolClient target = tool.get();
      MessageHint hint = new MessageHint(target.clientId(), target.deploymentId(),
          user.get().id(), MessageType.RESOURCE_LINK, target.targetLinkUri(), course.get().id());
      response.addHeader("Set-Cookie", sessions.signIn(user.get().id(), request.isSecure()));
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(initiator.initiate(hint).redirectUrl().toString());
    }
  }

  /** {@code POST /lti/platform/token}: the client_credentials grant (RFC 6749 4.4, RFC 7523). */
  final class TokenServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (!Requests.withinLimit(request, response)) {
        return;
      }
      ObjectNode body = JSON.createObjectNode();
      int status;
      String type = Optional.ofNullable(request.getContentType()).orElse("")
          .toLowerCase(Locale.ROOT);
      try {
        if (!type.startsWith("application/x-www-form-urlencoded")) {
          throw TokenError.invalidRequest("the body must be application/x-www-form-urlencoded");
        }
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
          if (values.length > 0) {
            form.put(name, values[0]);
          }
        });
        ClientCredentialsGrant.Token token = tokenGrant.grant(form);
        body.put("access_token", token.accessToken()).put("token_type", "Bearer")
            .put("expires_in", token.expiresIn()).put("scope", token.scope());
        status = HttpServletResponse.SC_OK;
      } catch (TokenError e) {
        body.put("error", e.error()).put("error_description", e.getMessage());
        status = e.status();
      }
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
      response.getWriter().write(JSON.writeValueAsString(body));
    }
  }

  private static Optional<String> param(HttpServletRequest request, String name) {
    @Nullable String value = request.getParameter(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
