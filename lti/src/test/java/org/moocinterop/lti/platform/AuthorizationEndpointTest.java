package org.moocinterop.lti.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.testing.Forms;

/** The platform's authorization endpoint, Security Framework 5.1.1.2-5.1.1.3. */
class AuthorizationEndpointTest {

  static final String ISSUER = "https://platform.example.org";
  static final URI LOGIN = URI.create("https://tool.example.org/lti/login");
  static final URI REDIRECT = URI.create("https://tool.example.org/lti/launch");
  static final ToolRegistration TOOL = new ToolRegistration("tool-client-1", LOGIN,
      Set.of(REDIRECT), Optional.empty(), Set.of(REDIRECT), Set.of("deployment-1"));
  static final ToolRegistration OTHER_TOOL = new ToolRegistration("tool-client-2",
      URI.create("https://other.example.org/login"),
      Set.of(URI.create("https://other.example.org/launch")), Optional.empty(), Set.of(),
      Set.of("deployment-9"));

  static InMemorySigningKeyStore keyStore;
  static KeyRing keys;

  final MutableClock clock = MutableClock.atSomeInstant();

  final ToolRegistrations tools = ToolRegistrations.of(TOOL, OTHER_TOOL);
  final LaunchInitiator initiator =
      new LaunchInitiator(ISSUER, keys, tools, clock, Duration.ofMinutes(5));
  /** Shared by the nodes of one platform, like the key store. */
  final InMemoryNonceStore nonces = new InMemoryNonceStore(clock);
  final AuthorizationEndpoint endpoint = new AuthorizationEndpoint(ISSUER, keys, tools, nonces,
      request -> request.cookie("session").map(s -> s.substring("session-of-".length())),
      (hint, builder) -> builder
          .roles(hint.reference().equals("teach") ? List.of(Role.INSTRUCTOR) : List.of(Role.LEARNER))
          .name("Grace Hopper")
          .context(LtiContext.of("course-1", "NAV101", "Navigation"))
          .resourceLink(hint.messageType().equals(MessageType.RESOURCE_LINK)
              ? ResourceLink.of("link-" + hint.reference(), "Quiz") : null)
          .custom(Map.of("level", "2"))
          .build(),
      clock, Duration.ofMinutes(5));

  @BeforeAll
  static void keys() {
    keyStore = new InMemorySigningKeyStore();
    keys = KeyRing.builder(keyStore).build();
    keys.currentKey();
  }

  ToolLoginRequest login(String user) {
    return initiator.initiate(new MessageHint("tool-client-1", "deployment-1", user,
        MessageType.RESOURCE_LINK, REDIRECT, "teach"));
  }

  /** The authentication request a tool would send for {@code login}. */
  static Map<String, String> authRequest(ToolLoginRequest login) {
    Map<String, String> p = new HashMap<>();
    p.put("scope", "openid");
    p.put("response_type", "id_token");
    p.put("response_mode", "form_post");
    p.put("prompt", "none");
    p.put("client_id", login.params().get("client_id"));
    p.put("redirect_uri", REDIRECT.toString());
    p.put("login_hint", login.params().get("login_hint"));
    p.put("lti_message_hint", login.params().get("lti_message_hint"));
    p.put("state", "state-123");
    p.put("nonce", "nonce-456");
    return p;
  }

  LtiResponse authorize(Map<String, String> params, String user) {
    Map<String, String> cookies = user == null ? Map.of() : Map.of("session", "session-of-" + user);
    return endpoint.handle(LtiRequest.of("POST", params, cookies));
  }

  static void assertOidcError(LtiResponse response, String error) {
    assertThat(response.status()).isEqualTo(200);
    assertThat(Forms.action(response.body())).isEqualTo(REDIRECT.toString());
    Map<String, String> fields = Forms.fields(response.body());
    assertThat(fields).containsEntry("error", error).containsEntry("state", "state-123")
        .doesNotContainKey("id_token");
  }

  @Test
  void loginInitiationCarriesTheLtiParameters() {
    ToolLoginRequest login = login("user-1");

    Map<String, String> q = Forms.query(login.redirectUrl());
    assertThat(login.redirectUrl().toString()).startsWith(LOGIN + "?");
    assertThat(q).containsEntry("iss", ISSUER).containsEntry("login_hint", "user-1")
        .containsEntry("target_link_uri", REDIRECT.toString())
        .containsEntry("lti_deployment_id", "deployment-1")
        .containsEntry("client_id", "tool-client-1")
        .containsKey("lti_message_hint");
    assertThat(Forms.fields(login.formPost().body())).isEqualTo(login.params());
    assertThat(Forms.action(login.formPost().body())).isEqualTo(LOGIN.toString());
  }

