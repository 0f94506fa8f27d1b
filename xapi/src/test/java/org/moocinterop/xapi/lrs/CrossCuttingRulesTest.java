package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.xapi.lrs.TestLrs.request;
import static org.moocinterop.xapi.lrs.TestLrs.rule;
import static org.moocinterop.xapi.lrs.TestLrs.text;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.xapi.XapiVersion;

class CrossCuttingRulesTest {

  private final TestLrs lrs = new TestLrs();

  private static LrsRequest.Builder withoutVersion(String method, String path) {
    return LrsRequest.builder(method, path).header("Authorization", TestLrs.basic(TestLrs.KEY, TestLrs.SECRET));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/statements", "/activities/state", "/activities/profile", "/agents/profile",
      "/activities", "/agents"})
  void versionHeaderIsRequiredOnEveryResourceButAbout(String path) {
    LrsResponse response = lrs.send(withoutVersion("GET", path));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.3.version-header");
    assertThat(response.headers().first("X-Experience-API-Version")).contains("2.0.0");
  }

  @Test
  void aboutNeedsNeitherVersionHeaderNorCredentials() {
    LrsResponse response = lrs.send(LrsRequest.builder("GET", "/about"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(TestLrs.json(response).path("version").toString()).isEqualTo("[\"2.0.0\",\"1.0.3\"]");
  }

  @ParameterizedTest
  @CsvSource({"2.0.0, 2.0.0", "2.0, 2.0.0", "2.0.4, 2.0.0", "1.0.3, 1.0.3", "1.0.0, 1.0.3", "1.0, 1.0.3"})
  void versionNegotiationAnswersInTheServedVersion(String header, String answered) {
    LrsResponse response = lrs.send(withoutVersion("GET", "/statements")
        .header("X-Experience-API-Version", header));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("X-Experience-API-Version")).contains(answered);
    assertThat(lrs.statements.last().version().text()).isEqualTo(answered);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.95", "0.9", "2.1.0", "3.0.0", "1.1", "BAD", ""})
  void versionNegotiationRejectsVersionsNotServed(String header) {
    LrsResponse response = lrs.send(withoutVersion("GET", "/statements")
        .header("X-Experience-API-Version", header));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.3.version-header");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0.3", "1.0.0", "2.1.0"})
  void versionNegotiationOfA200OnlyLrsRejectsOtherVersions(String header) {
    TestLrs only2 = new TestLrs(LrsConfig.defaults().withVersions(EnumSet.of(XapiVersion.V2_0_0)));
    LrsResponse response = only2.send(withoutVersion("GET", "/statements")
        .header("X-Experience-API-Version", header));
    assertThat(response.status()).isEqualTo(400);
    assertThat(TestLrs.json(only2.send(LrsRequest.builder("GET", "/about"))).path("version").toString())
        .isEqualTo("[\"2.0.0\"]");
  }

  @Test
  void versionNegotiationAnnouncesTheConfiguredVersionWhenTheClientNamesNone() {
    TestLrs announces103 = new TestLrs(LrsConfig.defaults().withAnnouncedVersion(XapiVersion.V1_0_3));
    LrsResponse response = announces103.send(withoutVersion("GET", "/statements"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.headers().first("X-Experience-API-Version")).contains("1.0.3");
  }

  @Test
  void unknownParametersAreRejected() {
    LrsResponse response = lrs.send(request("GET", "/activities/state", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("agent", TestLrs.AGENT)
        .queryParameter("StateId", "s"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.2.unknown-parameter");
  }

  @Test
  void repeatedParametersAreRejected() {
    LrsResponse response = lrs.send(request("GET", "/activities", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("activityId", TestLrs.ACTIVITY));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.2.repeated-parameter");
  }

  @Test
  void headIsAnsweredLikeGetWithoutBody() {
    lrs.send(request("PUT", "/activities/profile", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("profileId", "p")
        .header("Content-Type", "application/json").body("{\"a\":1}".getBytes(UTF_8)));
    LrsRequest.Builder get = request("GET", "/activities/profile", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("profileId", "p");
    LrsResponse got = lrs.send(get);
    LrsResponse head = lrs.send(request("HEAD", "/activities/profile", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("profileId", "p"));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.headers().asMap()).isEqualTo(got.headers().asMap());
    assertThat(head.body()).isInstanceOf(LrsResponse.None.class);
    assertThat(lrs.send(LrsRequest.builder("HEAD", "/about")).status()).isEqualTo(200);
  }

  @Test
  void headOnStatementsReachesTheResourceAsGet() {
    LrsResponse head = lrs.send(request("HEAD", "/statements", XapiVersion.V2_0_0));
    assertThat(head.status()).isEqualTo(200);
    assertThat(head.bodyBytes()).isEmpty();
    assertThat(lrs.statements.last().request().method()).isEqualTo("GET");
  }

  @Test
  void corsPreflightIsAnsweredWithoutCredentials() {
    LrsResponse response = lrs.send(LrsRequest.builder("OPTIONS", "/statements")
        .header("Origin", "https://content.example")
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, x-experience-api-version"));
    assertThat(response.status()).isEqualTo(204);
    assertThat(response.headers().first("Access-Control-Allow-Origin")).contains("https://content.example");
    assertThat(response.headers().first("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization", "X-Experience-API-Version", "If-Match");
    assertThat(response.headers().first("Access-Control-Allow-Methods").orElseThrow()).contains("POST", "PUT");
  }

  @Test
  void corsHeadersMarkAnswersToAllowedOriginsErrorsIncluded() {
    LrsResponse ok = lrs.send(request("GET", "/statements", XapiVersion.V2_0_0).header("Origin", "https://a.example"));
    assertThat(ok.headers().first("Access-Control-Allow-Origin")).contains("https://a.example");
    assertThat(ok.headers().first("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
    LrsResponse error = lrs.send(LrsRequest.builder("GET", "/statements").header("Origin", "https://a.example"));
    assertThat(error.headers().first("Access-Control-Allow-Origin")).contains("https://a.example");
  }

  @Test
  void corsHeadersAreWithheldFromOriginsNotAllowed() {
    TestLrs strict = new TestLrs(LrsConfig.defaults().withAllowedOrigins(List.of("https://ok.example")));
    LrsResponse response = strict.send(request("GET", "/statements", XapiVersion.V2_0_0)
        .header("Origin", "https://evil.example"));
    assertThat(response.headers().contains("Access-Control-Allow-Origin")).isFalse();
  }

  @Test
  void bodyCapAnswers413WhileStreaming() {
    TestLrs small = new TestLrs(LrsConfig.defaults().withMaxBodyBytes(16));
    LrsResponse response = small.send(request("PUT", "/activities/state", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("agent", TestLrs.AGENT)
        .queryParameter("stateId", "s").body(new byte[17]));
    assertThat(response.status()).isEqualTo(413);
    assertThat(rule(response)).isEqualTo("LRS.body-size-cap");
    assertThat(small.send(request("GET", "/activities/state", XapiVersion.V2_0_0)
        .queryParameter("activityId", TestLrs.ACTIVITY).queryParameter("agent", TestLrs.AGENT)
        .queryParameter("stateId", "s")).status()).isEqualTo(404);
  }

  @Test
  void bodyCapAnswers413OnADeclaredLengthBeforeReading() {
    TestLrs small = new TestLrs(LrsConfig.defaults().withMaxBodyBytes(16));
    InputStream never = new InputStream() {
      @Override
      public int read() {
        throw new AssertionError("an oversized declared body must not be read");
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        throw new AssertionError("an oversized declared body must not be read");
      }
    };
    LrsResponse response = small.send(request("POST", "/statements", XapiVersion.V2_0_0)
        .header("Content-Length", "1000000").body(never));
    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void bodyCapAppliesToTheStatementsResource() {
    TestLrs small = new TestLrs(LrsConfig.defaults().withMaxBodyBytes(4));
    LrsResponse response = small.send(request("POST", "/statements", XapiVersion.V2_0_0).body(new byte[5]));
    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void unknownPathsAre404() {
    LrsResponse response = lrs.send(request("GET", "/nothing", XapiVersion.V2_0_0));
    assertThat(response.status()).isEqualTo(404);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.2.not-found");
  }

  @Test
  void methodsAResourceDoesNotAnswerAre405WithAllow() {
    LrsResponse response = lrs.send(request("DELETE", "/statements", XapiVersion.V2_0_0));
    assertThat(response.status()).isEqualTo(405);
    assertThat(response.headers().first("Allow")).contains("GET, HEAD, OPTIONS, POST, PUT");
  }

  @Test
  void validationExceptionsOfTheStatementsResourceAre400ListingEveryViolation() {
    XapiLrs failing = XapiLrs.builder().credentials(lrs.credentials).documents(new InMemoryDocumentStore())
        .statements(request -> {
          throw new ValidationException(List.of(
              Violation.of("XAPI-DATA-2.4.3.a", "xAPI-Data 2.4.3", "/verb", "verb is missing"),
              Violation.of("XAPI-DATA-2.4.2.a", "xAPI-Data 2.4.2", "/actor", "actor is missing")));
        }).build();
    LrsResponse response = failing.handle(request("POST", "/statements", XapiVersion.V2_0_0).build());
    assertThat(response.status()).isEqualTo(400);
    assertThat(TestLrs.json(response).at("/error/violations/1/pointer").asText()).isEqualTo("/actor");
  }

  @Test
  void failuresOfTheLrsAre500WithoutDetails() {
    XapiLrs failing = XapiLrs.builder().credentials(lrs.credentials).documents(new InMemoryDocumentStore())
        .statements(request -> {
          throw new IllegalStateException("secret internal detail");
        }).build();
    LrsResponse response = failing.handle(request("GET", "/statements", XapiVersion.V2_0_0).build());
    assertThat(response.status()).isEqualTo(500);
    assertThat(text(response)).doesNotContain("secret internal detail").doesNotContain("Exception");
  }

  @Test
  void theEngineRequiresAStatementsResource() {
    assertThatThrownBy(() -> XapiLrs.builder().credentials(lrs.credentials)
        .documents(new InMemoryDocumentStore()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("StatementsResource");
  }
}
