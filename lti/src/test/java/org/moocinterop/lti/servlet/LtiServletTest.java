package org.moocinterop.lti.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.keys.JwksEndpoint;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.platform.AuthorizationEndpoint;
import org.moocinterop.lti.platform.LaunchInitiator;
import org.moocinterop.lti.platform.MessageHint;
import org.moocinterop.lti.platform.ToolLoginRequest;
import org.moocinterop.lti.platform.ToolRegistration;
import org.moocinterop.lti.platform.ToolRegistrations;
import org.moocinterop.lti.testing.Forms;
import org.moocinterop.lti.tool.InMemoryPendingLoginStore;
import org.moocinterop.lti.tool.LaunchHandler;
import org.moocinterop.lti.tool.LaunchValidator;
import org.moocinterop.lti.tool.LoginInitiator;
import org.moocinterop.lti.tool.PlatformRegistration;
import org.moocinterop.lti.tool.PlatformRegistrations;

/** Tool and platform endpoints mounted as servlets in a real Jetty on a loopback port. */
class LtiServletTest {

  static Server jetty;
  static String base;
  static LaunchInitiator platformLogin;
  static final AtomicReference<LtiLaunch> received = new AtomicReference<>();
  static final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    jetty = new Server();
    ServerConnector connector = new ServerConnector(jetty);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    jetty.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    jetty.setHandler(context);
    jetty.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();

    String issuer = base + "/platform";
    URI toolLaunch = URI.create(base + "/tool/launch");
    KeyRing platformKeys = KeyRing.builder(new InMemorySigningKeyStore()).build();
    ToolRegistrations tools = ToolRegistrations.of(new ToolRegistration("client-1",
        URI.create(base + "/tool/login"), Set.of(toolLaunch), Optional.empty(), Set.of(toolLaunch),
        Set.of("dep-1")));
    platformLogin = new LaunchInitiator(issuer, platformKeys, tools,
        java.time.Clock.systemUTC(), Duration.ofMinutes(5));
    AuthorizationEndpoint auth = new AuthorizationEndpoint(issuer, platformKeys, tools,
        new InMemoryNonceStore(), request -> request.cookie("platform_session"),
        (hint, builder) -> builder.roles(Role.LEARNER)
            .resourceLink(ResourceLink.of("link-" + hint.reference(), "Quiz")).build(),
        java.time.Clock.systemUTC(), Duration.ofMinutes(5));

    PlatformRegistrations platforms = PlatformRegistrations.of(PlatformRegistration.of(issuer,
        "client-1", URI.create(base + "/platform/auth"), URI.create(base + "/platform/jwks"),
        Set.of("dep-1")));
    InMemoryPendingLoginStore pending = new InMemoryPendingLoginStore();
    LoginInitiator toolLogin = LoginInitiator.builder(platforms, pending, toolLaunch).build();
    LaunchHandler launch = new LaunchHandler(
        LaunchValidator.builder(JwksClient.create(), new InMemoryNonceStore()).build(),
        platforms, pending, toolLaunch, l -> {
          received.set(l);
          return LtiResponse.html(200, "welcome");
        });

