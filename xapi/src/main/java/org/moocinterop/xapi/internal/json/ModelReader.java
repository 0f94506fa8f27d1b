package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonArray;
import org.moocinterop.api.json.JsonBoolean;
import org.moocinterop.api.json.JsonNull;
import org.moocinterop.api.json.JsonNumber;
import org.moocinterop.api.json.JsonObject;
import org.moocinterop.api.json.JsonString;
import org.moocinterop.api.json.JsonValue;
import org.moocinterop.api.statement.Account;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.ActivityType;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Attachment;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.ContextActivities;
import org.moocinterop.api.statement.ContextAgent;
import org.moocinterop.api.statement.ContextGroup;
import org.moocinterop.api.statement.Extensions;
import org.moocinterop.api.statement.Group;
import org.moocinterop.api.statement.InteractionComponent;
import org.moocinterop.api.statement.InteractionType;
import org.moocinterop.api.statement.InverseFunctionalIdentifier;
import org.moocinterop.api.statement.LanguageMap;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.MboxSha1Sum;
import org.moocinterop.api.statement.OpenId;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Result;
import org.moocinterop.api.statement.Score;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementObject;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.api.statement.SubStatement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.api.statement.XapiDuration;
import org.moocinterop.xapi.About;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Timestamps;

/**
 * Maps a JSON tree to the statement model. The tree is expected to have passed the validator;
 * anything the model still refuses surfaces as an {@link IllegalArgumentException} (which callers
 * turn into a violation). Immutable and thread-safe.
 */
public final class ModelReader {

  private final XapiVersion version;
  private final IriCache iris = new IriCache();

  public ModelReader(XapiVersion version) {
    this.version = Objects.requireNonNull(version, "version");
  }

  /** A statement object. */
  public Statement statement(JsonNode n) {
    Statement.Builder b = Statement.builder();
    JsonNode v;
    if ((v = n.get("id")) != null) {
      b.id(uuid(v));
    }
    b.actor(actor(required(n, "actor")));
    b.verb(verb(required(n, "verb")));
    b.object(object(required(n, "object")));
    if ((v = n.get("result")) != null) {
      b.result(result(v));
    }
    if ((v = n.get("context")) != null) {
      b.context(context(v));
    }
    if ((v = n.get("timestamp")) != null) {
      b.timestamp(instant(v));
    }
    if ((v = n.get("stored")) != null) {
      b.stored(instant(v));
    }
    if ((v = n.get("authority")) != null) {
      b.authority(actor(v));
    }
    if ((v = n.get("version")) != null) {
      b.version(text(v));
    }
    if ((v = n.get("attachments")) != null) {
      b.attachments(list(v, this::attachment));
    }
    return b.build();
  }

  /** An Agent or a Group. */
  public Actor actor(JsonNode n) {
    JsonNode type = n.get("objectType");
    if (type != null && "Group".equals(type.textValue())) {
      return group(n);
    }
    return agent(n);
  }

  /** An Agent. */
  public Agent agent(JsonNode n) {
    InverseFunctionalIdentifier ifi = ifi(n);
    if (ifi == null) {
      throw new IllegalArgumentException("an agent needs an inverse functional identifier");
    }
    return new Agent(optionalText(n, "name"), ifi);
  }

  /** A Group, identified or anonymous. */
  public Group group(JsonNode n) {
    JsonNode members = n.get("member");
    return new Group(optionalText(n, "name"), Optional.ofNullable(ifi(n)),
        members == null ? List.of() : list(members, this::agent));
  }

  private @Nullable InverseFunctionalIdentifier ifi(JsonNode n) {
    JsonNode v;
    if ((v = n.get("mbox")) != null) {
      return new Mbox(iris.get(text(v)));
    }
    if ((v = n.get("mbox_sha1sum")) != null) {
      return MboxSha1Sum.of(text(v));
    }
    if ((v = n.get("openid")) != null) {
      return new OpenId(iris.get(text(v)));
    }
    if ((v = n.get("account")) != null) {
      return account(v);
    }
    return null;
  }

