package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.moocinterop.xapi.lrs.TestLrs.rule;
import static org.moocinterop.xapi.lrs.TestLrs.text;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.spi.StoredDocument;
import org.moocinterop.xapi.XapiVersion;

class DocumentRulesTest {

  /** The three document resources and the parameters that address one document in each. */
  enum Kind {
    STATE("/activities/state", "stateId"),
    ACTIVITY_PROFILE("/activities/profile", "profileId"),
    AGENT_PROFILE("/agents/profile", "profileId");

    final String path;
    final String idName;

    Kind(String path, String idName) {
      this.path = path;
      this.idName = idName;
    }

    LrsRequest.Builder scope(String method, XapiVersion version) {
      LrsRequest.Builder request = TestLrs.request(method, path, version);
      if (this != AGENT_PROFILE) {
        request.queryParameter("activityId", TestLrs.ACTIVITY);
      }
      if (this != ACTIVITY_PROFILE) {
        request.queryParameter("agent", TestLrs.AGENT);
      }
      return request;
    }

    LrsRequest.Builder one(String method, XapiVersion version, String id) {
      return scope(method, version).queryParameter(idName, id);
    }
  }

  private static final XapiVersion V2 = XapiVersion.V2_0_0;
  private static final XapiVersion V1 = XapiVersion.V1_0_3;
  private final TestLrs lrs = new TestLrs();

  private LrsResponse write(LrsRequest.Builder request, String contentType, String body) {
    return lrs.send(request.header("Content-Type", contentType).body(body.getBytes(UTF_8)));
  }

