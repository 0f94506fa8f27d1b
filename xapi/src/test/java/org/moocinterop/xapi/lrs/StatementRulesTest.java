package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.moocinterop.xapi.lrs.TestLrs.json;
import static org.moocinterop.xapi.lrs.TestLrs.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLDecoder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moocinterop.xapi.XapiVersion;

/** The statements resource (xAPI Communication 2.1), one test per rule, through the HTTP-neutral engine. */
class StatementRulesTest {

  private static final XapiVersion V2 = XapiVersion.V2_0_0;
  private static final XapiVersion V1 = XapiVersion.V1_0_3;
  private final StatementLrs lrs = new StatementLrs();

  private static ObjectNode simple() {
    return StatementLrs.fixture("simple");
  }

  private static ObjectNode voiding(UUID target) {
    ObjectNode voiding = StatementLrs.fixture("other-verb");
    voiding.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided");
    voiding.putObject("object").put("objectType", "StatementRef").put("id", target.toString());
    return voiding;
  }

  // ---- PUT

  @Test
  void putStoresTheStatementUnderStatementIdAndAnswers204() {
    UUID id = UUID.randomUUID();
    assertThat(lrs.put(id, simple(), V2).status()).isEqualTo(204);
    assertThat(lrs.get("statementId", id.toString()).get("id").asText()).isEqualTo(id.toString());
  }

  @Test
  void putWithoutStatementIdIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("PUT", V2).header("Content-Type", "application/json")
        .body(simple().toString().getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.missing-parameter");
  }

  @Test
  void putWhoseBodyIdDiffersFromStatementIdIs400() {
    ObjectNode statement = simple().put("id", UUID.randomUUID().toString());
    LrsResponse response = lrs.put(UUID.randomUUID(), statement, V2);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.1.1.statement-id");
  }

  @Test
  void putOfAnArrayIs400() {
    ArrayNode batch = TestLrs.JSON.createArrayNode().add(simple());
    assertThat(lrs.put(UUID.randomUUID(), batch, V2).status()).isEqualTo(400);
  }

  // ---- POST

