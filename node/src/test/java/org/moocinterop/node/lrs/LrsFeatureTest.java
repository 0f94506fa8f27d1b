package org.moocinterop.node.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocinterop.node.NodeServer;
import org.moocinterop.xapi.lrs.LrsConfig;

class LrsFeatureTest {

  @TempDir Path data;
  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theLrsIsMountedAtXapiWithTheConfiguredCredential() throws Exception {
    LrsCredentialOption credential = LrsCredentialOption.resolve("alice", "wonder");
    LrsFeature feature = new LrsFeature(credential, LrsStores.inMemory(), LrsConfig.defaults());
    try (NodeServer server = new NodeServer("127.0.0.1", 0, data, List.of(feature))) {
      server.start();
      String base = server.baseUrl() + "/xapi";
      assertThat(send(HttpRequest.newBuilder(URI.create(base + "/about")).build()).statusCode()).isEqualTo(200);
      String basic = "Basic " + Base64.getEncoder().encodeToString("alice:wonder".getBytes(UTF_8));
      String state = base + "/activities/state?activityId=" + URLEncoder.encode("http://example.com/a", UTF_8)
          + "&agent=" + URLEncoder.encode("{\"mbox\":\"mailto:a@example.com\"}", UTF_8) + "&stateId=s";
      HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(state))
          .header("Authorization", basic).header("X-Experience-API-Version", "2.0.0")
          .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"n\":1}"))
          .build());
      assertThat(put.statusCode()).isEqualTo(204);
      HttpResponse<String> get = send(HttpRequest.newBuilder(URI.create(state))
          .header("Authorization", basic).header("X-Experience-API-Version", "2.0.0").build());
      assertThat(get.body()).isEqualTo("{\"n\":1}");
      HttpResponse<String> statements = send(HttpRequest.newBuilder(URI.create(base + "/statements"))
          .header("Authorization", basic).header("X-Experience-API-Version", "2.0.0").build());
      assertThat(statements.statusCode()).isEqualTo(200);
      assertThat(statements.body()).contains("\"statements\":[]");
      assertThat(send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build()).statusCode())
          .isEqualTo(200);
    }
  }

  @Test
  void withoutAPasswordOneIsGeneratedAndShown() {
    LrsCredentialOption generated = LrsCredentialOption.resolve(null, null);
    assertThat(generated.user()).isEqualTo("lrs");
    assertThat(generated.generated()).isTrue();
    assertThat(generated.password()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(generated.describe()).isEqualTo("lrs:" + generated.password());
    assertThat(LrsCredentialOption.resolve(null, null).password()).isNotEqualTo(generated.password());
  }

  @Test
  void aGivenPasswordIsNotEchoed() {
    LrsCredentialOption given = LrsCredentialOption.resolve("bob", "given-secret");
    assertThat(given.generated()).isFalse();
    assertThat(given.describe()).isEqualTo("bob:(password from --lrs-password)");
    assertThat(given.toString()).doesNotContain("given-secret");
  }

  @Test
  void aUserWithAColonIsRefused() {
    assertThatThrownBy(() -> LrsCredentialOption.resolve("a:b", "pw")).isInstanceOf(IllegalArgumentException.class);
  }
}
