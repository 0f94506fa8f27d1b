package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.xapi.XapiVersion;

/** An LRS wired for tests: in-memory stores, a fake statements resource, known credentials. */
final class TestLrs {

  static final String KEY = "lrs-key";
  static final String SECRET = "lrs-secret";
  static final ObjectMapper JSON = new ObjectMapper();
  static final String AGENT = "{\"objectType\":\"Agent\",\"mbox\":\"mailto:learner@example.com\"}";
  static final String ACTIVITY = "http://example.com/activities/course-1";

  final MutableClock clock = MutableClock.atSomeInstant();
  final InMemoryDocumentStore documents = new InMemoryDocumentStore(clock);
  final FakeStatements statements = new FakeStatements();
  final InMemoryLrsCredentialStore credentials = new InMemoryLrsCredentialStore();
  final XapiLrs lrs;

  TestLrs() {
    this(LrsConfig.defaults());
  }

  TestLrs(LrsConfig config) {
    credentials.add(credential(KEY, SECRET, EnumSet.of(XapiScope.ALL)));
    lrs = XapiLrs.builder().config(config).credentials(credentials).documents(documents)
        .statements(statements).build();
  }

  static LrsCredential credential(String key, String secret, Set<XapiScope> scopes) {
    ObjectNode authority = JSON.createObjectNode();
    authority.put("objectType", "Agent").putObject("account")
        .put("homePage", "https://uni.example").put("name", key);
    return LrsCredential.create(key, secret, "Example University", authority, scopes);
  }

  static String basic(String key, String secret) {
    return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(UTF_8));
  }

  /** A request with the test credential and {@code version} in its header. */
  static LrsRequest.Builder request(String method, String path, XapiVersion version) {
    return LrsRequest.builder(method, path).header("Authorization", basic(KEY, SECRET))
        .header("X-Experience-API-Version", version.text());
  }

  LrsResponse send(LrsRequest.Builder request) {
    return lrs.handle(request.build());
  }

  static String text(LrsResponse response) {
    return new String(response.bodyBytes().orElse(new byte[0]), UTF_8);
  }

  static JsonNode json(LrsResponse response) {
    try {
      return JSON.readTree(response.bodyBytes().orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rule named in an error body. */
  static String rule(LrsResponse response) {
    return json(response).path("error").path("rule").asText();
  }

  /** Stands in for the statements resource another module provides; records what reaches it. */
  static final class FakeStatements implements StatementsResource {
    final List<AuthorizedRequest> received = new ArrayList<>();
    final List<byte[]> bodies = new ArrayList<>();

    @Override
    public synchronized LrsResponse handle(AuthorizedRequest request) {
      received.add(request);
      try {
        bodies.add(request.request().body().readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return switch (request.request().method()) {
        case "GET" -> LrsResponse.of(200, "application/json",
            "{\"statements\":[],\"more\":\"\"}".getBytes(UTF_8));
        case "PUT" -> LrsResponse.empty(204);
        default -> LrsResponse.of(200, "application/json", "[]".getBytes(UTF_8));
      };
    }

    synchronized AuthorizedRequest last() {
      return received.get(received.size() - 1);
    }
  }
}