  @Test
  void issuesASignedIdTokenAndFormPostsItToTheRedirectUri() throws Exception {
    LtiResponse response = authorize(authRequest(login("user-1")), "user-1");

    assertThat(response.status()).isEqualTo(200);
    assertThat(Forms.action(response.body())).isEqualTo(REDIRECT.toString());
    Map<String, String> fields = Forms.fields(response.body());
    assertThat(fields).containsEntry("state", "state-123").containsKey("id_token");
    SignedJWT jwt = SignedJWT.parse(fields.get("id_token"));
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    JWK key = keys.publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo(ISSUER);
    assertThat(claims.getAudience()).containsExactly("tool-client-1");
    assertThat(claims.getSubject()).isEqualTo("user-1");
    assertThat(claims.getStringClaim("nonce")).isEqualTo("nonce-456");
    assertThat(claims.getStringClaim(LtiClaims.VERSION)).isEqualTo("1.3.0");
    assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiResourceLinkRequest");
    assertThat(claims.getStringClaim(LtiClaims.DEPLOYMENT_ID)).isEqualTo("deployment-1");
    assertThat(claims.getStringListClaim(LtiClaims.ROLES)).containsExactly(Role.INSTRUCTOR.iri());
    assertThat(claims.getJSONObjectClaim(LtiClaims.RESOURCE_LINK)).containsEntry("id", "link-teach");
    assertThat(claims.getStringClaim("name")).isEqualTo("Grace Hopper");
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(clock.instant());
  }

  @Test
  void wrongRedirectUriIsA400AndNeverARedirect() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("redirect_uri", "https://tool.example.org/lti/launch/../evil");

    LtiResponse response = authorize(p, "user-1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("invalid_request").doesNotContain("<form");
  }

  @Test
  void redirectUriIsMatchedExactlyNotByPrefix() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("redirect_uri", REDIRECT + "?x=1");

