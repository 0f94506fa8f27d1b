package org.moocinterop.node.lti;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocinterop.node.NodeServer;

/**
 * The LTI demo's whole launch over plain HTTP against a running node, each redirect, cookie and
 * form followed by hand: the flow is tested where no browser is installed.
 */
class LtiDemoHttpFlowTest {

  static final String TEST_CLIENT = "test-tool";
  static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

  @TempDir static Path data;
  private static NodeServer server;
  private static HttpServer testToolKeys;
  private static RSAKey testToolKey;
  private static URI base;

  @BeforeAll
  static void start() throws Exception {
    testToolKey = new RSAKeyGenerator(2048).keyID("test-tool-key").generate();
    byte[] jwks = new JWKSet(testToolKey.toPublicJWK()).toString(true).getBytes(StandardCharsets.UTF_8);
    testToolKeys = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    testToolKeys.createContext("/jwks", exchange -> {
      exchange.sendResponseHeaders(200, jwks.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(jwks);
      }
    });
    testToolKeys.start();
    Path config = data.resolve("config.json");
    Files.writeString(config, """
        {"lrs": {"ignored": true},
         "lti": {"tools": [{
           "clientId": "%s", "name": "Test tool",
           "loginInitiationUrl": "https://tool.test.example/login",
           "targetLinkUri": "https://tool.test.example/launch",
           "redirectUris": ["https://tool.test.example/launch"],
           "jwksUri": "http://127.0.0.1:%d/jwks",
           "deploymentId": "test-deployment",
           "scopes": ["%s"]}]}}
        """.formatted(TEST_CLIENT, testToolKeys.getAddress().getPort(), SCORE));
    server = new NodeServer("127.0.0.1", 0, data, List.of(LtiDemoFeature.withConfig(config)));
    server.start();
    base = server.baseUrl();
  }

  @AfterAll
  static void stop() {
    server.close();
    testToolKeys.stop(0);
  }

  /** The platform's form post to the tool, reached by hand from the platform page. */
  record FormPost(URI action, Map<String, String> fields, URI authRequest) {}

  private static FormPost startLaunch(FormClient browser, String user, String course)
      throws Exception {
    HttpResponse<String> page = browser.get(URI.create(base + "/lti/platform/"));
    assertThat(page.statusCode()).isEqualTo(200);
    HttpResponse<String> toLogin = browser.post(URI.create(base + "/lti/platform/launch"),
        Map.of("user", user, "tool", LtiDemoFeature.DEMO_CLIENT_ID, "course", course));
    assertThat(toLogin.statusCode()).isEqualTo(302);
    URI login = URI.create(toLogin.headers().firstValue("Location").orElseThrow());
    assertThat(login.getPath()).isEqualTo("/lti/tool/login");
    HttpResponse<String> toAuth = browser.get(login);
    assertThat(toAuth.statusCode()).isEqualTo(302);
    assertThat(toLogin.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
        assertThat(cookie).startsWith("demo_platform_session=").contains("; HttpOnly",
            "; SameSite=Lax"));
    assertThat(toAuth.headers().allValues("Set-Cookie")).singleElement().satisfies(cookie ->
        assertThat(cookie).startsWith("lti_state_").contains("; Secure", "; HttpOnly",
            "; SameSite=None", "; Path=/lti/tool/launch"));
    URI auth = URI.create(toAuth.headers().firstValue("Location").orElseThrow());
    assertThat(auth.getPath()).isEqualTo("/lti/platform/auth");
    HttpResponse<String> post = browser.get(auth);
    assertThat(post.statusCode()).isEqualTo(200);
    return new FormPost(FormClient.formAction(post.body()), FormClient.hiddenFields(post.body()),
        auth);
  }

