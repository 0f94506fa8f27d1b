package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
      g.writeStringField("id", s.id().get().toString());
    }
    g.writeFieldName("actor");
    actor(s.actor(), g);
    g.writeFieldName("verb");
    verb(s.verb(), g);
    g.writeFieldName("object");
    object(s.object(), g);
    if (s.result().isPresent()) {
      g.writeFieldName("result");
      result(s.result().get(), g);
    }
    if (s.context().isPresent()) {
      g.writeFieldName("context");
      context(s.context().get(), g);
    }
    instant("timestamp", s.timestamp(), g);
    instant("stored", s.stored(), g);
    if (s.authority().isPresent()) {
      g.writeFieldName("authority");
      actor(s.authority().get(), g);
    }
    if (s.version().isPresent()) {
      g.writeStringField("version", s.version().get());
    }
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
    g.writeFieldName("statements");
    statements(r.statements(), g);
    g.writeStringField("more", r.more().orElse(""));
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
    g.writeStringField("objectType", "Agent");
    if (format != Format.IDS && a.name().isPresent()) {
      g.writeStringField("name", a.name().get());
    }
    ifi(a.ifi(), g);
    g.writeEndObject();
  }

  /** A Group. */
  public void group(Group group, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("objectType", "Group");
    boolean ids = format == Format.IDS;
    if (!ids && group.name().isPresent()) {
      g.writeStringField("name", group.name().get());
    }
    if (group.ifi().isPresent()) {
      ifi(group.ifi().get(), g);
    }
    if (!group.members().isEmpty() && (!ids || group.isAnonymous())) {
      g.writeArrayFieldStart("member");
      for (Agent member : group.members()) {
        agent(member, g);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void ifi(InverseFunctionalIdentifier ifi, JsonGenerator g) throws IOException {
    if (ifi instanceof Mbox m) {
      g.writeStringField("mbox", m.iri().value());
    } else if (ifi instanceof MboxSha1Sum s) {
      g.writeStringField("mbox_sha1sum", s.value());
    } else if (ifi instanceof OpenId o) {
      g.writeStringField("openid", o.iri().value());
    } else {
      g.writeFieldName("account");
      account((Account) ifi, g);
    }
  }

  private static void account(Account a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("homePage", a.homePage().value());
    g.writeStringField("name", a.name());
    g.writeEndObject();
  }

  /** A Verb. */
  public void verb(Verb v, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", v.id().value());
    if (format != Format.IDS && v.display().isPresent()) {
      g.writeFieldName("display");
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
      g.writeStringField("objectType", "Activity");
    }
    g.writeStringField("id", a.id().value());
    if (format != Format.IDS && a.definition().isPresent()) {
      g.writeFieldName("definition");
      definition(a.definition().get(), g);
    }
    g.writeEndObject();
  }

  /** An activity definition. */
  public void definition(ActivityDefinition d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (d.name().isPresent()) {
      g.writeFieldName("name");
      filteredLanguageMap(d.name().get(), g);
    }
    if (d.description().isPresent()) {
      g.writeFieldName("description");
      filteredLanguageMap(d.description().get(), g);
    }
    if (d.type().isPresent()) {
      g.writeStringField("type", d.type().get().id().value());
    }
    if (d.moreInfo().isPresent()) {
      g.writeStringField("moreInfo", d.moreInfo().get().value());
    }
    if (d.interactionType().isPresent()) {
      g.writeStringField("interactionType", d.interactionType().get().wireName());
    }
    if (d.correctResponsesPattern().isPresent()) {
      g.writeArrayFieldStart("correctResponsesPattern");
      for (String pattern : d.correctResponsesPattern().get()) {
        g.writeString(pattern);
      }
      g.writeEndArray();
    }
    for (InteractionType.ComponentList list : InteractionType.ComponentList.values()) {
      List<InteractionComponent> components = d.components(list);
      if (!components.isEmpty()) {
        g.writeArrayFieldStart(list.wireName());
        for (InteractionComponent c : components) {
          g.writeStartObject();
          g.writeStringField("id", c.id());
          if (c.description().isPresent()) {
            g.writeFieldName("description");
            filteredLanguageMap(c.description().get(), g);
          }
          g.writeEndObject();
        }
        g.writeEndArray();
      }
    }
    extensions("extensions", d.extensions(), g);
    g.writeEndObject();
  }

  /** A statement reference. */
  public void statementRef(StatementRef r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("objectType", "StatementRef");
    g.writeStringField("id", r.id().toString());
    g.writeEndObject();
  }

  /** A sub-statement. */
  public void subStatement(SubStatement s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("objectType", "SubStatement");
    g.writeFieldName("actor");
    actor(s.actor(), g);
    g.writeFieldName("verb");
    verb(s.verb(), g);
    g.writeFieldName("object");
    object(s.object(), g);
    if (s.result().isPresent()) {
      g.writeFieldName("result");
      result(s.result().get(), g);
    }
    if (s.context().isPresent()) {
      g.writeFieldName("context");
      context(s.context().get(), g);
    }
    instant("timestamp", s.timestamp(), g);
    attachments(s.attachments(), g);
    g.writeEndObject();
  }

  /** A result. */
  public void result(Result r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (r.score().isPresent()) {
      g.writeFieldName("score");
      score(r.score().get(), g);
    }
    if (r.success().isPresent()) {
      g.writeBooleanField("success", r.success().get());
    }
    if (r.completion().isPresent()) {
      g.writeBooleanField("completion", r.completion().get());
    }
    if (r.response().isPresent()) {
      g.writeStringField("response", r.response().get());
    }
    if (r.duration().isPresent()) {
      g.writeStringField("duration", r.duration().get().text());
    }
    extensions("extensions", r.extensions(), g);
    g.writeEndObject();
  }

  /** A score; numbers are written with the scale they were read with. */
  public void score(Score s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    decimal("scaled", s.scaled(), g);
    decimal("raw", s.raw(), g);
    decimal("min", s.min(), g);
    decimal("max", s.max(), g);
    g.writeEndObject();
  }

  private static void decimal(String name, Optional<BigDecimal> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      g.writeFieldName(name);
      g.writeNumber(value.get().toString());
    }
  }

  /** A context; context activities are always written as arrays. */
  public void context(Context c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    if (c.registration().isPresent()) {
      g.writeStringField("registration", c.registration().get().toString());
    }
    if (c.instructor().isPresent()) {
      g.writeFieldName("instructor");
      actor(c.instructor().get(), g);
    }
    if (c.team().isPresent()) {
      g.writeFieldName("team");
      group(c.team().get(), g);
    }
    if (!c.contextActivities().isEmpty()) {
      g.writeFieldName("contextActivities");
      contextActivities(c.contextActivities(), g);
    }
    if (c.revision().isPresent()) {
      g.writeStringField("revision", c.revision().get());
    }
    if (c.platform().isPresent()) {
      g.writeStringField("platform", c.platform().get());
    }
    if (c.language().isPresent()) {
      g.writeStringField("language", c.language().get());
    }
    if (c.statement().isPresent()) {
      g.writeFieldName("statement");
      statementRef(c.statement().get(), g);
    }
    extensions("extensions", c.extensions(), g);
    if (!c.contextAgents().isEmpty()) {
      g.writeArrayFieldStart("contextAgents");
      for (ContextAgent a : c.contextAgents()) {
        g.writeStartObject();
        g.writeStringField("objectType", "contextAgent");
        g.writeFieldName("agent");
        agent(a.agent(), g);
        relevantTypes(a.relevantTypes(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!c.contextGroups().isEmpty()) {
      g.writeArrayFieldStart("contextGroups");
      for (ContextGroup cg : c.contextGroups()) {
        g.writeStartObject();
        g.writeStringField("objectType", "contextGroup");
        g.writeFieldName("group");
        group(cg.group(), g);
        relevantTypes(cg.relevantTypes(), g);
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void relevantTypes(Optional<List<Iri>> types, JsonGenerator g)
      throws IOException {
    if (types.isPresent()) {
      g.writeArrayFieldStart("relevantTypes");
      for (Iri type : types.get()) {
        g.writeString(type.value());
      }
      g.writeEndArray();
    }
  }

  /** Context activities, every list as an array. */
  public void contextActivities(ContextActivities c, JsonGenerator g) throws IOException {
    g.writeStartObject();
    activities("parent", c.parent(), g);
    activities("grouping", c.grouping(), g);
    activities("category", c.category(), g);
    activities("other", c.other(), g);
    g.writeEndObject();
  }

  private void activities(String name, List<Activity> activities, JsonGenerator g)
      throws IOException {
    if (!activities.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (Activity a : activities) {
        activity(a, g);
      }
      g.writeEndArray();
    }
  }

  private void attachments(List<Attachment> attachments, JsonGenerator g) throws IOException {
    if (!attachments.isEmpty()) {
      g.writeArrayFieldStart("attachments");
      for (Attachment a : attachments) {
        attachment(a, g);
      }
      g.writeEndArray();
    }
  }

  /** An attachment. */
  public void attachment(Attachment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("usageType", a.usageType().value());
    g.writeFieldName("display");
    languageMap(a.display(), g);
    if (a.description().isPresent()) {
      g.writeFieldName("description");
      languageMap(a.description().get(), g);
    }
    g.writeStringField("contentType", a.contentType());
    g.writeNumberField("length", a.length());
    g.writeStringField("sha2", a.sha2());
    if (a.fileUrl().isPresent()) {
      g.writeStringField("fileUrl", a.fileUrl().get().value());
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

  private static void extensions(String name, Extensions extensions, JsonGenerator g)
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
      for (JsonValue item : a.elements()) {
        json(item, g);
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
    g.writeStringField("objectType", "Person");
    if (!p.name().isEmpty()) {
      g.writeArrayFieldStart("name");
      for (String name : p.name()) {
        g.writeString(name);
      }
      g.writeEndArray();
    }
    if (!p.mbox().isEmpty()) {
      g.writeArrayFieldStart("mbox");
      for (Mbox m : p.mbox()) {
        g.writeString(m.iri().value());
      }
      g.writeEndArray();
    }
    if (!p.mboxSha1Sum().isEmpty()) {
      g.writeArrayFieldStart("mbox_sha1sum");
      for (MboxSha1Sum s : p.mboxSha1Sum()) {
        g.writeString(s.value());
      }
      g.writeEndArray();
    }
    if (!p.openid().isEmpty()) {
      g.writeArrayFieldStart("openid");
      for (OpenId o : p.openid()) {
        g.writeString(o.iri().value());
      }
      g.writeEndArray();
    }
    if (!p.account().isEmpty()) {
      g.writeArrayFieldStart("account");
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
    g.writeArrayFieldStart("version");
    for (String v : a.version()) {
      g.writeString(v);
    }
    g.writeEndArray();
    extensions("extensions", a.extensions(), g);
    g.writeEndObject();
  }

  private static void instant(String name, Optional<Instant> value, JsonGenerator g)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, FastTimestamps.format(value.get()));
    }
  }
}