  /** An account. */
  public Account account(JsonNode n) {
    return new Account(iris.get(text(required(n, "homePage"))), text(required(n, "name")));
  }

  /** A Verb. */
  public Verb verb(JsonNode n) {
    return new Verb(iri(required(n, "id")), optional(n, "display", this::languageMap));
  }

  /** The object of a statement or sub-statement. */
  public StatementObject object(JsonNode n) {
    JsonNode type = n.get("objectType");
    String name = type == null ? "Activity" : text(type);
    return switch (name) {
      case "Activity" -> activity(n);
      case "Agent" -> agent(n);
      case "Group" -> group(n);
      case "StatementRef" -> statementRef(n);
      case "SubStatement" -> subStatement(n);
      default -> throw new IllegalArgumentException("unknown objectType '" + name + "'");
    };
  }

  /** An Activity. */
  public Activity activity(JsonNode n) {
    return new Activity(iri(required(n, "id")), optional(n, "definition", this::definition));
  }

  /** An activity definition. */
  public ActivityDefinition definition(JsonNode n) {
    ActivityDefinition.Builder b = ActivityDefinition.builder();
    JsonNode v;
    if ((v = n.get("name")) != null) {
      b.name(languageMap(v));
    }
    if ((v = n.get("description")) != null) {
      b.description(languageMap(v));
    }
    if ((v = n.get("type")) != null) {
      b.type(ActivityType.of(iri(v)));
    }
    if ((v = n.get("moreInfo")) != null) {
      b.moreInfo(iri(v));
    }
    if ((v = n.get("interactionType")) != null) {
      String wire = text(v);
      b.interactionType(InteractionType.fromWireName(wire).orElseThrow(
          () -> new IllegalArgumentException("unknown interactionType '" + wire + "'")));
    }
    if ((v = n.get("correctResponsesPattern")) != null) {
      b.correctResponsesPattern(list(v, ModelReader::text));
    }
    for (InteractionType.ComponentList list : InteractionType.ComponentList.values()) {
      if ((v = n.get(list.wireName())) != null) {
        b.components(list, list(v, this::component));
      }
    }
    if ((v = n.get("extensions")) != null) {
      b.extensions(extensions(v));
    }
    return b.build();
  }

  /** An interaction component. */
  public InteractionComponent component(JsonNode n) {
    return new InteractionComponent(text(required(n, "id")),
        optional(n, "description", this::languageMap));
  }

  /** A statement reference. */
  public StatementRef statementRef(JsonNode n) {
    return new StatementRef(uuid(required(n, "id")));
  }

  /** A sub-statement. */
  public SubStatement subStatement(JsonNode n) {
    SubStatement.Builder b = SubStatement.builder()
        .actor(actor(required(n, "actor")))
        .verb(verb(required(n, "verb")))
        .object(object(required(n, "object")));
    JsonNode v;
    if ((v = n.get("result")) != null) {
      b.result(result(v));
    }
    if ((v = n.get("context")) != null) {
      b.context(context(v));
    }
    if ((v = n.get("timestamp")) != null) {
      b.timestamp(instant(v));
    }
    if ((v = n.get("attachments")) != null) {
      b.attachments(list(v, this::attachment));
    }
    return b.build();
  }

  /** A result. */
  public Result result(JsonNode n) {
    Result.Builder b = Result.builder();
    JsonNode v;
    if ((v = n.get("score")) != null) {
      b.score(score(v));
    }
    if ((v = n.get("success")) != null) {
      b.success(bool(v));
    }
    if ((v = n.get("completion")) != null) {
      b.completion(bool(v));
    }
    if ((v = n.get("response")) != null) {
      b.response(text(v));
    }
    if ((v = n.get("duration")) != null) {
      b.duration(duration(text(v)));
    }
    if ((v = n.get("extensions")) != null) {
      b.extensions(extensions(v));
    }
    return b.build();
  }

  /** A score. */
  public Score score(JsonNode n) {
    return new Score(decimal(n, "scaled"), decimal(n, "raw"), decimal(n, "min"),
        decimal(n, "max"));
  }

