package org.moocinterop.xapi.internal.lrs;

import java.time.Clock;
import java.time.Instant;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;
import org.moocinterop.xapi.lrs.StatementsResource;

/**
 * The statements resource of the engine, backed by a {@link StatementStore}: PUT and POST by
 * {@link StatementIntake}, GET by {@link StatementQueries}. Every GET answer, errors included,
 * carries {@code X-Experience-API-Consistent-Through} (xAPI Communication 2.1.3).
 */
public final class StatementsEndpoint implements StatementsResource {

  /** The header naming the instant up to which query results are complete. */
  public static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";

  private final StatementStore store;
  private final StatementIntake intake;
  private final StatementQueries queries;
  private final Responses responses;

  /**
   * @param store where statements live
   * @param clock the time each batch is stamped with
   * @param maxBodyBytes the engine's body cap
   */
  public StatementsEndpoint(StatementStore store, Clock clock, long maxBodyBytes) {
    this.store = store;
    Json json = new Json();
    this.responses = new Responses(json);
    Codecs codecs = new Codecs(maxBodyBytes);
    Authorities authorities = new Authorities(json);
    this.intake = new StatementIntake(store, clock, maxBodyBytes, codecs, authorities, responses, json);
    this.queries = new StatementQueries(store, codecs, authorities, json);
  }

  @Override
  public LrsResponse handle(AuthorizedRequest request) {
    return switch (request.request().method()) {
      case "PUT" -> intake.put(request);
      case "POST" -> intake.post(request);
      case "GET" -> get(request);
      default -> throw new IllegalStateException("the engine routes only GET, PUT and POST here");
    };
  }

  private LrsResponse get(AuthorizedRequest request) {
    Instant consistent = store.consistentThrough();
    LrsResponse response;
    try {
      response = queries.get(request);
    } catch (LrsException e) {
      response = responses.error(e);
    } catch (ValidationException e) {
      response = responses.invalid(e);
    }
    return response.replacingHeader(CONSISTENT_THROUGH, consistent.toString());
  }
}
