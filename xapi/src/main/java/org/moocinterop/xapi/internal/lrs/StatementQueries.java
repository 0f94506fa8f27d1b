package org.moocinterop.xapi.internal.lrs;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.moocinterop.api.Iri;
import org.moocinterop.api.spi.StatementCursor;
import org.moocinterop.api.spi.StatementPage;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Group;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;

/**
 * GET {@code /statements} (xAPI Communication 2.1.3): one statement by {@code statementId} or
 * {@code voidedStatementId}, or a page of a filtered query with a {@code more} link that carries
 * a keyset cursor, so pages stay stable while statements are added.
 */
final class StatementQueries {

  /** The largest page, also what {@code limit=0} asks for. */
  static final int MAX_LIMIT = 500;
  /** The parameter of a {@code more} link that holds the cursor. */
  static final String CURSOR = "cursor";

  private static final Set<String> SINGLE = Set.of("statementId", "voidedStatementId", "format",
      "attachments");
  private static final Set<String> QUERY = Set.of("agent", "verb", "activity", "registration",
      "related_activities", "related_agents", "since", "until", "limit", "format", "attachments",
      "ascending", CURSOR);
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private final StatementStore store;
  private final Codecs codecs;
  private final Authorities authorities;
  private final Json json;

  StatementQueries(StatementStore store, Codecs codecs, Authorities authorities, Json json) {
    this.store = store;
    this.codecs = codecs;
    this.authorities = authorities;
    this.json = json;
  }

  LrsResponse get(AuthorizedRequest call) {
    Map<String, List<String>> query = call.request().query();
    if (query.containsKey("statementId") || query.containsKey("voidedStatementId")) {
      return single(call, Params.of(query, SINGLE));
    }
    return page(call, Params.of(query, QUERY));
  }

  private LrsResponse single(AuthorizedRequest call, Params params) {
    if (params.has("statementId") && params.has("voidedStatementId")) {
      throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3",
          "give statementId or voidedStatementId, not both");
    }
    boolean voided = params.has("voidedStatementId");
    String name = voided ? "voidedStatementId" : "statementId";
    UUID id = Values.uuid(name, params.required(name, "2.1.3"));
    Output output = output(call, params);
    Optional<Statement> found = voided ? store.findVoided(id) : store.find(id);
    if (!call.principal().readsAllStatements()) {
      Actor mine = authorities.of(call.principal());
      found = found.filter(s -> s.authority().map(mine::equals).orElse(false));
    }
    Statement statement = found.orElseThrow(() -> new LrsException(404, Rules.NOT_FOUND,
        "xAPI-Communication 2.1.3", (voided ? "no voided statement " : "no statement ") + id
            + (voided ? "" : " (or it is voided: use voidedStatementId)")));
    LrsResponse response = output.single(statement);
    return statement.stored().map(s -> response.replacingHeader("Last-Modified", HTTP_DATE.format(s)))
        .orElse(response);
  }

  private LrsResponse page(AuthorizedRequest call, Params params) {
    StatementQuery.Builder q = StatementQuery.builder();
    params.optional("agent").ifPresent(text -> q.agent(agent(text)));
    params.optional("verb").ifPresent(v -> q.verb(Iri.of(Values.iri("verb", v))));
    params.optional("activity").ifPresent(a -> q.activity(Iri.of(Values.iri("activity", a))));
    params.optional("registration").ifPresent(r -> q.registration(Values.uuid("registration", r)));
    q.relatedAgents(bool(params, "related_agents"));
    q.relatedActivities(bool(params, "related_activities"));
    q.ascending(bool(params, "ascending"));
    params.optional("since").ifPresent(s -> q.since(Values.timestamp("since", s)));
    params.optional("until").ifPresent(u -> q.until(Values.timestamp("until", u)));
    q.limit(limit(params));
    params.optional(CURSOR).ifPresent(c -> q.after(cursor(c)));
    if (!call.principal().readsAllStatements()) {
      q.authority(authorities.of(call.principal()));
    }
    Output output = output(call, params);
    StatementPage page = store.query(q.build());
    Optional<String> more = page.next().map(next -> moreLink(call, next));
    LrsResponse response = output.result(StatementResult.of(page.statements(), more));
    Instant lastModified = page.statements().stream().map(s -> s.stored().orElse(Instant.EPOCH))
        .max(Comparator.naturalOrder()).orElseGet(store::consistentThrough);
    return response.replacingHeader("Last-Modified", HTTP_DATE.format(lastModified));
  }

  private Actor agent(String text) {
    Actor actor = authorities.actor(json.parse(text).orElseThrow(() -> Rules.badData(
        Rules.AGENT_PARAMETER, "2.4.2", "parameter 'agent' must be an Agent or identified Group as JSON")));
    if (actor instanceof Group g && g.ifi().isEmpty()) {
      throw Rules.badData(Rules.AGENT_PARAMETER, "2.4.2",
          "parameter 'agent' cannot be an anonymous Group");
    }
    return actor;
  }

  private static boolean bool(Params params, String name) {
    Optional<String> value = params.optional(name);
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3",
          "parameter '" + name + "' must be true or false");
    };
  }

  private static int limit(Params params) {
    Optional<String> value = params.optional("limit");
    if (value.isEmpty()) {
      return StatementQuery.DEFAULT_LIMIT;
    }
    int limit;
    try {
      limit = Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3",
          "parameter 'limit' must be a non-negative integer");
    }
    if (limit < 0) {
      throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3",
          "parameter 'limit' must be a non-negative integer");
    }
    return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
  }

  private static StatementCursor cursor(String token) {
    try {
      return StatementCursor.parse(token);
    } catch (IllegalArgumentException e) {
      throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3",
          "parameter 'cursor' is not a more link this LRS gave");
    }
  }

  /** A relative URL of the next page: the same parameters with the cursor of the next page. */
  private static String moreLink(AuthorizedRequest call, StatementCursor next) {
    StringBuilder link = new StringBuilder(
        call.request().path().endsWith("/") ? "../statements?" : "statements?");
    call.request().query().forEach((name, values) -> {
      if (!name.equals(CURSOR)) {
        values.forEach(v -> link.append(encode(name)).append('=').append(encode(v)).append('&'));
      }
    });
    return link.append(CURSOR).append('=').append(next.encode()).toString();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private Output output(AuthorizedRequest call, Params params) {
    Format format;
    try {
      format = Format.fromParameter(params.optional("format").orElse("exact"));
    } catch (IllegalArgumentException e) {
      throw Rules.badRequest(Rules.PARAMETER_VALUE, "2.1.3", "parameter 'format' must be exact, ids or canonical");
    }
    XapiJson codec = codecs.of(call.version());
    List<Locale> languages = languages(call.request().headers().first("Accept-Language"));
    return new Output(codec, format, languages, bool(params, "attachments"), store);
  }

  private static List<Locale> languages(Optional<String> header) {
    if (header.isEmpty() || header.get().isBlank()) {
      return List.of();
    }
    try {
      List<Locale> locales = new ArrayList<>();
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(header.get())) {
        if (!range.getRange().equals("*") && range.getWeight() > 0) {
          locales.add(Locale.forLanguageTag(range.getRange()));
        }
      }
      return List.copyOf(locales);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
  }
}
