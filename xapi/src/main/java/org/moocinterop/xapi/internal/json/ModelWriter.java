package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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
import org.moocinterop.xapi.internal.FastTimestamps;
import org.moocinterop.xapi.About;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;

/**
 * Writes the statement model to a {@link JsonGenerator} in one of the output formats, property by
 * property, without building a tree. Immutable and thread-safe.
 */
public final class ModelWriter {

  /** {@code values()} copies its array on every call; the reader uses this one too. */
  static final InteractionType.ComponentList[] COMPONENT_LISTS =
      InteractionType.ComponentList.values();

  // field names and objectType values, encoded once
  private static final SerializedString ID = new SerializedString("id");
  private static final SerializedString ACTOR = new SerializedString("actor");
  private static final SerializedString VERB = new SerializedString("verb");
  private static final SerializedString OBJECT = new SerializedString("object");
  private static final SerializedString RESULT = new SerializedString("result");
  private static final SerializedString CONTEXT = new SerializedString("context");
  private static final SerializedString TIMESTAMP = new SerializedString("timestamp");
  private static final SerializedString STORED = new SerializedString("stored");
  private static final SerializedString AUTHORITY = new SerializedString("authority");
  private static final SerializedString VERSION = new SerializedString("version");
  private static final SerializedString ATTACHMENTS = new SerializedString("attachments");
  private static final SerializedString STATEMENTS = new SerializedString("statements");
  private static final SerializedString MORE = new SerializedString("more");
  private static final SerializedString OBJECT_TYPE = new SerializedString("objectType");
  private static final SerializedString NAME = new SerializedString("name");
  private static final SerializedString MEMBER = new SerializedString("member");
  private static final SerializedString MBOX = new SerializedString("mbox");
  private static final SerializedString MBOX_SHA1SUM = new SerializedString("mbox_sha1sum");
  private static final SerializedString OPENID = new SerializedString("openid");
  private static final SerializedString ACCOUNT = new SerializedString("account");
  private static final SerializedString HOME_PAGE = new SerializedString("homePage");
  private static final SerializedString DISPLAY = new SerializedString("display");
  private static final SerializedString DEFINITION = new SerializedString("definition");
  private static final SerializedString DESCRIPTION = new SerializedString("description");
  private static final SerializedString TYPE = new SerializedString("type");
  private static final SerializedString MORE_INFO = new SerializedString("moreInfo");
  private static final SerializedString INTERACTION_TYPE = new SerializedString("interactionType");
  private static final SerializedString CORRECT_RESPONSES_PATTERN = new SerializedString("correctResponsesPattern");
  private static final SerializedString SCORE = new SerializedString("score");
  private static final SerializedString SUCCESS = new SerializedString("success");
  private static final SerializedString COMPLETION = new SerializedString("completion");
  private static final SerializedString RESPONSE = new SerializedString("response");
  private static final SerializedString DURATION = new SerializedString("duration");
  private static final SerializedString EXTENSIONS = new SerializedString("extensions");
  private static final SerializedString SCALED = new SerializedString("scaled");
  private static final SerializedString RAW = new SerializedString("raw");
  private static final SerializedString MIN = new SerializedString("min");
  private static final SerializedString MAX = new SerializedString("max");
  private static final SerializedString REGISTRATION = new SerializedString("registration");
  private static final SerializedString INSTRUCTOR = new SerializedString("instructor");
  private static final SerializedString TEAM = new SerializedString("team");
  private static final SerializedString CONTEXT_ACTIVITIES = new SerializedString("contextActivities");
  private static final SerializedString REVISION = new SerializedString("revision");
  private static final SerializedString PLATFORM = new SerializedString("platform");
  private static final SerializedString LANGUAGE = new SerializedString("language");
  private static final SerializedString STATEMENT = new SerializedString("statement");
  private static final SerializedString CONTEXT_AGENTS = new SerializedString("contextAgents");
  private static final SerializedString CONTEXT_GROUPS = new SerializedString("contextGroups");
  private static final SerializedString AGENT = new SerializedString("agent");
  private static final SerializedString GROUP = new SerializedString("group");
  private static final SerializedString RELEVANT_TYPES = new SerializedString("relevantTypes");
  private static final SerializedString PARENT = new SerializedString("parent");
  private static final SerializedString GROUPING = new SerializedString("grouping");
  private static final SerializedString CATEGORY = new SerializedString("category");
  private static final SerializedString OTHER = new SerializedString("other");
  private static final SerializedString USAGE_TYPE = new SerializedString("usageType");
  private static final SerializedString CONTENT_TYPE = new SerializedString("contentType");
  private static final SerializedString LENGTH = new SerializedString("length");
  private static final SerializedString SHA2 = new SerializedString("sha2");
  private static final SerializedString FILE_URL = new SerializedString("fileUrl");
  private static final SerializedString TYPE_AGENT = new SerializedString("Agent");
  private static final SerializedString TYPE_GROUP = new SerializedString("Group");
  private static final SerializedString TYPE_ACTIVITY = new SerializedString("Activity");
  private static final SerializedString TYPE_STATEMENT_REF = new SerializedString("StatementRef");
  private static final SerializedString TYPE_SUB_STATEMENT = new SerializedString("SubStatement");
  private static final SerializedString TYPE_CONTEXT_AGENT = new SerializedString("contextAgent");
  private static final SerializedString TYPE_CONTEXT_GROUP = new SerializedString("contextGroup");
  private static final SerializedString TYPE_PERSON = new SerializedString("Person");