  private String etag(Kind kind, String id) {
    return lrs.send(kind.one("GET", V2, id)).headers().first("ETag").orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aPutDocumentIsReturnedWithItsContentTypeQuotedSha1EtagAndLastModified(Kind kind) {
    assertThat(write(kind.one("PUT", V2, "d"), "text/plain; charset=utf-8", "hello").status()).isEqualTo(204);
    LrsResponse got = lrs.send(kind.one("GET", V2, "d"));
    assertThat(got.status()).isEqualTo(200);
    assertThat(text(got)).isEqualTo("hello");
    assertThat(got.headers().first("Content-Type")).contains("text/plain; charset=utf-8");
    assertThat(got.headers().first("ETag"))
        .contains("\"" + StoredDocument.etagOf("hello".getBytes(UTF_8)) + "\"")
        .hasValueSatisfying(tag -> assertThat(tag).matches("\"[0-9a-f]{40}\""));
    assertThat(got.headers().first("Last-Modified")).contains("Thu, 15 Jan 2026 10:00:00 GMT");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void aMissingDocumentIs404(Kind kind) {
    assertThat(lrs.send(kind.one("GET", V2, "none")).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @CsvSource({"STATE, 2.0.0", "STATE, 1.0.3", "ACTIVITY_PROFILE, 2.0.0", "ACTIVITY_PROFILE, 1.0.3",
      "AGENT_PROFILE, 2.0.0", "AGENT_PROFILE, 1.0.3"})
  void ifMatchWithAWrongEtagIs412OnPutPostAndDelete(Kind kind, String versionText) {
    XapiVersion version = XapiVersion.parseHeader(versionText).orElseThrow();
    write(kind.one("PUT", version, "d").header("If-None-Match", "*"), "application/json", "{\"a\":1}");
    assertThat(write(kind.one("PUT", version, "d").header("If-Match", "\"1234\""), "application/json", "{}")
        .status()).isEqualTo(412);
    assertThat(write(kind.one("POST", version, "d").header("If-Match", "\"1234\""), "application/json", "{\"b\":2}")
        .status()).isEqualTo(412);
    LrsResponse delete = lrs.send(kind.one("DELETE", version, "d").header("If-Match", "\"1234\""));
    assertThat(delete.status()).isEqualTo(412);
    assertThat(rule(delete)).isEqualTo("XAPI-COMM-3.1.precondition-failed");
    assertThat(text(lrs.send(kind.one("GET", version, "d")))).isEqualTo("{\"a\":1}");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ifMatchWithTheCurrentEtagAllowsPutPostAndDelete(Kind kind) {
    write(kind.one("PUT", V2, "d"), "application/json", "{\"a\":1}");
    assertThat(write(kind.one("PUT", V2, "d").header("If-Match", etag(kind, "d")), "application/json",
        "{\"a\":2}").status()).isEqualTo(204);
    assertThat(write(kind.one("POST", V2, "d").header("If-Match", etag(kind, "d")), "application/json",
        "{\"b\":3}").status()).isEqualTo(204);
    assertThat(TestLrs.json(lrs.send(kind.one("GET", V2, "d"))).toString()).isEqualTo("{\"a\":2,\"b\":3}");
    assertThat(lrs.send(kind.one("DELETE", V2, "d").header("If-Match", etag(kind, "d"))).status()).isEqualTo(204);
    assertThat(lrs.send(kind.one("GET", V2, "d")).status()).isEqualTo(404);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ifMatchOnAMissingDocumentIs412(Kind kind) {
    assertThat(write(kind.one("PUT", V2, "d").header("If-Match", "*"), "application/json", "{}").status())
        .isEqualTo(412);
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void ifNoneMatchStarCreatesOnlyAndIs412WhenTheDocumentExists(Kind kind) {
    assertThat(write(kind.one("PUT", V1, "d").header("If-None-Match", "*"), "application/json", "{}").status())
        .isEqualTo(204);
    assertThat(write(kind.one("PUT", V1, "d").header("If-None-Match", "*"), "application/json", "{\"x\":1}")
        .status()).isEqualTo(412);
    assertThat(write(kind.one("POST", V1, "d").header("If-None-Match", "*"), "application/json", "{\"x\":1}")
        .status()).isEqualTo(412);
    assertThat(text(lrs.send(kind.one("GET", V1, "d")))).isEqualTo("{}");
  }

  @ParameterizedTest
  @CsvSource({"STATE, 2.0.0", "ACTIVITY_PROFILE, 2.0.0", "ACTIVITY_PROFILE, 1.0.3", "AGENT_PROFILE, 2.0.0",
      "AGENT_PROFILE, 1.0.3"})
  void aPutWithoutPreconditionsOnAnExistingDocumentIs409(Kind kind, String versionText) {
    XapiVersion version = XapiVersion.parseHeader(versionText).orElseThrow();
    write(kind.one("PUT", version, "d").header("If-None-Match", "*"), "application/json", "{\"a\":1}");
    LrsResponse conflict = write(kind.one("PUT", version, "d"), "application/json", "{\"a\":2}");
    assertThat(conflict.status()).isEqualTo(409);
    assertThat(rule(conflict)).isEqualTo("XAPI-COMM-3.1.put-without-precondition");
    assertThat(TestLrs.json(conflict).at("/error/message").asText()).contains("If-Match");
    assertThat(text(lrs.send(kind.one("GET", version, "d")))).isEqualTo("{\"a\":1}");
  }

  @Test
  void aStatePutWithoutPreconditionsOverwritesUnder103() {
    write(Kind.STATE.one("PUT", V1, "d"), "application/json", "{\"a\":1}");
    assertThat(write(Kind.STATE.one("PUT", V1, "d"), "application/json", "{\"a\":2}").status()).isEqualTo(204);
    assertThat(text(lrs.send(Kind.STATE.one("GET", V1, "d")))).isEqualTo("{\"a\":2}");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void postMergesTopLevelFieldsOfJsonObjects(Kind kind) {
    write(kind.one("POST", V2, "d"), "application/json", "{\"car\":\"Honda\",\"deep\":{\"a\":1,\"b\":2}}");
    assertThat(write(kind.one("POST", V2, "d"), "application/json; charset=utf-8",
        "{\"type\":\"Civic\",\"deep\":{\"c\":3}}").status()).isEqualTo(204);
    assertThat(TestLrs.json(lrs.send(kind.one("GET", V2, "d"))).toString())
        .isEqualTo("{\"car\":\"Honda\",\"deep\":{\"c\":3},\"type\":\"Civic\"}");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void postOfANewDocumentStoresItAsIs(Kind kind) {
    write(kind.one("POST", V2, "d"), "text/plain", "plain words");
    assertThat(text(lrs.send(kind.one("GET", V2, "d")))).isEqualTo("plain words");
  }

  @ParameterizedTest
  @CsvSource({"application/json, '{\"a\":1}', not/json, abcdefg",
      "application/octet-stream, '/ asdf / undefined', application/json, '{\"a\":1}'",
      "application/json, '{\"a\":1}', application/x-www-form-urlencoded, abc"})
  void postMergeOfANonJsonDocumentIs400AndChangesNothing(
      String storedType, String stored, String postedType, String posted) {
    write(Kind.STATE.one("PUT", V2, "d"), storedType, stored);
    LrsResponse response = write(Kind.STATE.one("POST", V2, "d"), postedType, posted);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.2.json-merge");
    assertThat(text(lrs.send(Kind.STATE.one("GET", V2, "d")))).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1}{", "[1,2]", "\"text\"", "{\"a\":1,\"a\":2}"})
  void postOfJsonThatIsNotAnObjectIs400(String posted) {
    write(Kind.ACTIVITY_PROFILE.one("POST", V2, "d"), "application/json", "{\"a\":1}");
    LrsResponse response = write(Kind.ACTIVITY_PROFILE.one("POST", V2, "d"), "application/json", posted);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.2.invalid-json");
  }

  @Test
  void deleteWithoutStateIdDeletesEveryStateOfTheScope() {
    write(Kind.STATE.one("PUT", V2, "a"), "application/json", "{}");
    write(Kind.STATE.one("PUT", V2, "b"), "application/json", "{}");
    String registration = UUID.randomUUID().toString();
    write(Kind.STATE.one("PUT", V2, "c").queryParameter("registration", registration), "application/json", "{}");
    assertThat(lrs.send(Kind.STATE.scope("DELETE", V2)).status()).isEqualTo(204);
    assertThat(TestLrs.json(lrs.send(Kind.STATE.scope("GET", V2))).size()).isZero();
    assertThat(TestLrs.json(lrs.send(Kind.STATE.scope("GET", V2).queryParameter("registration", registration)))
        .toString()).isEqualTo("[\"c\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ACTIVITY_PROFILE", "AGENT_PROFILE"})
  void deleteOfAProfileNeedsItsProfileId(Kind kind) {
    LrsResponse response = lrs.send(kind.scope("DELETE", V2));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.missing-parameter");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void getWithoutIdListsIdsWrittenAfterSince(Kind kind) {
    write(kind.one("PUT", V2, "old"), "application/json", "{}");
    Instant between = lrs.clock.instant();
    lrs.clock.advance(Duration.ofMinutes(1));
    write(kind.one("PUT", V2, "new"), "application/json", "{}");
    assertThat(TestLrs.json(lrs.send(kind.scope("GET", V2))).toString()).isEqualTo("[\"old\",\"new\"]");
    assertThat(TestLrs.json(lrs.send(kind.scope("GET", V2).queryParameter("since", between.toString())))
        .toString()).isEqualTo("[\"new\"]");
    assertThat(TestLrs.json(lrs.send(kind.scope("GET", V2).queryParameter("since", "2026-01-15T11:00:30+01:00")))
        .toString()).isEqualTo("[\"new\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not a timestamp", "2026-01-15", "2026-01-15T10:00:00", "true"})
  void sinceMustBeATimestamp(String since) {
    LrsResponse response = lrs.send(Kind.STATE.scope("GET", V2).queryParameter("since", since));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-4.timestamp");
  }

  @ParameterizedTest
  @ValueSource(strings = {"not JSON", "true", "[]", "{}", "{\"mbox\":\"learner@example.com\"}",
      "{\"mbox\":\"mailto:a@example.com\",\"openid\":\"http://id.example\"}",
      "{\"objectType\":\"Group\",\"mbox\":\"mailto:a@example.com\"}",
      "{\"account\":{\"name\":\"rick\"}}",
      "{\"account\":{\"homePage\":\"http://example.com\",\"name\":\"r\",\"extra\":1}}",
      "{\"mbox_sha1sum\":\"xyz\"}", "{\"mbox\":\"mailto:a@example.com\",\"nickname\":\"a\"}",
      "{\"mbox\":\"mailto:a@example.com\",\"mbox\":\"mailto:b@example.com\"}"})
  void badAgentJsonIs400NamingTheRule(String agent) {
    LrsResponse response = write(TestLrs.request("PUT", "/agents/profile", V2)
        .queryParameter("agent", agent).queryParameter("profileId", "p"), "application/json", "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-2.4.2.1.agent");
    assertThat(TestLrs.json(response).at("/error/message").asText()).contains("parameter 'agent'");
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void requiredParametersAreRequired(Kind kind) {
    LrsResponse response = write(TestLrs.request("PUT", kind.path, V2), "application/json", "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.missing-parameter");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "not an iri", "example.com/activity"})
  void activityIdMustBeAnIri(String activityId) {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/activities/profile", V2)
        .queryParameter("activityId", activityId));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-4.iri");
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "1234", "7f0b1a42-2b39-4d5c-9a4a-1c3d2e5f6a7"})
  void registrationMustBeAUuid(String registration) {
    LrsResponse response = write(Kind.STATE.one("PUT", V2, "d").queryParameter("registration", registration),
        "application/json", "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-4.uuid");
  }

  @Test
  void registrationsSeparateStates() {
    String registration = UUID.randomUUID().toString();
    write(Kind.STATE.one("PUT", V2, "d").queryParameter("registration", registration), "application/json", "{}");
    assertThat(lrs.send(Kind.STATE.one("GET", V2, "d")).status()).isEqualTo(404);
    assertThat(lrs.send(Kind.STATE.one("GET", V2, "d").queryParameter("registration", registration)).status())
        .isEqualTo(200);
  }

  @Test
  void theSameAgentWrittenDifferentlyAddressesTheSameDocuments() {
    write(Kind.AGENT_PROFILE.one("PUT", V2, "p"), "application/json", "{}");
    LrsResponse response = lrs.send(TestLrs.request("GET", "/agents/profile", V2)
        .queryParameter("agent", "{\"name\":\"Learner\",\"mbox\":\"mailto:learner@example.com\"}")
        .queryParameter("profileId", "p"));
    assertThat(response.status()).isEqualTo(200);
  }

  @Test
  void documentsOfUnknownActivitiesAndAgentsAreAccepted() {
    LrsResponse response = write(TestLrs.request("PUT", "/activities/state", V2)
        .queryParameter("activityId", "http://never.example/" + UUID.randomUUID())
        .queryParameter("agent", "{\"account\":{\"homePage\":\"http://x.example\",\"name\":\"nobody\"}}")
        .queryParameter("stateId", "s"), "application/json", "{}");
    assertThat(response.status()).isEqualTo(204);
  }

  @Test
  void lastModifiedFollowsEveryWrite() {
    write(Kind.STATE.one("POST", V2, "d"), "application/json", "{\"a\":1}");
    lrs.clock.advance(Duration.ofSeconds(90));
    write(Kind.STATE.one("POST", V2, "d"), "application/json", "{\"b\":1}");
    assertThat(lrs.send(Kind.STATE.one("GET", V2, "d")).headers().first("Last-Modified"))
        .contains("Thu, 15 Jan 2026 10:01:30 GMT");
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"ACTIVITY_PROFILE", "AGENT_PROFILE"})
  void under103AProfilePutWithoutPreconditionsCreatingADocumentIs400(Kind kind) {
    LrsResponse response = write(kind.one("PUT", V1, "new"), "application/json", "{}");
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.1.precondition-required");
    assertThat(lrs.send(kind.one("GET", V1, "new")).status()).isEqualTo(404);
  }
}