  @Test
  void postAnswersTheIdsInOrderAndAssignsMissingOnes() {
    UUID given = UUID.randomUUID();
    ArrayNode batch = TestLrs.JSON.createArrayNode()
        .add(simple().put("id", given.toString())).add(StatementLrs.fixture("other-verb"));
    LrsResponse response = lrs.post(batch, V2);
    assertThat(response.status()).isEqualTo(200);
    JsonNode ids = json(response);
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0).asText()).isEqualTo(given.toString());
    assertThat(lrs.get("statementId", ids.get(1).asText()).path("verb").path("id").asText())
        .isEqualTo("http://adlnet.gov/expapi/verbs/attempted");
  }

  @Test
  void aBatchWithOneInvalidStatementStoresNothing() {
    UUID valid = UUID.randomUUID();
    ObjectNode invalid = StatementLrs.fixture("other-verb");
    invalid.remove("verb");
    ArrayNode batch = TestLrs.JSON.createArrayNode().add(simple().put("id", valid.toString())).add(invalid);
    assertThat(lrs.post(batch, V2).status()).isEqualTo(400);
    assertThat(lrs.store.find(valid)).isEmpty();
  }

  @Test
  void aBatchWithTwoStatementsOfOneIdIs400() {
    String id = UUID.randomUUID().toString();
    ArrayNode batch = TestLrs.JSON.createArrayNode().add(simple().put("id", id))
        .add(StatementLrs.fixture("other-verb").put("id", id));
    LrsResponse response = lrs.post(batch, V2);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-2.1.2.duplicate-id-in-batch");
  }

  @Test
  void postWithAQueryParameterIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("POST", V2).queryParameter("statementId",
        UUID.randomUUID().toString()).header("Content-Type", "application/json")
        .body(simple().toString().getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
  }

  // ---- conflicts

  @Test
  void theSameStatementUnderAnExistingIdIs204() {
    UUID id = UUID.randomUUID();
    lrs.put(id, simple(), V2);
    assertThat(lrs.put(id, simple(), V2).status()).isEqualTo(204);
  }

  @Test
  void aDifferentStatementUnderAnExistingIdIs409AndTheBatchIsNotStored() {
    UUID id = UUID.randomUUID();
    UUID fresh = UUID.randomUUID();
    lrs.put(id, simple(), V2);
    ArrayNode batch = TestLrs.JSON.createArrayNode().add(simple().put("id", fresh.toString()))
        .add(StatementLrs.fixture("other-verb").put("id", id.toString()));
    LrsResponse response = lrs.post(batch, V2);
    assertThat(response.status()).isEqualTo(409);
    assertThat(lrs.store.find(fresh)).isEmpty();
  }

  // ---- properties the LRS sets

  @Test
  void theLrsSetsStoredTimestampAuthorityAndVersion() {
    ObjectNode statement = simple();
    statement.putObject("authority").put("mbox", "mailto:someone-else@example.org");
    UUID id = lrs.store(statement);
    JsonNode stored = lrs.get("statementId", id.toString());
    assertThat(Instant.parse(stored.get("stored").asText())).isBeforeOrEqualTo(lrs.clock.instant());
    assertThat(stored.get("timestamp").asText()).isEqualTo(stored.get("stored").asText());
    assertThat(stored.path("authority").path("account").path("name").asText()).isEqualTo(TestLrs.KEY);
    assertThat(stored.get("version").asText()).isEqualTo("2.0.0");
  }

  @Test
  void aStatementWithoutVersionStoredUnder103GetsVersion100() {
    LrsResponse response = lrs.post(simple(), V1);
    String id = json(response).get(0).asText();
    assertThat(lrs.store.find(UUID.fromString(id)).orElseThrow().version()).contains("1.0.0");
  }

  // ---- GET by id

  @Test
  void getByStatementIdAnswersTheStatementWithLastModifiedAndConsistentThrough() {
    UUID id = lrs.store(simple());
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", id.toString()));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.headers().first("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(response.headers().first("Last-Modified")).isPresent();
    assertThat(response.headers().first("X-Experience-API-Consistent-Through")).isPresent();
  }

  @Test
  void getByStatementIdAcceptsOnlyFormatAndAttachmentsBesideIt() {
    UUID id = lrs.store(simple());
    LrsResponse ok = lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", id.toString())
        .queryParameter("format", "ids").queryParameter("attachments", "false"));
    assertThat(ok.status()).isEqualTo(200);
    LrsResponse extra = lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", id.toString())
        .queryParameter("verb", "http://adlnet.gov/expapi/verbs/completed"));
    assertThat(extra.status()).isEqualTo(400);
  }

  @Test
  void getWithStatementIdAndVoidedStatementIdIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2)
        .queryParameter("statementId", UUID.randomUUID().toString())
        .queryParameter("voidedStatementId", UUID.randomUUID().toString()));
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void anUnknownStatementIdIs404WithConsistentThrough() {
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2)
        .queryParameter("statementId", UUID.randomUUID().toString()));
    assertThat(response.status()).isEqualTo(404);
    assertThat(response.headers().first("X-Experience-API-Consistent-Through")).isPresent();
  }

  @Test
  void anUnknownQueryParameterIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2).queryParameter("Verb", "http://x.org/v"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-COMM-3.2.unknown-parameter");
    assertThat(response.headers().first("X-Experience-API-Consistent-Through")).isPresent();
  }

  @Test
  void headAnswersHeadersWithoutABody() {
    UUID id = lrs.store(simple());
    LrsResponse response = lrs.send(TestLrs.request("HEAD", "/statements", V2).queryParameter("statementId", id.toString()));
    assertThat(response.status()).isEqualTo(200);
    assertThat(response.bodyBytes()).isEmpty();
    assertThat(response.headers().first("X-Experience-API-Consistent-Through")).isPresent();
  }

  // ---- voiding

  @Test
  void aVoidedStatementIsFoundOnlyByVoidedStatementId() {
    UUID target = lrs.store(simple());
    lrs.store(voiding(target));
    assertThat(lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", target.toString()))
        .status()).isEqualTo(404);
    assertThat(lrs.get("voidedStatementId", target.toString()).get("id").asText()).isEqualTo(target.toString());
    assertThat(ids(lrs.get("verb", "http://adlnet.gov/expapi/verbs/completed"))).doesNotContain(target);
  }

  @Test
  void aVoidingStatementCannotTargetAVoidingStatement() {
    UUID target = lrs.store(simple());
    UUID firstVoiding = lrs.store(voiding(target));
    LrsResponse response = lrs.post(voiding(firstVoiding), V2);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-2.3.2.voiding-target");
  }

  @Test
  void aVoidingStatementWhoseTargetIsUnknownIsAccepted() {
    assertThat(lrs.post(voiding(UUID.randomUUID()), V2).status()).isEqualTo(200);
  }

  // ---- queries

  @Test
  void theAgentVerbActivityAndRegistrationFiltersMatch() {
    UUID simple = lrs.store(simple());
    lrs.store(StatementLrs.fixture("other-verb"));
    assertThat(ids(lrs.get("agent", "{\"mbox\":\"mailto:ada@example.org\"}"))).containsExactly(simple);
    assertThat(ids(lrs.get("verb", "http://adlnet.gov/expapi/verbs/completed"))).containsExactly(simple);
    assertThat(ids(lrs.get("activity", "http://example.org/course/1"))).containsExactly(simple);
    assertThat(ids(lrs.get("registration", "ec531277-b57b-4c15-8d91-d292c5b2b8f7"))).containsExactly(simple);
  }

  @Test
  void anInvalidAgentParameterIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2).queryParameter("agent", "{\"mbox\":\"ada\"}"));
    assertThat(response.status()).isEqualTo(400);
  }

  @Test
  void relatedActivitiesAndRelatedAgentsWidenTheFilters() {
    UUID simple = lrs.store(simple());
    assertThat(ids(lrs.get("activity", "http://example.org/programme"))).isEmpty();
    LrsResponse related = lrs.send(StatementLrs.request("GET", V2)
        .queryParameter("activity", "http://example.org/programme").queryParameter("related_activities", "true"));
    assertThat(ids(json(related))).containsExactly(simple);
    LrsResponse agents = lrs.send(StatementLrs.request("GET", V2)
        .queryParameter("agent", "{\"mbox\":\"mailto:teacher@example.org\"}").queryParameter("related_agents", "true"));
    assertThat(ids(json(agents))).containsExactly(simple);
  }

  @Test
  void sinceUntilAndAscendingOrderByStored() {
    UUID first = lrs.store(simple());
    Instant between = lrs.clock.instant();
    UUID second = lrs.store(simple());
    assertThat(ids(lrs.get("since", between.toString()))).containsExactly(second);
    assertThat(ids(lrs.get("until", between.toString()))).containsExactly(first);
    assertThat(ids(lrs.get("ascending", "true"))).containsExactly(first, second);
    assertThat(ids(lrs.get("ascending", "false"))).containsExactly(second, first);
  }

  @Test
  void aBooleanParameterOtherThanTrueOrFalseIs400() {
    assertThat(lrs.send(StatementLrs.request("GET", V2).queryParameter("ascending", "yes")).status()).isEqualTo(400);
  }

  @Test
  void pagesFollowTheMoreLinkAndStayStableWhileStatementsArrive() {
    List<UUID> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      stored.add(lrs.store(simple()));
    }
    List<UUID> seen = new ArrayList<>();
    LrsResponse page = lrs.send(StatementLrs.request("GET", V2).queryParameter("limit", "2"));
    while (true) {
      JsonNode result = json(page);
      seen.addAll(ids(result));
      String more = result.path("more").asText();
      if (more.isEmpty()) {
        break;
      }
      assertThat(more).startsWith("statements?");
      lrs.store(simple()); // arrives between pages; a newest-first query never shows it
      page = lrs.send(follow(more));
    }
    Collections.reverse(stored);
    assertThat(seen).containsExactlyElementsOf(stored);
  }

  @Test
  void aForgedCursorIs400() {
    assertThat(lrs.send(StatementLrs.request("GET", V2).queryParameter("cursor", "abc")).status()).isEqualTo(400);
  }

  @Test
  void theIdsFormatKeepsOnlyIdentifiers() {
    UUID id = lrs.store(simple());
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", id.toString())
        .queryParameter("format", "ids"));
    JsonNode statement = json(response);
    assertThat(statement.path("actor").has("name")).isFalse();
    assertThat(statement.path("verb").has("display")).isFalse();
    assertThat(statement.path("object").has("definition")).isFalse();
  }

  @Test
  void theCanonicalFormatKeepsTheLanguageAcceptLanguagePrefers() {
    UUID id = lrs.store(simple());
    LrsResponse response = lrs.send(StatementLrs.request("GET", V2).queryParameter("statementId", id.toString())
        .queryParameter("format", "canonical").header("Accept-Language", "fr, en;q=0.5"));
    JsonNode name = json(response).path("object").path("definition").path("name");
    assertThat(name.size()).isEqualTo(1);
    assertThat(name.path("fr").asText()).isEqualTo("Cours un");
  }

  @Test
  void anUnknownFormatIs400() {
    assertThat(lrs.send(StatementLrs.request("GET", V2).queryParameter("format", "full")).status()).isEqualTo(400);
  }

  @Test
  void theReadMineScopeSeesOnlyStatementsItsCredentialStored() {
    UUID byA = UUID.fromString(json(lrs.send(asWriter("writer-a", "POST").header("Content-Type", "application/json")
        .body(simple().toString().getBytes(UTF_8)))).get(0).asText());
    UUID byB = UUID.fromString(json(lrs.send(asWriter("writer-b", "POST").header("Content-Type", "application/json")
        .body(simple().toString().getBytes(UTF_8)))).get(0).asText());
    assertThat(ids(json(lrs.send(asWriter("writer-a", "GET"))))).containsExactly(byA);
    assertThat(lrs.send(asWriter("writer-a", "GET").queryParameter("statementId", byB.toString())).status())
        .isEqualTo(404);
    assertThat(ids(json(lrs.send(StatementLrs.request("GET", V2))))).containsExactlyInAnyOrder(byA, byB);
  }

  @Test
  void aJsonBodyWithAnAttachmentLackingFileUrlIs400() {
    ObjectNode statement = simple();
    statement.putArray("attachments").addObject().put("usageType", "http://example.org/usage")
        .put("contentType", "text/plain").put("length", 5)
        .put("sha2", "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824")
        .putObject("display").put("en", "greeting");
    LrsResponse response = lrs.post(statement, V2);
    assertThat(response.status()).isEqualTo(400);
    assertThat(rule(response)).isEqualTo("XAPI-DATA-2.4.11.attachment-part");
  }

  @Test
  void aStatementBodyOfAnotherContentTypeIs400() {
    LrsResponse response = lrs.send(StatementLrs.request("POST", V2).header("Content-Type", "text/plain")
        .body(simple().toString().getBytes(UTF_8)));
    assertThat(response.status()).isEqualTo(400);
  }

  private static LrsRequest.Builder asWriter(String key, String method) {
    return LrsRequest.builder(method, "/statements").header("Authorization", TestLrs.basic(key, "pw"))
        .header("X-Experience-API-Version", "2.0.0");
  }

  /** The request a client makes for a relative more link, resolved against the statements URL. */
  private static LrsRequest.Builder follow(String more) {
    URI uri = URI.create("https://lrs.example/xapi/statements").resolve(more);
    assertThat(uri.getPath()).isEqualTo("/xapi/statements");
    LrsRequest.Builder request = StatementLrs.request("GET", V2);
    for (String pair : uri.getRawQuery().split("&", -1)) {
      int eq = pair.indexOf('=');
      request.queryParameter(URLDecoder.decode(pair.substring(0, eq), UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), UTF_8));
    }
    return request;
  }

  private static List<UUID> ids(JsonNode result) {
    List<UUID> ids = new ArrayList<>();
    result.path("statements").forEach(s -> ids.add(UUID.fromString(s.get("id").asText())));
    return ids;
  }
}