  /** A context. */
  public Context context(JsonNode n) {
    Context.Builder b = Context.builder();
    JsonNode v;
    if ((v = n.get("registration")) != null) {
      b.registration(uuid(v));
    }
    if ((v = n.get("instructor")) != null) {
      b.instructor(actor(v));
    }
    if ((v = n.get("team")) != null) {
      b.team(group(v));
    }
    if ((v = n.get("contextActivities")) != null) {
      b.contextActivities(contextActivities(v));
    }
    if ((v = n.get("revision")) != null) {
      b.revision(text(v));
    }
    if ((v = n.get("platform")) != null) {
      b.platform(text(v));
    }
    if ((v = n.get("language")) != null) {
      b.language(text(v));
    }
    if ((v = n.get("statement")) != null) {
      b.statement(statementRef(v));
    }
    if ((v = n.get("extensions")) != null) {
      b.extensions(extensions(v));
    }
    if ((v = n.get("contextAgents")) != null) {
      b.contextAgents(list(v, this::contextAgent));
    }
    if ((v = n.get("contextGroups")) != null) {
      b.contextGroups(list(v, this::contextGroup));
    }
    return b.build();
  }

  /** Context activities; each list may be a single activity object or an array. */
  public ContextActivities contextActivities(JsonNode n) {
    return new ContextActivities(activities(n.get("parent")), activities(n.get("grouping")),
        activities(n.get("category")), activities(n.get("other")));
  }

  private List<Activity> activities(@Nullable JsonNode n) {
    if (n == null) {
      return List.of();
    }
    return n.isObject() ? List.of(activity(n)) : list(n, this::activity);
  }

  /** A context agent (xAPI 2.0.0). */
  public ContextAgent contextAgent(JsonNode n) {
    return new ContextAgent(agent(required(n, "agent")), relevantTypes(n));
  }

  /** A context group (xAPI 2.0.0). */
  public ContextGroup contextGroup(JsonNode n) {
    return new ContextGroup(group(required(n, "group")), relevantTypes(n));
  }

  private Optional<List<Iri>> relevantTypes(JsonNode n) {
    return optional(n, "relevantTypes", types -> list(types, this::iri));
  }

  /** An attachment. */
  public Attachment attachment(JsonNode n) {
    JsonNode length = required(n, "length");
    if (!length.canConvertToLong()) {
      throw new IllegalArgumentException("attachment length is not an integer");
    }
    return new Attachment(iri(required(n, "usageType")), languageMap(required(n, "display")),
        optional(n, "description", this::languageMap),
        text(required(n, "contentType")), length.longValue(), text(required(n, "sha2")),
        optional(n, "fileUrl", this::iri));
  }