  /** The exact format, as a module serializer uses it. */
  public static final ModelWriter EXACT = new ModelWriter(Format.EXACT, List.of());

  private final Format format;
  private final List<Locale> languages;

  /**
   * @param languages the preferred languages, best first, for {@link Format#CANONICAL}
   */
  public ModelWriter(Format format, List<Locale> languages) {
    this.format = Objects.requireNonNull(format, "format");
    this.languages = List.copyOf(languages);
  }

  /** A statement. */
  public void statement(Statement s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (s.id().isPresent()) {
      string(ID, s.id().get().toString(), g);
    }
    core(s.actor(), s.verb(), s.object(), s.result(), s.context(), g);
    instant(TIMESTAMP, s.timestamp(), g);
    instant(STORED, s.stored(), g);
    if (s.authority().isPresent()) {
      g.writeFieldName(AUTHORITY);
      actor(s.authority().get(), g);
    }
    string(VERSION, s.version(), g);
    attachments(s.attachments(), g);
    g.writeEndObject();
  }

  /** Statements as a JSON array. */
  public void statements(List<Statement> statements, JsonGenerator g) throws IOException {
    g.writeStartArray();
    for (Statement s : statements) {
      statement(s, g);
    }
    g.writeEndArray();
  }

  /** A StatementResult; {@code more} is written as an empty string when absent. */
  public void statementResult(StatementResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(STATEMENTS);
    statements(r.statements(), g);
    string(MORE, r.more().orElse(""), g);
    g.writeEndObject();
  }

  /** The object of a statement or sub-statement. */
  public void object(StatementObject o, JsonGenerator g) throws IOException {
    if (o instanceof Activity a) {
      activity(a, g);
    } else if (o instanceof Actor a) {
      actor(a, g);
    } else if (o instanceof StatementRef r) {
      statementRef(r, g);
    } else {
      subStatement((SubStatement) o, g);
    }
  }

  /** An Agent or Group. */
  public void actor(Actor a, JsonGenerator g) throws IOException {
    if (a instanceof Agent agent) {
      agent(agent, g);
    } else {
      group((Group) a, g);
    }
  }