  @ParameterizedTest
  @CsvSource({
      "demo-learner-1, course-interop-101, Lea Lernerin, Interoperability of Learning Tools, Learner",
      "demo-instructor-1, course-xapi-201, Ian Instructor, Learning Records with xAPI, Instructor"})
  void aDemoUserLaunchesTheDemoTool(String user, String course, String name, String title,
      String role) throws Exception {
    FormClient browser = new FormClient();
    FormPost post = startLaunch(browser, user, course);
    assertThat(post.action()).isEqualTo(URI.create(base + "/lti/tool/launch"));
    assertThat(post.fields()).containsOnlyKeys("id_token", "state");

    HttpResponse<String> landing = browser.post(post.action(), post.fields());

    assertThat(landing.statusCode()).isEqualTo(200);
    Map<String, String> shown = FormClient.textsById(landing.body());
    assertThat(shown).containsEntry("user-name", name).containsEntry("user-sub", user)
        .containsEntry("context-id", course).containsEntry("context-title", title)
        .containsEntry("issuer", base.toString())
        .containsEntry("deployment-id", LtiDemoFeature.DEMO_DEPLOYMENT_ID);
    assertThat(FormClient.roles(landing.body())).containsExactly(role);
    assertThat(browser.cookies().keySet()).as("the state cookie is cleared")
        .containsExactly("demo_platform_session");
  }

