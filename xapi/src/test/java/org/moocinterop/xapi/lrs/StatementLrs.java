package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.UUID;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.api.memory.InMemoryStatementStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.xapi.XapiVersion;

/** An LRS with the library's statements resource on an in-memory store and a clock under test control. */
final class StatementLrs {

  final MutableClock clock = MutableClock.atSomeInstant();
  final InMemoryStatementStore store = new InMemoryStatementStore(clock, Duration.ZERO);
  final InMemoryLrsCredentialStore credentials = new InMemoryLrsCredentialStore();
  final XapiLrs lrs;

  StatementLrs() {
    credentials.add(TestLrs.credential(TestLrs.KEY, TestLrs.SECRET, EnumSet.of(XapiScope.ALL)));
    credentials.add(TestLrs.credential("writer-a", "pw", EnumSet.of(XapiScope.STATEMENTS_WRITE,
        XapiScope.STATEMENTS_READ_MINE)));
    credentials.add(TestLrs.credential("writer-b", "pw", EnumSet.of(XapiScope.STATEMENTS_WRITE,
        XapiScope.STATEMENTS_READ_MINE)));
    lrs = XapiLrs.builder().credentials(credentials).documents(new InMemoryDocumentStore(clock))
        .statementStore(store).clock(clock).build();
  }

  static ObjectNode fixture(String name) {
    try (InputStream in = Objects.requireNonNull(
        StatementLrs.class.getResourceAsStream("/lrs/statements/" + name + ".json"), name)) {
      return (ObjectNode) TestLrs.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LrsRequest.Builder request(String method, XapiVersion version) {
    return TestLrs.request(method, "/statements", version);
  }

  LrsResponse send(LrsRequest.Builder request) {
    clock.advance(Duration.ofMillis(5));
    return lrs.handle(request.build());
  }

  LrsResponse post(JsonNode body, XapiVersion version) {
    return send(request("POST", version).header("Content-Type", "application/json")
        .body(body.toString().getBytes(UTF_8)));
  }

  LrsResponse put(UUID id, JsonNode body, XapiVersion version) {
    return send(request("PUT", version).queryParameter("statementId", id.toString())
        .header("Content-Type", "application/json").body(body.toString().getBytes(UTF_8)));
  }

  /** Posts one statement and returns its id. */
  UUID store(JsonNode statement) {
    LrsResponse response = post(statement, XapiVersion.V2_0_0);
    if (response.status() != 200) {
      throw new AssertionError("POST answered " + response.status() + ": " + TestLrs.text(response));
    }
    return UUID.fromString(TestLrs.json(response).get(0).asText());
  }

  JsonNode get(String name, String value) {
    LrsResponse response = send(request("GET", XapiVersion.V2_0_0).queryParameter(name, value));
    if (response.status() != 200) {
      throw new AssertionError("GET answered " + response.status() + ": " + TestLrs.text(response));
    }
    return TestLrs.json(response);
  }
}
