package org.moocinterop.xapi.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.xapi.lrs.InMemoryLrsCredentialStore;
import org.moocinterop.xapi.lrs.LrsConfig;
import org.moocinterop.xapi.lrs.LrsCredential;
import org.moocinterop.xapi.lrs.LrsResponse;
import org.moocinterop.xapi.lrs.XapiLrs;
import org.moocinterop.xapi.lrs.XapiScope;

/** The LRS through {@link LrsServlet} on a real Jetty, mounted under {@code /xapi/*}. */
class LrsServletJettyTest {

  private static final String AGENT = "{\"mbox\":\"mailto:learner@example.com\"}";
  private static final String ACTIVITY = "http://example.com/activities/1";
  private static final long CAP = 1024;
  private static Server server;
  private static String base;
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    ObjectNode authority = new ObjectMapper().createObjectNode();
    authority.put("objectType", "Agent").put("mbox", "mailto:lrs@uni.example");
    InMemoryLrsCredentialStore credentials = InMemoryLrsCredentialStore.of(
        LrsCredential.create("all", "pw", "Uni", authority, EnumSet.of(XapiScope.ALL)),
        LrsCredential.create("reader", "pw", "Uni", authority, EnumSet.of(XapiScope.STATEMENTS_READ)));
    XapiLrs lrs = XapiLrs.builder().config(LrsConfig.defaults().withMaxBodyBytes(CAP))
        .credentials(credentials).documents(new InMemoryDocumentStore())
        .statements(request -> LrsResponse.of(200, "application/json",
            "{\"statements\":[],\"more\":\"\"}".getBytes(UTF_8)))
        .build();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new LrsServlet(lrs)), "/xapi/*");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort() + "/xapi";
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  private static String basic(String key) {
    return "Basic " + Base64.getEncoder().encodeToString((key + ":pw").getBytes(UTF_8));
  }

  private static String q(String text) {
    return URLEncoder.encode(text, UTF_8);
  }

  private static HttpRequest.Builder xapi(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .header("Authorization", basic("all")).header("X-Experience-API-Version", "2.0.0");
  }

  private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String state(String stateId) {
    return "/activities/state?activityId=" + q(ACTIVITY) + "&agent=" + q(AGENT) + "&stateId=" + stateId;
  }

  @Test
  void versionHeaderIsRequired() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/statements"))
        .header("Authorization", basic("all")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("X-Experience-API-Version")).contains("2.0.0");
    assertThat(response.body()).contains("XAPI-COMM-3.3.version-header").doesNotContain("Exception");
  }

  @Test
  void versionNegotiationPerVersion() throws Exception {
    assertThat(send(xapi("/statements").header("X-Experience-API-Version", "1.0.3").setHeader(
        "X-Experience-API-Version", "1.0.3")).headers().firstValue("X-Experience-API-Version")).contains("1.0.3");
    assertThat(send(xapi("/statements").setHeader("X-Experience-API-Version", "2.0"))
        .headers().firstValue("X-Experience-API-Version")).contains("2.0.0");
    assertThat(send(xapi("/statements").setHeader("X-Experience-API-Version", "2.1.0")).statusCode()).isEqualTo(400);
  }

  @Test
  void aboutIsOpen() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/about")));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"2.0.0\"", "\"1.0.3\"");
  }

  @Test
  void missingOrWrongCredentialsAre401WithWwwAuthenticate() throws Exception {
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/statements"))
        .header("X-Experience-API-Version", "2.0.0"));
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"xAPI\"");
    assertThat(send(xapi("/statements").setHeader("Authorization", "Basic " + Base64.getEncoder()
        .encodeToString("all:wrong".getBytes(UTF_8)))).statusCode()).isEqualTo(401);
  }

  @Test
  void aScopeThatDoesNotCoverTheResourceIs403() throws Exception {
    HttpResponse<String> response = send(xapi(state("s")).setHeader("Authorization", basic("reader")));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(send(xapi("/statements").setHeader("Authorization", basic("reader"))).statusCode()).isEqualTo(200);
  }

  @Test
  void etagIfMatchAndIfNoneMatchMatrix() throws Exception {
    String doc = "/activities/profile?activityId=" + q(ACTIVITY) + "&profileId=" + UUID.randomUUID();
    assertThat(send(xapi(doc).header("If-None-Match", "*").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))).statusCode()).isEqualTo(204);
    HttpResponse<String> got = send(xapi(doc));
    String etag = got.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{40}\"");
    assertThat(got.headers().firstValue("Last-Modified")).isPresent();
    assertThat(send(xapi(doc).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode()).isEqualTo(409);
    assertThat(send(xapi(doc).header("If-Match", "\"1234\"").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode()).isEqualTo(412);
    assertThat(send(xapi(doc).header("If-None-Match", "*").header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode()).isEqualTo(412);
    assertThat(send(xapi(doc).header("If-Match", etag).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"a\":2}"))).statusCode()).isEqualTo(204);
    assertThat(send(xapi(doc).header("If-Match", etag).DELETE()).statusCode()).isEqualTo(412);
    assertThat(send(xapi(doc)).body()).isEqualTo("{\"a\":2}");
  }

  @Test
  void postMergesJsonDocuments() throws Exception {
    String id = UUID.randomUUID().toString();
    send(xapi(state(id)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"car\":\"Honda\"}")));
    send(xapi(state(id)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"Civic\"}")));
    assertThat(send(xapi(state(id))).body()).isEqualTo("{\"car\":\"Honda\",\"type\":\"Civic\"}");
  }

  @Test
  void multipleDeleteAndSinceFilter() throws Exception {
    String agent = q("{\"account\":{\"homePage\":\"http://example.com\",\"name\":\"" + UUID.randomUUID() + "\"}}");
    String scope = "/activities/state?activityId=" + q(ACTIVITY) + "&agent=" + agent;
    for (String id : new String[] {"one", "two"}) {
      send(xapi(scope + "&stateId=" + id).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString("{}")));
    }
    assertThat(send(xapi(scope + "&since=" + q("2000-01-01T00:00:00Z"))).body()).isEqualTo("[\"one\",\"two\"]");
    assertThat(send(xapi(scope + "&since=" + q("2999-01-01T00:00:00.000Z"))).body()).isEqualTo("[]");
    assertThat(send(xapi(scope).DELETE()).statusCode()).isEqualTo(204);
    assertThat(send(xapi(scope)).body()).isEqualTo("[]");
  }

  @Test
  void headAnswersHeadersWithoutBody() throws Exception {
    String id = UUID.randomUUID().toString();
    send(xapi(state(id)).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
    HttpResponse<String> head = send(xapi(state(id)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("ETag")).isPresent();
  }

  @Test
  void alternateSyntaxUnder103AndRefusedUnder200() throws Exception {
    String form = "activityId=" + q(ACTIVITY) + "&agent=" + q(AGENT) + "&stateId=alt&content=" + q("{\"x\":1}")
        + "&Authorization=" + q(basic("all"));
    HttpResponse<String> v103 = send(HttpRequest.newBuilder(URI.create(base + "/activities/state?method=PUT"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form + "&X-Experience-API-Version=1.0.3")));
    assertThat(v103.statusCode()).isEqualTo(204);
    assertThat(send(xapi(state("alt"))).body()).isEqualTo("{\"x\":1}");
    HttpResponse<String> v200 = send(HttpRequest.newBuilder(URI.create(base + "/activities/state?method=PUT"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form + "&X-Experience-API-Version=2.0.0")));
    assertThat(v200.statusCode()).isEqualTo(400);
  }

  @Test
  void bodyCapIs413ForDeclaredAndStreamedBodies() throws Exception {
    byte[] big = new byte[(int) CAP + 1];
    assertThat(send(xapi(state("big")).header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(big))).statusCode()).isEqualTo(413);
    HttpResponse<String> chunked = send(xapi(state("big")).header("Content-Type", "application/octet-stream")
        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
    assertThat(chunked.statusCode()).isEqualTo(413);
    assertThat(send(xapi(state("big"))).statusCode()).isEqualTo(404);
  }

  @Test
  void badAgentJsonIs400NamingTheRule() throws Exception {
    String broken = q("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"http://example.com\",\"name\":\"R\"}}")
        .replaceFirst("%3A", "%22");
    HttpResponse<String> response = send(xapi("/agents/profile?profileId=p&agent=" + broken)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("XAPI-DATA-2.4.2.1.agent");
  }

  @Test
  void corsPreflightAndHeaders() throws Exception {
    HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(base + "/statements"))
        .header("Origin", "https://content.example").header("Access-Control-Request-Method", "POST")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    assertThat(preflight.statusCode()).isEqualTo(204);
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains("https://content.example");
    assertThat(send(xapi("/statements").header("Origin", "https://content.example")).headers()
        .firstValue("Access-Control-Expose-Headers").orElseThrow()).contains("X-Experience-API-Version");
  }

  @Test
  void unknownParametersAre400() throws Exception {
    assertThat(send(xapi("/activities?activityId=" + q(ACTIVITY) + "&foo=bar")).statusCode()).isEqualTo(400);
  }
}