  @Test
  void aTamperedIdTokenIsRefusedWithInvalidSignature() throws Exception {
    FormClient browser = new FormClient();
    FormPost post = startLaunch(browser, "demo-learner-1", "course-interop-101");
    String[] parts = post.fields().get("id_token").split("\\.", -1);
    JsonNode claims = new ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));
    ((com.fasterxml.jackson.databind.node.ObjectNode) claims).put("name", "Mallory");
    String forged = java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(new ObjectMapper().writeValueAsBytes(claims));
    Map<String, String> fields = new LinkedHashMap<>(post.fields());
    fields.put("id_token", parts[0] + "." + forged + "." + parts[2]);

    HttpResponse<String> refused = browser.post(post.action(), fields);

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(FormClient.textsById(refused.body())).containsEntry("reason", "INVALID_SIGNATURE");
    assertThat(refused.body()).doesNotContain("Mallory").doesNotContain("Exception");
  }

  @Test
  void aReplayedLaunchIsRefusedWithStateMismatch() throws Exception {
    FormClient browser = new FormClient();
    FormPost post = startLaunch(browser, "demo-learner-1", "course-interop-101");
    Map<String, String> cookies = Map.copyOf(browser.cookies());
    assertThat(browser.post(post.action(), post.fields()).statusCode()).isEqualTo(200);
    browser.cookies().putAll(cookies);

    HttpResponse<String> replayed = browser.post(post.action(), post.fields());

    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(FormClient.textsById(replayed.body())).containsEntry("reason", "STATE_MISMATCH");
  }

  @Test
  void aLaunchFromAnotherBrowserIsRefusedWithStateMismatch() throws Exception {
    FormPost post = startLaunch(new FormClient(), "demo-learner-1", "course-interop-101");

    HttpResponse<String> refused = new FormClient().post(post.action(), post.fields());

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(FormClient.textsById(refused.body())).containsEntry("reason", "STATE_MISMATCH");
  }

  @Test
  void theMessageHintIsSingleUse() throws Exception {
    FormClient browser = new FormClient();
    FormPost post = startLaunch(browser, "demo-learner-1", "course-interop-101");

    HttpResponse<String> again = browser.get(post.authRequest());

    Map<String, String> fields = FormClient.hiddenFields(again.body());
    assertThat(fields).containsEntry("error", "invalid_request")
        .containsEntry("state", post.fields().get("state")).doesNotContainKey("id_token");
  }

  @Test
  void theAuthorizationEndpointRefusesAnotherUserThanTheSignedInOne() throws Exception {
    FormClient browser = new FormClient();
    startLaunch(browser, "demo-learner-1", "course-interop-101");
    FormClient other = new FormClient();
    FormPost post = startLaunch(other, "demo-instructor-1", "course-interop-101");
    other.cookies().put("demo_platform_session", browser.cookies().get("demo_platform_session"));

    HttpResponse<String> refused = other.get(post.authRequest());

    assertThat(FormClient.hiddenFields(refused.body())).containsEntry("error", "access_denied")
        .doesNotContainKey("id_token");
  }

  @Test
  void theAuthorizationEndpointRefusesAnUnregisteredRedirectUri() throws Exception {
    FormClient browser = new FormClient();
    FormPost post = startLaunch(browser, "demo-learner-1", "course-interop-101");
    URI evil = URI.create(post.authRequest().toString().replace(
        FormClient.encode(Map.of("redirect_uri", base + "/lti/tool/launch")),
        FormClient.encode(Map.of("redirect_uri", "https://evil.example/steal"))));
    assertThat(evil).isNotEqualTo(post.authRequest());

    HttpResponse<String> refused = browser.get(evil);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).doesNotContain("evil.example").doesNotContain("id_token");
  }

  @Test
  void thePlatformPageListsTheDemoCoursesAndUsers() throws Exception {
    HttpResponse<String> page = new FormClient().get(URI.create(base + "/lti/platform/"));

    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
        assertThat(csp).contains("default-src 'none'"));
    assertThat(page.body()).contains("Interoperability of Learning Tools", "Lea Lernerin",
        "Ian Instructor", "Test tool").doesNotContain("<script", "<link", "src=");
  }

  @Test
  void keySetsPublishPublicKeysOnly() throws Exception {
    for (String path : List.of("/lti/platform/jwks", "/lti/tool/jwks")) {
      HttpResponse<String> response = new FormClient().get(URI.create(base + path));
      assertThat(response.statusCode()).isEqualTo(200);
      JWKSet keys = JWKSet.parse(response.body());
      assertThat(keys.getKeys()).singleElement().satisfies(key -> {
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isNotBlank();
      });
    }
  }

  @Test
  void theTokenEndpointGrantsAnAccessTokenForAClientAssertion() throws Exception {
    String assertion = clientAssertion(UUID.randomUUID().toString());

    HttpResponse<String> response = token(assertion, SCORE);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
    assertThat(body.path("scope").asText()).isEqualTo(SCORE);
    assertThat(body.path("expires_in").asLong()).isEqualTo(3600);
    SignedJWT accessToken = SignedJWT.parse(body.path("access_token").asText());
    RSAKey platformKey = (RSAKey) JWKSet.parse(new FormClient()
        .get(URI.create(base + "/lti/platform/jwks")).body()).getKeys().get(0);
    assertThat(accessToken.verify(new RSASSAVerifier(platformKey))).isTrue();
    assertThat(accessToken.getJWTClaimsSet().getSubject()).isEqualTo(TEST_CLIENT);

    HttpResponse<String> replay = token(assertion, SCORE);
    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(new ObjectMapper().readTree(replay.body()).path("error").asText())
        .isEqualTo("invalid_client");
  }

  @Test
  void theTokenEndpointRefusesAScopeNotGrantedToTheClient() throws Exception {
    HttpResponse<String> response = token(clientAssertion(UUID.randomUUID().toString()),
        "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(new ObjectMapper().readTree(response.body()).path("error").asText())
        .isEqualTo("invalid_scope");
  }

  private static HttpResponse<String> token(String assertion, String scope) throws Exception {
    return new FormClient().post(URI.create(base + "/lti/platform/token"), Map.of(
        "grant_type", "client_credentials",
        "client_assertion_type", ClientCredentialsGrant.ASSERTION_TYPE,
        "client_assertion", assertion,
        "scope", scope));
  }

  private static String clientAssertion(String jti) throws Exception {
    Instant now = Instant.now();
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(testToolKey.getKeyID()).build(),
        new JWTClaimsSet.Builder().issuer(TEST_CLIENT).subject(TEST_CLIENT)
            .audience(base + "/lti/platform/token").issueTime(Date.from(now))
            .expirationTime(Date.from(now.plusSeconds(120))).jwtID(jti).build());
    jwt.sign(new RSASSASigner(testToolKey));
    return jwt.serialize();
  }
}
