package org.moocinterop.node;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} on its default H2 file database: a statement posted can be read back. */
class ServeCommandTest {

  @TempDir Path data;
  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void serveStoresStatementsInTheH2DatabaseUnderData() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String[] args = {"serve", "--host", "127.0.0.1", "--port", String.valueOf(port), "--data",
        data.toString(), "--lrs-user", "tester", "--lrs-password", "secret"};
    Thread serve = new Thread(() -> Main.run(args), "serve-under-test");
    serve.setDaemon(true);
    serve.start();
    try {
      String base = "http://127.0.0.1:" + port + "/xapi";
      awaitReady(base + "/about");
      String basic = "Basic " + Base64.getEncoder().encodeToString("tester:secret".getBytes(UTF_8));
      String statement = "{\"actor\":{\"mbox\":\"mailto:ada@example.org\"},"
          + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
          + "\"object\":{\"id\":\"http://example.org/course/1\"}}";
      HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create(base + "/statements"))
          .header("Authorization", basic).header("X-Experience-API-Version", "2.0.0")
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).as(post.body()).isEqualTo(200);
      String id = post.body().replaceAll("[\\[\\]\"]", "");
      HttpResponse<String> get = client.send(HttpRequest.newBuilder(
              URI.create(base + "/statements?statementId=" + id))
          .header("Authorization", basic).header("X-Experience-API-Version", "2.0.0").build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.body()).contains(id).contains("\"name\":\"tester\"");
      assertThat(Files.exists(data.resolve("mooc-interop.mv.db"))).isTrue();
    } finally {
      serve.interrupt();
      serve.join(30_000);
    }
  }

  private void awaitReady(String url) throws Exception {
    for (int attempt = 0; attempt < 600; attempt++) {
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("serve did not start");
  }
}
