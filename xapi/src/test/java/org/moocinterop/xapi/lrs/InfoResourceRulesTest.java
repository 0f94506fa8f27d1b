package org.moocinterop.xapi.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.xapi.XapiVersion;

class InfoResourceRulesTest {

  private final TestLrs lrs = new TestLrs();

  @Test
  void aboutListsTheServedVersionsAndExtensions() {
    LrsResponse response = lrs.send(LrsRequest.builder("GET", "/about"));
    assertThat(TestLrs.json(response).toString()).isEqualTo("{\"version\":[\"2.0.0\",\"1.0.3\"],\"extensions\":{}}");
    assertThat(response.headers().first("Content-Type")).contains("application/json; charset=utf-8");
  }

  @Test
  void anUnknownActivityIsAMinimalActivityUnder200() {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/activities", XapiVersion.V2_0_0)
        .queryParameter("activityId", "http://never.example/seen"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(TestLrs.json(response).toString())
        .isEqualTo("{\"objectType\":\"Activity\",\"id\":\"http://never.example/seen\"}");
  }

  @Test
  void anUnknownActivityIs404Under103() {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/activities", XapiVersion.V1_0_3)
        .queryParameter("activityId", "http://never.example/seen"));
    assertThat(response.status()).isEqualTo(404);
  }

  @Test
  void aKnownActivityComesFromTheLookup() {
    ObjectNode known = TestLrs.JSON.createObjectNode();
    known.put("objectType", "Activity").put("id", TestLrs.ACTIVITY).putObject("definition")
        .putObject("name").put("en-US", "Course 1");
    XapiLrs withLookup = XapiLrs.builder().credentials(lrs.credentials).documents(new InMemoryDocumentStore())
        .statements(lrs.statements)
        .activities(id -> id.equals(TestLrs.ACTIVITY) ? Optional.of(known) : Optional.empty()).build();
    LrsResponse response = withLookup.handle(TestLrs.request("GET", "/activities", XapiVersion.V1_0_3)
        .queryParameter("activityId", TestLrs.ACTIVITY).build());
    assertThat(TestLrs.json(response)).isEqualTo(known);
  }

  @Test
  void activitiesNeedAnActivityIdIri() {
    assertThat(lrs.send(TestLrs.request("GET", "/activities", XapiVersion.V2_0_0)).status()).isEqualTo(400);
    assertThat(lrs.send(TestLrs.request("GET", "/activities", XapiVersion.V2_0_0)
        .queryParameter("activityId", "true")).status()).isEqualTo(400);
  }

  @Test
  void agentsAnswerAPersonWithArraysOfNamesAndIdentifiers() {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/agents", XapiVersion.V2_0_0)
        .queryParameter("agent", "{\"objectType\":\"Agent\",\"name\":\"Ann\",\"mbox\":\"mailto:ann@example.com\"}"));
    assertThat(response.status()).isEqualTo(200);
    assertThat(TestLrs.json(response).toString())
        .isEqualTo("{\"objectType\":\"Person\",\"name\":[\"Ann\"],\"mbox\":[\"mailto:ann@example.com\"]}");
  }

  @Test
  void agentsAnswerAccountsAsObjects() {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/agents", XapiVersion.V1_0_3)
        .queryParameter("agent", "{\"account\":{\"homePage\":\"http://example.com\",\"name\":\"rick\"}}"));
    assertThat(TestLrs.json(response).at("/account/0/name").asText()).isEqualTo("rick");
  }

  @Test
  void agentsRejectAnAgentWithoutIdentifier() {
    LrsResponse response = lrs.send(TestLrs.request("GET", "/agents", XapiVersion.V2_0_0)
        .queryParameter("agent", "{\"objectType\":\"Agent\"}"));
    assertThat(response.status()).isEqualTo(400);
    assertThat(TestLrs.rule(response)).isEqualTo("XAPI-DATA-2.4.2.1.agent");
  }
}
