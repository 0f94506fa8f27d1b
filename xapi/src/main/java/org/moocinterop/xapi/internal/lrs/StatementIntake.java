package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.moocinterop.api.spi.StatementConflict;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.spi.StatementWrite;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;

/**
 * PUT and POST {@code /statements} (xAPI Communication 2.1.1, 2.1.2): reads and validates the
 * statements, completes them ({@code id}, {@code stored}, {@code authority},
 * {@code version}), checks the voiding rules and signatures, and stores the batch all or nothing.
 */
final class StatementIntake {

  private final StatementStore store;
  private final Clock clock;
  private final long maxBodyBytes;
  private final Codecs codecs;
  private final Authorities authorities;
  private final Responses responses;
  private final Json json;

  StatementIntake(StatementStore store, Clock clock, long maxBodyBytes, Codecs codecs,
      Authorities authorities, Responses responses, Json json) {
    this.store = store;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.codecs = codecs;
    this.authorities = authorities;
    this.responses = responses;
    this.json = json;
  }

  /** PUT: one statement under the {@code statementId} parameter; 204. */
  LrsResponse put(AuthorizedRequest call) {
    Params params = Params.of(call.request().query(), Set.of("statementId"));
    UUID id = Values.uuid("statementId", params.required("statementId", "2.1.1"));
    IncomingStatements incoming = read(call);
    if (incoming.array() || incoming.statements().size() != 1) {
      throw Rules.badRequest(Rules.STATEMENT_BODY, "2.1.1", "a PUT stores exactly one statement object");
    }
    Statement statement = incoming.statements().get(0);
    if (statement.id().isPresent() && !statement.id().get().equals(id)) {
      throw Rules.badRequest(Rules.STATEMENT_ID, "2.1.1",
          "the statement's id differs from the statementId parameter");
    }
    store(call, List.of(statement.toBuilder().id(id).build()), incoming);
    return LrsResponse.empty(204);
  }

  /** POST: one statement or a batch; 200 with the ids in order. */
  LrsResponse post(AuthorizedRequest call) {
    Params.of(call.request().query(), Set.of());
    IncomingStatements incoming = read(call);
    List<Statement> statements = new ArrayList<>();
    for (Statement s : incoming.statements()) {
      statements.add(s.id().isPresent() ? s : s.toBuilder().id(UUID.randomUUID()).build());
    }
    List<Statement> stored = store(call, statements, incoming);
    ArrayNode ids = json.mapper().createArrayNode();
    stored.forEach(s -> ids.add(s.id().orElseThrow().toString()));
    return responses.json(200, ids);
  }

  private IncomingStatements read(AuthorizedRequest call) {
    return IncomingStatements.read(call.request(), codecs.of(call.version()), maxBodyBytes);
  }

  private List<Statement> store(AuthorizedRequest call, List<Statement> statements,
      IncomingStatements incoming) {
    XapiJson codec = codecs.of(call.version());
    for (Statement statement : statements) {
      SignedStatements.check(statement, incoming.payloads(), codec);
    }
    requireDistinctIds(statements);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Actor authority = authorities.of(call.principal());
    List<Statement> completed = new ArrayList<>(statements.size());
    for (Statement s : statements) {
      // A missing timestamp stays missing in the store, so that the statement sent again compares
      // as the same statement (Data 2.3.1); answers show it as stored (Output).
      Statement.Builder b = s.toBuilder().stored(now).authority(authority);
      if (s.version().isEmpty()) {
        b.version(call.version() == XapiVersion.V2_0_0 ? "2.0.0" : "1.0.0");
      }
      completed.add(b.build());
    }
    requireValidVoiding(completed);
    StatementWrite write = store.store(completed, incoming.payloads());
    if (write instanceof StatementWrite.Conflicted conflicted) {
      StatementConflict first = conflicted.conflicts().get(0);
      throw new LrsException(409, Rules.STATEMENT_CONFLICT, "xAPI-Data 2.3.1",
          "statement " + first.given().id().map(UUID::toString).orElse("")
              + " is already stored with different content; statements are immutable");
    }
    return completed;
  }

  private static void requireDistinctIds(List<Statement> statements) {
    Set<UUID> seen = new HashSet<>();
    for (Statement s : statements) {
      if (!seen.add(s.id().orElseThrow())) {
        throw Rules.badRequest(Rules.DUPLICATE_ID, "2.1.2",
            "the batch holds two statements with id " + s.id().orElseThrow());
      }
    }
  }

  /**
   * A voiding statement must not target a voiding statement (Data 2.3.2); a target that cannot
   * be found is not an error (the LRS need not find it).
   */
  private void requireValidVoiding(List<Statement> batch) {
    Map<UUID, Statement> byId = new HashMap<>();
    batch.forEach(s -> byId.put(s.id().orElseThrow(), s));
    for (Statement s : batch) {
      if (!s.isVoiding() || !(s.object() instanceof StatementRef ref)) {
        continue;
      }
      Optional<Statement> target = Optional.ofNullable(byId.get(ref.id()))
          .or(() -> store.find(ref.id()))
          .or(() -> store.findVoided(ref.id()));
      if (target.isPresent() && target.get().isVoiding()) {
        throw Rules.badData(Rules.VOIDING_TARGET, "2.3.2",
            "statement " + s.id().orElseThrow() + " voids " + ref.id()
                + ", which is itself a voiding statement; voiding statements cannot be voided");
      }
    }
  }
}
