package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.moocinterop.xapi.lrs.TestLrs.rule;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.xapi.XapiVersion;

class AuthenticationRulesTest {

  private final TestLrs lrs = new TestLrs();

  private LrsResponse get(String authorization) {
    return lrs.send(LrsRequest.builder("GET", "/statements").header("Authorization", authorization)
        .header("X-Experience-API-Version", "2.0.0"));
  }

  @Test
  void missingCredentialsAre401WithWwwAuthenticate() {
    LrsResponse response = lrs.send(LrsRequest.builder("GET", "/statements")
        .header("X-Experience-API-Version", "2.0.0"));
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().first("WWW-Authenticate")).contains("Basic realm=\"xAPI\"");
    assertThat(rule(response)).isEqualTo("XAPI-COMM-4.authentication");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic bm90Omtub3du", "Basic !!!", "Basic:cm9iOnBhc3M=", "Bearer abc", "Basic Zm9v"})
  void wrongOrMalformedCredentialsAre401(String authorization) {
    LrsResponse response = get(authorization);
    assertThat(response.status()).isEqualTo(401);
    assertThat(response.headers().contains("WWW-Authenticate")).isTrue();
  }

  @Test
  void aWrongSecretIs401() {
    assertThat(get(TestLrs.basic(TestLrs.KEY, "wrong")).status()).isEqualTo(401);
    assertThat(get(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET)).status()).isEqualTo(200);
  }

  @Test
  void theAuthenticatedPrincipalReachesTheStatementsResourceWithItsAuthority() {
    get(TestLrs.basic(TestLrs.KEY, TestLrs.SECRET));
    LrsPrincipal principal = lrs.statements.last().principal();
    assertThat(principal.key()).isEqualTo(TestLrs.KEY);
    assertThat(principal.institution()).isEqualTo("Example University");
    assertThat(principal.authority().at("/account/name").asText()).isEqualTo(TestLrs.KEY);
  }

  @Test
  void aPrincipalAttachedByTheHostSkipsBasicAuthentication() {
    LrsPrincipal host = TestLrs.credential("sso-user", "unused", Set.of(XapiScope.STATEMENTS_READ)).principal();
    LrsResponse response = lrs.send(LrsRequest.builder("GET", "/statements")
        .header("X-Experience-API-Version", "2.0.0").principal(host));
    assertThat(response.status()).isEqualTo(200);
    assertThat(lrs.statements.last().principal().key()).isEqualTo("sso-user");
  }

  @Test
  void credentialsKeepOnlyAHashOfTheSecret() {
    LrsCredential credential = TestLrs.credential("k", "s3cret-value", Set.of(XapiScope.ALL));
    assertThat(credential.matches("s3cret-value")).isTrue();
    assertThat(credential.matches("s3cret-valuf")).isFalse();
    assertThat(credential.toString()).doesNotContain("s3cret");
  }

  static Stream<Arguments> scopeMatrix() {
    return Stream.of(
        Arguments.of("statements/write", "POST", "/statements", true),
        Arguments.of("statements/write", "GET", "/statements", false),
        Arguments.of("statements/read", "GET", "/statements", true),
        Arguments.of("statements/read", "POST", "/statements", false),
        Arguments.of("statements/read/mine", "GET", "/statements", true),
        Arguments.of("statements/read/mine", "PUT", "/statements", false),
        Arguments.of("all/read", "GET", "/statements", true),
        Arguments.of("all/read", "GET", "/activities/state", true),
        Arguments.of("all/read", "PUT", "/activities/state", false),
        Arguments.of("all/read", "POST", "/statements", false),
        Arguments.of("state", "PUT", "/activities/state", true),
        Arguments.of("state", "PUT", "/activities/profile", false),
        Arguments.of("state", "GET", "/statements", false),
        Arguments.of("profile", "PUT", "/activities/profile", true),
        Arguments.of("profile", "DELETE", "/agents/profile", true),
        Arguments.of("profile", "PUT", "/activities/state", false),
        Arguments.of("define", "GET", "/activities", true),
        Arguments.of("define", "POST", "/statements", false),
        Arguments.of("all", "DELETE", "/activities/state", true),
        Arguments.of("all", "POST", "/statements", true));
  }

  @ParameterizedTest(name = "{0} {1} {2} allowed={3}")
  @MethodSource("scopeMatrix")
  void scopesDecideWhatACredentialMayDoOtherwise403(String scope, String method, String path, boolean allowed) {
    lrs.credentials.add(TestLrs.credential("scoped", "pw", EnumSet.of(XapiScope.parse(scope).orElseThrow())));
    LrsRequest.Builder request = LrsRequest.builder(method, path)
        .header("Authorization", TestLrs.basic("scoped", "pw"))
        .header("X-Experience-API-Version", XapiVersion.V2_0_0.text())
        .header("Content-Type", "application/json")
        .body("{}".getBytes(UTF_8));
    if (path.startsWith("/activities")) {
      request.queryParameter("activityId", TestLrs.ACTIVITY);
    }
    if (path.equals("/activities/state") || path.equals("/agents/profile")) {
      request.queryParameter("agent", TestLrs.AGENT);
    }
    if (path.equals("/activities/state")) {
      request.queryParameter("stateId", "s");
    } else if (path.endsWith("/profile")) {
      request.queryParameter("profileId", "p");
    }
    LrsResponse response = lrs.send(request);
    if (allowed) {
      assertThat(response.status()).as(TestLrs.text(response)).isNotIn(401, 403).isLessThan(405);
    } else {
      assertThat(response.status()).isEqualTo(403);
      assertThat(rule(response)).isEqualTo("XAPI-COMM-4.2.scope");
    }
  }

  @Test
  void scopesParseTheirXapiNames() {
    assertThat(XapiScope.parse("statements/read/mine")).contains(XapiScope.STATEMENTS_READ_MINE);
    assertThat(XapiScope.parse("statements/delete")).isEmpty();
  }
}