  /** A language map. */
  public LanguageMap languageMap(JsonNode n) {
    objectOf(n);
    Map<String, String> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      entries.put(e.getKey(), text(e.getValue()));
    }
    return LanguageMap.of(entries);
  }

  /** An extensions object; values are kept exactly, numbers with their literal text. */
  public Extensions extensions(JsonNode n) {
    objectOf(n);
    Map<Iri, JsonValue> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : n.properties()) {
      entries.put(iris.get(e.getKey()), json(e.getValue()));
    }
    return Extensions.of(entries);
  }

  /** Any JSON value, as the api's JSON value model. */
  public static JsonValue json(JsonNode n) {
    return switch (n.getNodeType()) {
      case OBJECT -> {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
          members.put(e.getKey(), json(e.getValue()));
        }
        yield JsonObject.of(members);
      }
      case ARRAY -> {
        List<JsonValue> items = new ArrayList<>(n.size());
        for (JsonNode item : n) {
          items.add(json(item));
        }
        yield JsonArray.of(items);
      }
      case STRING -> JsonString.of(n.textValue());
      case BOOLEAN -> JsonBoolean.of(n.booleanValue());
      case NUMBER -> n instanceof LiteralNumberNode literal ? JsonNumber.of(literal.text())
          : n.canConvertToLong() ? JsonNumber.of(n.longValue()) : JsonNumber.of(n.asText());
      case NULL -> JsonNull.INSTANCE;
      default -> throw new IllegalArgumentException("not a JSON value: " + n.getNodeType());
    };
  }

  /** A Person object (Communication 2.4.2). */
  public Person person(JsonNode n) {
    objectOf(n);
    return new Person(listOrEmpty(n.get("name"), ModelReader::text),
        listOrEmpty(n.get("mbox"), v -> new Mbox(iris.get(text(v)))),
        listOrEmpty(n.get("mbox_sha1sum"), v -> MboxSha1Sum.of(text(v))),
        listOrEmpty(n.get("openid"), v -> new OpenId(iris.get(text(v)))),
        listOrEmpty(n.get("account"), this::account));
  }

  /** The About resource (Communication 2.7). */
  public About about(JsonNode n) {
    objectOf(n);
    JsonNode extensions = n.get("extensions");
    return About.of(list(required(n, "version"), ModelReader::text),
        extensions == null ? Extensions.empty() : extensions(extensions));
  }

  /** A StatementResult (Communication 2.1.3); its statements must have been validated. */
  public StatementResult statementResult(JsonNode n) {
    objectOf(n);
    JsonNode more = n.get("more");
    String link = more == null ? "" : text(more);
    return StatementResult.of(list(required(n, "statements"), this::statement),
        link.isEmpty() ? Optional.empty() : Optional.of(link));
  }

  private Optional<BigDecimal> decimal(JsonNode n, String name) {
    JsonNode v = n.get(name);
    if (v == null) {
      return Optional.empty();
    }
    if (!v.isNumber()) {
      throw new IllegalArgumentException("score." + name + " is not a number");
    }
    return Optional.of(v.decimalValue());
  }

  /**
   * ISO 8601 allows a comma as the decimal sign of seconds, which the validator and the model
   * accept: the codec reads it as a full stop (the only change it makes to a duration).
   */
  private static XapiDuration duration(String text) {
    return XapiDuration.parse(text.indexOf(',') < 0 ? text : text.replace(',', '.'));
  }

  private Instant instant(JsonNode n) {
    return Timestamps.parse(text(n), version);
  }

  private static UUID uuid(JsonNode n) {
    return UUID.fromString(text(n));
  }

  private Iri iri(JsonNode n) {
    return iris.get(text(n));
  }

  private static boolean bool(JsonNode n) {
    if (!n.isBoolean()) {
      throw new IllegalArgumentException("not a boolean: " + n);
    }
    return n.booleanValue();
  }

  private static Optional<String> optionalText(JsonNode n, String name) {
    return optional(n, name, ModelReader::text);
  }

  /** Property {@code name} of {@code n} mapped, or empty when absent. */
  private static <T> Optional<T> optional(JsonNode n, String name, Function<JsonNode, T> mapping) {
    JsonNode v = n.get(name);
    return v == null ? Optional.empty() : Optional.of(mapping.apply(v));
  }

  static String text(JsonNode n) {
    String text = n.textValue();
    if (text == null) {
      throw new IllegalArgumentException("not a string: " + n.getNodeType());
    }
    return text;
  }

  private static JsonNode required(JsonNode n, String name) {
    objectOf(n);
    JsonNode v = n.get(name);
    if (v == null) {
      throw new IllegalArgumentException("'" + name + "' is required");
    }
    return v;
  }

  private static void objectOf(JsonNode n) {
    if (!n.isObject()) {
      throw new IllegalArgumentException("not an object: " + n.getNodeType());
    }
  }

  private static <T> List<T> list(JsonNode n, Function<JsonNode, T> item) {
    if (!n.isArray()) {
      throw new IllegalArgumentException("not an array: " + n.getNodeType());
    }
    List<T> items = new ArrayList<>(n.size());
    for (JsonNode element : n) {
      items.add(item.apply(element));
    }
    return items;
  }

  private static <T> List<T> listOrEmpty(@Nullable JsonNode n, Function<JsonNode, T> item) {
    return n == null ? List.of() : list(n, item);
  }
}