    context.addServlet(new ServletHolder(new LtiServlet(toolLogin)), "/tool/login");
    context.addServlet(new ServletHolder(new LtiServlet(launch, 16 * 1024)), "/tool/launch");
    context.addServlet(new ServletHolder(new LtiServlet(auth)), "/platform/auth");
    context.addServlet(new ServletHolder(
        new LtiServlet(new JwksEndpoint(platformKeys, Duration.ofMinutes(5)))), "/platform/jwks");
    context.addServlet(new ServletHolder(new LtiServlet(r -> {
      throw new IllegalStateException("secret internal detail");
    })), "/broken");
  }

  @AfterAll
  static void stop() throws Exception {
    jetty.stop();
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  static HttpResponse<String> post(String url, String body, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> get(String url, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (!cookie.isEmpty()) {
      b.header("Cookie", cookie);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aWholeLaunchOverHttp() throws Exception {
    ToolLoginRequest login = platformLogin.initiate(new MessageHint("client-1", "dep-1",
        "user-5", MessageType.RESOURCE_LINK, URI.create(base + "/tool/launch"), "9"));

    HttpResponse<String> toTool = post(login.loginInitiationUrl().toString(),
        form(login.params()), "");
    assertThat(toTool.statusCode()).isEqualTo(302);
    String setCookie = toTool.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(setCookie).contains("SameSite=None", "Secure", "HttpOnly", "Path=/tool/launch");
    String stateCookie = setCookie.substring(0, setCookie.indexOf(';'));

    HttpResponse<String> toPlatform = get(toTool.headers().firstValue("Location").orElseThrow(),
        "platform_session=user-5");
    assertThat(toPlatform.statusCode()).isEqualTo(200);
    assertThat(Forms.action(toPlatform.body())).isEqualTo(base + "/tool/launch");

    HttpResponse<String> launched = post(base + "/tool/launch",
        form(Forms.fields(toPlatform.body())), stateCookie);
    assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
    assertThat(launched.body()).isEqualTo("welcome");
    assertThat(received.get().resourceLink().orElseThrow().id()).isEqualTo("link-9");
    assertThat(received.get().subject()).contains("user-5");
  }

  @Test
  void refusedLaunchIsA401WithItsReasonCodeAndNoStackTrace() throws Exception {
    HttpResponse<String> response = post(base + "/tool/launch",
        form(Map.of("id_token", "x.y.z", "state", "forged")), "");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/json"));
    assertThat(response.body()).contains("\"error\":\"STATE_MISMATCH\"").doesNotContain("at org.");
  }

  @Test
  void badLoginInitiationIsA400WithItsReasonCode() throws Exception {
    HttpResponse<String> response = get(base + "/tool/login?iss=https%3A%2F%2Fnobody.example&"
        + "login_hint=u&target_link_uri=" + URLEncoder.encode(base + "/tool/launch",
            StandardCharsets.UTF_8), "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"error\":\"UNKNOWN_ISSUER\"");
  }

  /**
   * The servlet refuses an oversized body on its declared length, without reading it, and the
   * server may then close the connection: the client sends the headers, reads the whole answer,
   * and only then tries to send the body, a write that may fail.
   */
  @Test
  void bodyOverTheCapIsA413() throws Exception {
    byte[] body = ("id_token=" + "a".repeat(20 * 1024) + "&state=s")
        .getBytes(StandardCharsets.US_ASCII);
    String head = String.join("\r\n", "POST /tool/launch HTTP/1.1", "Host: 127.0.0.1",
        "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length, "",
        "");

    RawResponse response = rawExchange(head.getBytes(StandardCharsets.ISO_8859_1), body);

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.header("connection")).isEqualToIgnoringCase("close");
    assertThat(response.header("content-type")).startsWith("application/json");
    assertThat(response.body()).startsWith("{").endsWith("}")
        .contains("\"error\":\"REQUEST_TOO_LARGE\"");
  }

  /** A response read off a raw socket. */
  record RawResponse(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  /**
   * Writes {@code head}, reads one whole response (status line, headers, a body of its
   * Content-Length), then writes {@code tail}, ignoring a refused write: the server may have
   * closed the connection. Every read times out after 10 s, so this never hangs.
   */
  static RawResponse rawExchange(byte[] head, byte[] tail) throws Exception {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(head);
      out.flush();
      InputStream in = socket.getInputStream();
      String statusLine = readLine(in);
      Map<String, String> headers = new java.util.HashMap<>();
      for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
        int colon = line.indexOf(':');
        headers.put(line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
            line.substring(colon + 1).trim());
      }
      int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
      String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
      try {
        out.write(tail);
        out.flush();
      } catch (IOException refused) {
        // The server closed the connection after answering: expected, the body was not needed.
      }
      return new RawResponse(Integer.parseInt(statusLine.split(" ", -1)[1]), headers, body);
    }
  }

  /** One CRLF-terminated line of ISO-8859-1 text; fails at the end of the stream. */
  static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed before the end of the response head");
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Test
  void malformedFormEncodingIsA400() throws Exception {
    HttpResponse<String> response = post(base + "/tool/launch", "id_token=%zz&state=%", "");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("INVALID_PARAMETER");
  }

  /** Sends raw bytes (a request the JDK client would refuse to write) and reads the status. */
  static int rawStatus(String request) throws Exception {
    URI uri = URI.create(base);
    try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      String statusLine = new BufferedReader(new InputStreamReader(
          socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
      return Integer.parseInt(statusLine.split(" ", -1)[1]);
    }
  }

  @Test
  void malformedChunkedBodyIsA400NotA500() throws Exception {
    String request = String.join("\r\n", "POST /tool/launch HTTP/1.1", "Host: 127.0.0.1",
        "Content-Type: application/x-www-form-urlencoded", "Transfer-Encoding: chunked",
        "Connection: close", "", "5", "state", "ZZ", "=x", "0", "", "");

    int status = rawStatus(request);

    assertThat(status).isBetween(400, 499);
  }

  @Test
  void handlerFailureIsA500WithoutDetails() throws Exception {
    HttpResponse<String> response = get(base + "/broken", "");

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).doesNotContain("secret internal detail", "Exception");
  }

  @Test
  void jwksEndpointServesThePlatformKeys() throws Exception {
    HttpResponse<String> response = get(base + "/platform/jwks", "");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/jwk-set+json");
    assertThat(response.headers().firstValue("Cache-Control")).contains("public, max-age=300");
    assertThat(response.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
  }
}
