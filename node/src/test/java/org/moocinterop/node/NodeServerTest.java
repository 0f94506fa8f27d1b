package org.moocinterop.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeServerTest {

  @TempDir Path data;

  @Test
  void healthAnswersOnALoopbackPort() throws Exception {
    try (NodeServer server = new NodeServer("127.0.0.1", 0, data, List.of())) {
      server.start();
      assertThat(server.port()).isPositive();
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(server.baseUrl() + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/json"));
      assertThat(response.body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  @Test
  void anUnknownCommandFails() {
    assertThat(Main.run("no-such-command")).isNotZero();
  }

  @Test
  void helpSucceeds() {
    assertThat(Main.run("--help")).isZero();
  }
}