    assertThat(authorize(p, "user-1").status()).isEqualTo(400);
  }

  @Test
  void unknownClientIsA400() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("client_id", "nobody");

    LtiResponse response = authorize(p, "user-1");

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.body()).contains("unauthorized_client");
  }

  @Test
  void promptNoneWithoutASessionIsLoginRequired() {
    assertOidcError(authorize(authRequest(login("user-1")), null), "login_required");
  }

  @Test
  void signedInUserMustBeTheLoginHint() {
    assertOidcError(authorize(authRequest(login("user-1")), "user-2"), "access_denied");
  }

  @Test
  void messageHintMustBeForTheSignedInUser() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("login_hint", "user-2");

    assertOidcError(authorize(p, "user-2"), "access_denied");
  }

  @Test
  void replayedMessageHintIsRefused() {
    Map<String, String> p = authRequest(login("user-1"));
    assertThat(Forms.fields(authorize(p, "user-1").body())).containsKey("id_token");

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void messageHintOfAnotherClientIsRefused() {
    ToolLoginRequest other = initiator.initiate(new MessageHint("tool-client-2", "deployment-9",
        "user-1", MessageType.RESOURCE_LINK, URI.create("https://other.example.org/x"), "r"));
    Map<String, String> p = authRequest(login("user-1"));
    p.put("lti_message_hint", other.params().get("lti_message_hint"));

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void expiredMessageHintIsRefused() {
    Map<String, String> p = authRequest(login("user-1"));
    clock.advance(Duration.ofMinutes(6));

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void forgedMessageHintIsRefused() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("lti_message_hint", "not-a-jwt");

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void messageHintSignedWithThePlatformRsaKeyIsRefused() throws Exception {
    // A token this platform signed with RS256 (an id_token, say) is not a message hint.
    Map<String, String> p = authRequest(login("user-1"));
    JWTClaimsSet claims = SignedJWT.parse(p.get("lti_message_hint")).getJWTClaimsSet();
    p.put("lti_message_hint", keys.sign(claims));

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void messageHintSignedByAnotherPlatformIsRefused() {
    KeyRing otherKeys = KeyRing.builder(new InMemorySigningKeyStore()).build();
    LaunchInitiator forger =
        new LaunchInitiator(ISSUER, otherKeys, tools, clock, Duration.ofMinutes(5));
    Map<String, String> p = authRequest(forger.initiate(new MessageHint("tool-client-1",
        "deployment-1", "user-1", MessageType.RESOURCE_LINK, REDIRECT, "teach")));

    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @Test
  void messageHintWithAnAlteredPayloadIsRefused() {
    Map<String, String> mine = authRequest(login("user-1"));
    Map<String, String> other = authRequest(login("user-2"));
    String[] parts = mine.get("lti_message_hint").split("\\.", -1);
    mine.put("lti_message_hint",
        parts[0] + "." + other.get("lti_message_hint").split("\\.", -1)[1] + "." + parts[2]);
    mine.put("login_hint", "user-2");

    assertOidcError(authorize(mine, "user-2"), "invalid_request");
  }

  @Test
  void messageHintIsRedeemedByAnotherNodeOverTheSameKeysOnce() {
    // Another node (or this one restarted) derives the same hint secret from the shared keys.
    AuthorizationEndpoint otherNode = new AuthorizationEndpoint(ISSUER,
        KeyRing.builder(keyStore).build(), tools, nonces,
        request -> request.cookie("session").map(s -> s.substring("session-of-".length())),
        (hint, builder) -> builder.roles(Role.LEARNER)
            .resourceLink(ResourceLink.of("link-" + hint.reference(), "Quiz")).build(),
        clock, Duration.ofMinutes(5));
    Map<String, String> p = authRequest(login("user-1"));
    Map<String, String> cookies = Map.of("session", "session-of-user-1");

    LtiResponse first = otherNode.handle(LtiRequest.of("POST", p, cookies));
    assertThat(Forms.fields(first.body())).containsKey("id_token");
    assertOidcError(authorize(p, "user-1"), "invalid_request");
  }

  @ParameterizedTest
  @CsvSource({
    "scope, profile, invalid_scope",
    "response_type, code, unsupported_response_type",
    "response_mode, query, invalid_request",
    "nonce, '', invalid_request",
    "lti_message_hint, '', invalid_request",
  })
  void requestParametersOfTheLtiOidcProfile(String name, String value, String error) {
    Map<String, String> p = authRequest(login("user-1"));
    p.put(name, value);

    assertOidcError(authorize(p, "user-1"), error);
  }

  @Test
  void everyFormValueIsHtmlEscaped() {
    Map<String, String> p = authRequest(login("user-1"));
    p.put("state", "\"><script>alert(1)</script>");

    LtiResponse response = authorize(p, "user-1");

    assertThat(response.body()).doesNotContain("<script>alert(1)</script>")
        .contains("&quot;&gt;&lt;script&gt;");
    assertThat(Forms.fields(response.body())).containsEntry("state", "\"><script>alert(1)</script>");
  }

  @Test
  void issuesDeepLinkingRequests() throws Exception {
    AuthorizationEndpoint deepLinking = new AuthorizationEndpoint(ISSUER, keys, tools,
        new InMemoryNonceStore(clock), request -> Optional.of("user-1"),
        (hint, builder) -> builder.roles(Role.INSTRUCTOR)
            .deepLinking(org.moocinterop.lti.DeepLinkingSettings.of(
                URI.create("https://platform.example.org/dl/return"), List.of("ltiResourceLink"),
                List.of("iframe")))
            .build(),
        clock, Duration.ofMinutes(5));
    ToolLoginRequest login = initiator.initiate(new MessageHint("tool-client-1", "deployment-1",
        "user-1", MessageType.DEEP_LINKING, REDIRECT, "placement-3"));

    LtiResponse response = deepLinking.handle(LtiRequest.of("GET", authRequest(login)));

    JWTClaimsSet claims = SignedJWT.parse(Forms.fields(response.body()).get("id_token"))
        .getJWTClaimsSet();
    assertThat(claims.getStringClaim(LtiClaims.MESSAGE_TYPE)).isEqualTo("LtiDeepLinkingRequest");
    assertThat(claims.getJSONObjectClaim(LtiClaims.DEEP_LINKING_SETTINGS))
        .containsEntry("deep_link_return_url", "https://platform.example.org/dl/return");
  }
}