  /** An Agent. */
  public void agent(Agent a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_AGENT);
    if (format != Format.IDS && a.name().isPresent()) {
      string(NAME, a.name().get(), g);
    }
    ifi(a.ifi(), g);
    g.writeEndObject();
  }

  /** A Group. */
  public void group(Group group, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_GROUP);
    boolean ids = format == Format.IDS;
    if (!ids && group.name().isPresent()) {
      string(NAME, group.name().get(), g);
    }
    if (group.ifi().isPresent()) {
      ifi(group.ifi().get(), g);
    }
    if (!group.members().isEmpty() && (!ids || group.isAnonymous())) {
      g.writeFieldName(MEMBER);
      g.writeStartArray();
      for (Agent member : group.members()) {
        agent(member, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void ifi(InverseFunctionalIdentifier ifi, JsonGenerator g) throws IOException {
    if (ifi instanceof Mbox m) {
      string(MBOX, m.iri().value(), g);
    } else if (ifi instanceof MboxSha1Sum s) {
      string(MBOX_SHA1SUM, s.value(), g);
    } else if (ifi instanceof OpenId o) {
      string(OPENID, o.iri().value(), g);
    } else {
      g.writeFieldName(ACCOUNT);
      account((Account) ifi, g);
    }
  }

  /** An account. */
  public static void account(Account a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(HOME_PAGE, a.homePage().value(), g);
    string(NAME, a.name(), g);
    g.writeEndObject();
  }

  /** A Verb. */
  public void verb(Verb v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(ID, v.id().value(), g);
    if (format != Format.IDS && v.display().isPresent()) {
      g.writeFieldName(DISPLAY);
      filteredLanguageMap(v.display().get(), g);
    }
    g.writeEndObject();
  }

  /** An Activity. */
  public void activity(Activity a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (format != Format.IDS) {
      // objectType is optional for an Activity; the ids format keeps only the id, as the ADL suite
      // checks for the object of a sub-statement (XAPI-00171).
      g.writeFieldName(OBJECT_TYPE);
      g.writeString(TYPE_ACTIVITY);
    }
    string(ID, a.id().value(), g);
    if (format != Format.IDS && a.definition().isPresent()) {
      g.writeFieldName(DEFINITION);
      definition(a.definition().get(), g);
    }
    g.writeEndObject();
  }

  /** An activity definition. */
  public void definition(ActivityDefinition d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (d.name().isPresent()) {
      g.writeFieldName(NAME);
      filteredLanguageMap(d.name().get(), g);
    }
    if (d.description().isPresent()) {
      g.writeFieldName(DESCRIPTION);
      filteredLanguageMap(d.description().get(), g);
    }
    if (d.type().isPresent()) {
      string(TYPE, d.type().get().id().value(), g);
    }
    if (d.moreInfo().isPresent()) {
      string(MORE_INFO, d.moreInfo().get().value(), g);
    }
    if (d.interactionType().isPresent()) {
      string(INTERACTION_TYPE, d.interactionType().get().wireName(), g);
    }
    if (d.correctResponsesPattern().isPresent()) {
      g.writeFieldName(CORRECT_RESPONSES_PATTERN);
      strings(d.correctResponsesPattern().get(), pattern -> pattern, g);
    }
    for (InteractionType.ComponentList list : COMPONENT_LISTS) {
      List<InteractionComponent> components = d.components(list);
      if (!components.isEmpty()) {
        g.writeArrayFieldStart(list.wireName());
        for (InteractionComponent c : components) {
          component(c, g);
        }
        g.writeEndArray();
      }
    }
    extensions(EXTENSIONS, d.extensions(), g);
    g.writeEndObject();
  }

  /** An interaction component. */
  public void component(InteractionComponent c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(ID, c.id(), g);
    if (c.description().isPresent()) {
      g.writeFieldName(DESCRIPTION);
      filteredLanguageMap(c.description().get(), g);
    }
    g.writeEndObject();
  }

  /** A statement reference. */
  public void statementRef(StatementRef r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_STATEMENT_REF);
    string(ID, r.id().toString(), g);
    g.writeEndObject();
  }

  /** The members a statement and a sub-statement share: actor, verb, object, result, context. */
  private void core(Actor actor, Verb verb, StatementObject object, Optional<Result> result,
      Optional<Context> context, JsonGenerator g) throws IOException {
    g.writeFieldName(ACTOR);
    actor(actor, g);
    g.writeFieldName(VERB);
    verb(verb, g);
    g.writeFieldName(OBJECT);
    object(object, g);
    if (result.isPresent()) {
      g.writeFieldName(RESULT);
      result(result.get(), g);
    }
    if (context.isPresent()) {
      g.writeFieldName(CONTEXT);
      context(context.get(), g);
    }
  }

  /** A sub-statement. */
  public void subStatement(SubStatement s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_SUB_STATEMENT);
    core(s.actor(), s.verb(), s.object(), s.result(), s.context(), g);
    instant(TIMESTAMP, s.timestamp(), g);
    attachments(s.attachments(), g);
    g.writeEndObject();
  }

  /** A result. */
  public void result(Result r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (r.score().isPresent()) {
      g.writeFieldName(SCORE);
      score(r.score().get(), g);
    }
    if (r.success().isPresent()) {
      g.writeFieldName(SUCCESS);
      g.writeBoolean(r.success().get());
    }
    if (r.completion().isPresent()) {
      g.writeFieldName(COMPLETION);
      g.writeBoolean(r.completion().get());
    }
    string(RESPONSE, r.response(), g);
    if (r.duration().isPresent()) {
      string(DURATION, r.duration().get().text(), g);
    }
    extensions(EXTENSIONS, r.extensions(), g);
    g.writeEndObject();
  }

  /** A score; numbers are written with the scale they were read with. */
  public void score(Score s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    decimal(SCALED, s.scaled(), g);
    decimal(RAW, s.raw(), g);
    decimal(MIN, s.min(), g);
    decimal(MAX, s.max(), g);
    g.writeEndObject();
  }

  private static void decimal(SerializedString name, Optional<BigDecimal> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      BigDecimal d = value.get();
      if (d.scale() == 0 && d.precision() < 19) {
        g.writeNumber(d.longValue()); // the same text as toString(), with no String made
      } else {
        g.writeNumber(d.toString());
      }
    }
  }

  /** A context; context activities are always written as arrays. */
  public void context(Context c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (c.registration().isPresent()) {
      string(REGISTRATION, c.registration().get().toString(), g);
    }
    if (c.instructor().isPresent()) {
      g.writeFieldName(INSTRUCTOR);
      actor(c.instructor().get(), g);
    }
    if (c.team().isPresent()) {
      g.writeFieldName(TEAM);
      group(c.team().get(), g);
    }
    if (!c.contextActivities().isEmpty()) {
      g.writeFieldName(CONTEXT_ACTIVITIES);
      contextActivities(c.contextActivities(), g);
    }
    string(REVISION, c.revision(), g);
    string(PLATFORM, c.platform(), g);
    string(LANGUAGE, c.language(), g);
    if (c.statement().isPresent()) {
      g.writeFieldName(STATEMENT);
      statementRef(c.statement().get(), g);
    }
    extensions(EXTENSIONS, c.extensions(), g);
    if (!c.contextAgents().isEmpty()) {
      g.writeFieldName(CONTEXT_AGENTS);
      g.writeStartArray();
      for (ContextAgent a : c.contextAgents()) {
        contextAgent(a, g);
      }
      g.writeEndArray();
    }
    if (!c.contextGroups().isEmpty()) {
      g.writeFieldName(CONTEXT_GROUPS);
      g.writeStartArray();
      for (ContextGroup cg : c.contextGroups()) {
        contextGroup(cg, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A context agent (xAPI 2.0.0). */
  public void contextAgent(ContextAgent a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_CONTEXT_AGENT);
    g.writeFieldName(AGENT);
    agent(a.agent(), g);
    relevantTypes(a.relevantTypes(), g);
    g.writeEndObject();
  }

  /** A context group (xAPI 2.0.0). */
  public void contextGroup(ContextGroup cg, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_CONTEXT_GROUP);
    g.writeFieldName(GROUP);
    group(cg.group(), g);
    relevantTypes(cg.relevantTypes(), g);
    g.writeEndObject();
  }

  private static void relevantTypes(Optional<List<Iri>> types, JsonGenerator g)
      throws IOException {
    if (types.isPresent()) {
      g.writeFieldName(RELEVANT_TYPES);
      strings(types.get(), Iri::value, g);
    }
  }

  /** Context activities, every list as an array. */
  public void contextActivities(ContextActivities c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    activities(PARENT, c.parent(), g);
    activities(GROUPING, c.grouping(), g);
    activities(CATEGORY, c.category(), g);
    activities(OTHER, c.other(), g);
    g.writeEndObject();
  }

  private void activities(SerializedString name, List<Activity> activities, JsonGenerator g)
      throws IOException {
    if (!activities.isEmpty()) {
      g.writeFieldName(name);
      g.writeStartArray();
      // indexed: the model's lists are immutable random-access lists, and an iterator per list
      // was a visible share of what writing allocates
      for (int i = 0, n = activities.size(); i < n; i++) {
        activity(activities.get(i), g);
      }
      g.writeEndArray();
    }
  }

  private void attachments(List<Attachment> attachments, JsonGenerator g) throws IOException {
    if (!attachments.isEmpty()) {
      g.writeFieldName(ATTACHMENTS);
      g.writeStartArray();
      for (Attachment a : attachments) {
        attachment(a, g);
      }
      g.writeEndArray();
    }
  }

  /** An attachment. */
  public void attachment(Attachment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    string(USAGE_TYPE, a.usageType().value(), g);
    g.writeFieldName(DISPLAY);
    languageMap(a.display(), g);
    if (a.description().isPresent()) {
      g.writeFieldName(DESCRIPTION);
      languageMap(a.description().get(), g);
    }
    string(CONTENT_TYPE, a.contentType(), g);
    g.writeFieldName(LENGTH);
    g.writeNumber(a.length());
    string(SHA2, a.sha2(), g);
    if (a.fileUrl().isPresent()) {
      string(FILE_URL, a.fileUrl().get().value(), g);
    }
    g.writeEndObject();
  }

  private void filteredLanguageMap(LanguageMap map, JsonGenerator g) throws IOException {
    languageMap(format == Format.CANONICAL ? map.canonical(languages) : map, g);
  }

  /** A language map, entries in their order. */
  public static void languageMap(LanguageMap map, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<String, String> e : map.asMap().entrySet()) {
      g.writeStringField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
  }

  private static void extensions(SerializedString name, Extensions extensions, JsonGenerator g)
      throws IOException {
    if (!extensions.isEmpty()) {
      g.writeFieldName(name);
      extensions(extensions, g);
    }
  }

  /** An extensions object, values exactly as held. */
  public static void extensions(Extensions extensions, JsonGenerator g) throws IOException {
    g.writeStartObject();
    for (Map.Entry<Iri, JsonValue> e : extensions.asMap().entrySet()) {
      g.writeFieldName(e.getKey().value());
      json(e.getValue(), g);
    }
    g.writeEndObject();
  }

  /** Any JSON value; numbers are written with their literal text. */
  public static void json(JsonValue v, JsonGenerator g) throws IOException {
    if (v instanceof JsonObject o) {
      g.writeStartObject();
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        g.writeFieldName(e.getKey());
        json(e.getValue(), g);
      }
      g.writeEndObject();
    } else if (v instanceof JsonArray a) {
      g.writeStartArray();
      List<JsonValue> items = a.elements();
      for (int i = 0, n = items.size(); i < n; i++) {
        json(items.get(i), g);
      }
      g.writeEndArray();
    } else if (v instanceof JsonString s) {
      g.writeString(s.value());
    } else if (v instanceof JsonNumber n) {
      g.writeNumber(n.text());
    } else if (v instanceof JsonBoolean b) {
      g.writeBoolean(b.value());
    } else if (v == JsonNull.INSTANCE) {
      g.writeNull();
    }
  }

  /** A Person object (Communication 2.4.2). */
  public static void person(Person p, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(OBJECT_TYPE);
    g.writeString(TYPE_PERSON);
    array(NAME, p.name(), name -> name, g);
    array(MBOX, p.mbox(), m -> m.iri().value(), g);
    array(MBOX_SHA1SUM, p.mboxSha1Sum(), MboxSha1Sum::value, g);
    array(OPENID, p.openid(), o -> o.iri().value(), g);
    if (!p.account().isEmpty()) {
      g.writeFieldName(ACCOUNT);
      g.writeStartArray();
      for (Account a : p.account()) {
        account(a, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The About resource. */
  public static void about(About a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName(VERSION);
    strings(a.version(), v -> v, g);
    extensions(EXTENSIONS, a.extensions(), g);
    g.writeEndObject();
  }

  /** A field whose value is a string, when present. */
  private static void string(SerializedString name, Optional<String> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      string(name, value.get(), g);
    }
  }

  private static void string(SerializedString name, String value, JsonGenerator g)
      throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
  }

  /** A field whose value is an array of the texts of {@code items}, when there are any. */
  private static <T> void array(SerializedString name, List<T> items, Function<T, String> text,
      JsonGenerator g) throws IOException {
    if (!items.isEmpty()) {
      g.writeFieldName(name);
      strings(items, text, g);
    }
  }

  private static <T> void strings(List<T> items, Function<T, String> text, JsonGenerator g)
      throws IOException {
    g.writeStartArray();
    for (int i = 0, n = items.size(); i < n; i++) {
      g.writeString(text.apply(items.get(i)));
    }
    g.writeEndArray();
  }

  private static void instant(SerializedString name, Optional<Instant> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      string(name, FastTimestamps.format(value.get()), g);
    }
  }
}
