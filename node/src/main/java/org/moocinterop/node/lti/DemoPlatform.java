package org.moocinterop.node.lti;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.jspecify.annotations.Nullable;

/**
 * The demo platform: a page at {@code /lti/platform/} to launch a registered tool as a demo user
 * from a demo course, the OIDC authorization endpoint at {@code /lti/platform/auth}, the key set
 * at {@code /lti/platform/jwks} and the OAuth 2.0 token endpoint at {@code /lti/platform/token}.
 *
 * <p>A launch from the page becomes a third-party initiated login (Security Framework 5.1.1): the
 * browser goes to the tool's login initiation URL with a signed, single-use
 * {@code lti_message_hint}; the authorization endpoint accepts the tool's authentication request
 * only with that hint, the registered client_id and one of its exact redirect URIs, and answers
 * with a {@code form_post} of the signed id_token.
 */
final class DemoPlatform {

  static final String HOME_PATH = "/lti/platform/";
  static final String LAUNCH_PATH = "/lti/platform/launch";
  static final String AUTH_PATH = "/lti/platform/auth";
  static final String JWKS_PATH = "/lti/platform/jwks";
  static final String TOKEN_PATH = "/lti/platform/token";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PlatformTokens tokens;
  private final List<ToolClient> tools;
  private final Supplier<JWKSet> publicKeys;
  private final ClientCredentialsGrant tokenGrant;

  DemoPlatform(PlatformTokens tokens, List<ToolClient> tools, Supplier<JWKSet> publicKeys,
      ClientCredentialsGrant tokenGrant) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.tools = List.copyOf(tools);
    this.publicKeys = Objects.requireNonNull(publicKeys, "publicKeys");
    this.tokenGrant = Objects.requireNonNull(tokenGrant, "tokenGrant");
  }

  void mount(ServletContextHandler context) {
    context.addServlet(new ServletHolder("lti-platform-home", new HomeServlet()), "/lti/platform");
    context.addServlet(new ServletHolder("lti-platform-home-slash", new HomeServlet()), HOME_PATH);
    context.addServlet(new ServletHolder("lti-platform-launch", new LaunchServlet()), LAUNCH_PATH);
    context.addServlet(new ServletHolder("lti-platform-auth", new AuthServlet()), AUTH_PATH);
    context.addServlet(new ServletHolder("lti-platform-jwks", new JwksServlet(publicKeys)), JWKS_PATH);
    context.addServlet(new ServletHolder("lti-platform-token", new TokenServlet()), TOKEN_PATH);
  }

  Optional<ToolClient> tool(String clientId) {
    return tools.stream().filter(t -> t.clientId().equals(clientId)).findFirst();
  }

  /** {@code GET /lti/platform/}: the demo courses, a select of demo users and of tools. */
  final class HomeServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      StringBuilder body = new StringBuilder(2048);
      body.append("<p>Issuer: <code>").append(Html.escape(tokens.issuer())).append("</code></p>")
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
   * {@code POST /lti/platform/launch}: starts a launch by sending the browser to the tool's login
   * initiation URL (Security Framework 5.1.1).
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
      Map<String, String> params = new LinkedHashMap<>();
      params.put("iss", tokens.issuer());
      params.put("login_hint", user.get().id());
      params.put("target_link_uri", target.targetLinkUri().toString());
      params.put("lti_message_hint", tokens.messageHint(
          new PlatformTokens.Hint(user.get().id(), course.get().id(), target.clientId())));
      params.put("client_id", target.clientId());
      params.put("lti_deployment_id", target.deploymentId());
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(Urls.withQuery(target.loginInitiationUrl(), params).toString());
    }
  }

  /**
   * {@code GET|POST /lti/platform/auth}: the OIDC authorization endpoint (Security Framework
   * 5.1.1.2 and 5.1.1.3). Requests that name an unknown client or a redirect URI the client did not
   * register get an error page here; other refusals are posted back to the redirect URI as
   * {@code error} with the {@code state}.
   */
  final class AuthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      authorize(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      if (Requests.withinLimit(request, response)) {
        authorize(request, response);
      }
    }

    private void authorize(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      Optional<ToolClient> tool = param(request, "client_id").flatMap(DemoPlatform.this::tool);
      if (tool.isEmpty()) {
        refuse(response, "The client_id is not registered with this platform.");
        return;
      }
      Optional<URI> redirect = param(request, "redirect_uri")
          .flatMap(uri -> tool.get().redirectUris().stream()
              .filter(registered -> registered.toString().equals(uri)).findFirst());
      if (redirect.isEmpty()) {
        refuse(response, "The redirect_uri is not one the tool registered.");
        return;
      }
      Map<String, String> answer = new LinkedHashMap<>();
      Optional<String> error = check(request, tool.get(), answer);
      param(request, "state").ifPresent(state -> answer.put("state", state));
      if (error.isPresent()) {
        answer.remove("id_token");
        answer.put("error", error.get());
      }
      AutoPostPage.write(response, redirect.get(), answer);
    }

    /** Checks the request; puts the id_token into {@code answer} or returns an OAuth error code. */
    private Optional<String> check(HttpServletRequest request, ToolClient tool,
        Map<String, String> answer) {
      boolean openid = param(request, "scope")
          .map(scope -> List.of(scope.split(" ", -1)).contains("openid")).orElse(false);
      if (!openid || !param(request, "response_mode").orElse("").equals("form_post")) {
        return Optional.of("invalid_request");
      }
      if (!param(request, "response_type").orElse("").equals("id_token")) {
        return Optional.of("unsupported_response_type");
      }
      Optional<String> nonce = param(request, "nonce");
      Optional<String> loginHint = param(request, "login_hint");
      Optional<String> messageHint = param(request, "lti_message_hint");
      if (nonce.isEmpty() || loginHint.isEmpty() || messageHint.isEmpty()) {
        return Optional.of("invalid_request");
      }
      Optional<PlatformTokens.Hint> hint =
          tokens.readMessageHint(messageHint.get(), loginHint.get(), tool.clientId());
      Optional<DemoDirectory.User> user = hint.flatMap(h -> DemoDirectory.user(h.userId()));
      Optional<DemoDirectory.Course> course = hint.flatMap(h -> DemoDirectory.course(h.courseId()));
      if (user.isEmpty() || course.isEmpty()) {
        return Optional.of("login_required");
      }
      answer.put("id_token", tokens.idToken(user.get(), course.get(), tool, nonce.get()));
      return Optional.empty();
    }

    private void refuse(HttpServletResponse response, String why) throws IOException {
      Html.write(response, HttpServletResponse.SC_BAD_REQUEST, "Authentication request refused",
          "<p class=\"error\">" + Html.escape(why) + "</p>");
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
