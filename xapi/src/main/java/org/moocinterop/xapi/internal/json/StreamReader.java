package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.moocinterop.api.statement.Result;
import org.moocinterop.api.statement.Score;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementObject;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.api.statement.SubStatement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.api.statement.XapiDuration;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Durations;
import org.moocinterop.xapi.internal.Iris;
import org.moocinterop.xapi.internal.LanguageTags;
import org.moocinterop.xapi.internal.Timestamps;
import org.moocinterop.xapi.internal.Uuids;
import org.moocinterop.xapi.internal.validation.ValueFormats;

/**
 * The fast path of reading statements: one pass over the parser that checks every rule of the
 * validator and builds the model directly, with no tree. It only ever answers for statements it
 * is sure of: at the first problem, or at anything it does not handle (an object whose
 * {@code objectType} is not its first key, a number it cannot place), it gives up and returns
 * {@code null}, and the caller runs the tree path (strict tree, {@code XapiValidator}, model
 * mapping), which reports every violation with its rule and pointer. So it must accept only what
 * the tree path accepts and build an equal model; it may give up on anything. Immutable and
 * thread-safe.
 */
final class StreamReader {

  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

  /** Where an Agent or Group stands; as the validator's roles. */
  private enum Role {
    ACTOR, OBJECT, AUTHORITY, INSTRUCTOR, TEAM, MEMBER, CONTEXT_AGENT, CONTEXT_GROUP
  }

  /** Thrown to give up; without a stack trace, so cheap. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private final XapiVersion version;
  private final JsonFactory factory;
  /** Only IRIs whose text the validator's check passed, so a hit needs no check. */
  private final IriCache iris = new IriCache();
  /**
   * The IRIs last read, one per slot of their text's hash, all from {@link #iris}; shared by
   * threads without locks (an {@code Iri} is immutable, a slot holds one or another).
   */
  private final @Nullable Iri[] recentIris = new Iri[512];
  /** The language maps last read, by their first entry, kept as {@link #recentIris} are. */
  private final @Nullable LanguageMap[] recentLanguageMaps = new LanguageMap[256];

  StreamReader(XapiVersion version, JsonFactory factory) {
    this.version = Objects.requireNonNull(version, "version");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** The statement in {@code json}, or {@code null} if the tree path must decide. */
  @Nullable Statement statement(byte[] json) {
    try (JsonParser p = factory.createParser(json)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Statement statement = statement(p);
      return p.nextToken() == null ? statement : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The statements of a statement object or an array of statements, or {@code null} if the tree
   * path must decide.
   */
  @Nullable List<Statement> statements(byte[] json) {
    try (JsonParser p = factory.createParser(json)) {
      JsonToken first = p.nextToken();
      List<Statement> statements;
      if (first == JsonToken.START_OBJECT) {
        statements = List.of(statement(p));
      } else if (first == JsonToken.START_ARRAY) {
        statements = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          expect(t, JsonToken.START_OBJECT);
          statements.add(statement(p));
        }
      } else {
        return null;
      }
      return p.nextToken() == null ? statements : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  // ---- statements

  private Statement statement(JsonParser p) throws IOException {
    Parts parts = new Parts();
    UUID id = null;
    Instant stored = null;
    Actor authority = null;
    String statementVersion = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      if (parts.read(key, p, false)) {
        continue;
      }
      switch (key) {
        case "id" -> {
          seen = once(seen, 1);
          id = uuid(p);
        }
        case "stored" -> {
          seen = once(seen, 1 << 1);
          stored = instant(p);
        }
        case "authority" -> {
          seen = once(seen, 1 << 2);
          authority = actor(p, Role.AUTHORITY);
        }
        case "version" -> {
          seen = once(seen, 1 << 3);
          statementVersion = string(p);
          check(ValueFormats.isVersion(statementVersion, version));
        }
        default -> throw new GiveUp();
      }
    }
    Statement.Builder b = Statement.builder();
    parts.checkAndApply(b::actor, b::verb, b::object);
    parts.checkVoiding();
    parts.applyOptional(b::result, b::context, b::timestamp, b::attachments);
    if (id != null) {
      b.id(id);
    }
    if (stored != null) {
      b.stored(stored);
    }
    if (authority != null) {
      b.authority(authority);
    }
    if (statementVersion != null) {
      b.version(statementVersion);
    }
    return b.build();
  }

  /** revision and platform only when the object is an Activity. */
  private static void contextFits(@Nullable Context context, StatementObject object) {
    if (context != null && !(object instanceof Activity)) {
      check(context.revision().isEmpty() && context.platform().isEmpty());
    }
  }

  private StatementObject object(JsonParser p, boolean sub) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    String key = p.nextFieldName();
    if (!"objectType".equals(key)) {
      return activity(p, key, false);
    }
    p.nextToken();
    String type = string(p);
    key = p.nextFieldName();
    return switch (type) {
      case "Activity" -> activity(p, key, true);
      case "Agent", "Group" -> actor(p, key, Role.OBJECT, type);
      case "StatementRef" -> statementRef(p, key, true);
      case "SubStatement" -> {
        check(!sub);
        yield subStatement(p, key);
      }
      default -> throw new GiveUp();
    };
  }

  /** The rest of a sub-statement whose objectType was read before {@code first}. */
  private SubStatement subStatement(JsonParser p, @Nullable String first) throws IOException {
    Parts parts = new Parts();
    for (String key = first; key != null; key = p.nextFieldName()) {
      p.nextToken();
      if (!parts.read(key, p, true)) {
        throw new GiveUp();
      }
    }
    SubStatement.Builder b = SubStatement.builder();
    parts.checkAndApply(b::actor, b::verb, b::object);
    parts.applyOptional(b::result, b::context, b::timestamp, b::attachments);
    return b.build();
  }

  /**
   * The members a statement and a sub-statement share, read one at a time; each at most once.
   */
  private final class Parts {
    private @Nullable Actor actor;
    private @Nullable Verb verb;
    private @Nullable StatementObject object;
    private @Nullable Result result;
    private @Nullable Context context;
    private @Nullable Instant timestamp;
    private @Nullable List<Attachment> attachments;
    private int seen;

    /** Reads the value of {@code key} if it is a shared member; false if it is not one. */
    boolean read(String key, JsonParser p, boolean sub) throws IOException {
      switch (key) {
        case "actor" -> {
          seen = once(seen, 1);
          actor = actor(p, Role.ACTOR);
        }
        case "verb" -> {
          seen = once(seen, 1 << 1);
          verb = verb(p);
        }
        case "object" -> {
          seen = once(seen, 1 << 2);
          object = object(p, sub);
        }
        case "result" -> {
          seen = once(seen, 1 << 3);
          result = result(p);
        }
        case "context" -> {
          seen = once(seen, 1 << 4);
          context = context(p);
        }
        case "timestamp" -> {
          seen = once(seen, 1 << 5);
          timestamp = instant(p);
        }
        case "attachments" -> {
          seen = once(seen, 1 << 6);
          attachments = attachments(p);
        }
        default -> {
          return false;
        }
      }
      return true;
    }

    /**
     * Gives up unless actor, verb and object were read and the context fits the object, then
     * hands the three to a builder.
     */
    void checkAndApply(Consumer<Actor> toActor, Consumer<Verb> toVerb,
        Consumer<StatementObject> toObject) {
      if (actor == null || verb == null || object == null) {
        throw new GiveUp();
      }
      contextFits(context, object);
      toActor.accept(actor);
      toVerb.accept(verb);
      toObject.accept(object);
    }

    /** Gives up if the verb voids and the object is not a StatementRef. */
    void checkVoiding() {
      check(verb == null || !VOIDED.equals(verb.id().value()) || object instanceof StatementRef);
    }

    /** Hands the optional members that were read to a builder. */
    void applyOptional(Consumer<Result> toResult, Consumer<Context> toContext,
        Consumer<Instant> toTimestamp, Consumer<List<Attachment>> toAttachments) {
      if (result != null) {
        toResult.accept(result);
      }
      if (context != null) {
        toContext.accept(context);
      }
      if (timestamp != null) {
        toTimestamp.accept(timestamp);
      }
      if (attachments != null) {
        toAttachments.accept(attachments);
      }
    }
  }

  /**
   * The rest of a statement reference from {@code first}; {@code typed} when its objectType was
   * read already, else the objectType is required among the keys.
   */
  private StatementRef statementRef(JsonParser p, @Nullable String first, boolean typed)
      throws IOException {
    UUID id = null;
    int seen = typed ? 1 : 0;
    for (String key = first; key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "objectType" -> {
          seen = once(seen, 1);
          check(string(p).equals("StatementRef"));
        }
        case "id" -> {
          seen = once(seen, 1 << 1);
          id = uuid(p);
        }
        default -> throw new GiveUp();
      }
    }
    if (seen != 3 || id == null) {
      throw new GiveUp();
    }
    return new StatementRef(id);
  }

  private Verb verb(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    Iri id = null;
    LanguageMap display = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "id" -> {
          seen = once(seen, 1);
          id = iri(p);
        }
        case "display" -> {
          seen = once(seen, 1 << 1);
          display = languageMap(p);
        }
        default -> throw new GiveUp();
      }
    }
    if (id == null) {
      throw new GiveUp();
    }
    return new Verb(id, Optional.ofNullable(display));
  }

  // ---- agents and groups

  private Actor actor(JsonParser p, Role role) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    return actor(p, p.nextFieldName(), role, null);
  }

  /** The rest of an Agent or Group from {@code first}; {@code type} if read already. */
  private Actor actor(JsonParser p, @Nullable String first, Role role, @Nullable String type)
      throws IOException {
    String name = null;
    InverseFunctionalIdentifier ifi = null;
    int ifis = 0;
    List<Agent> members = null;
    int seen = type == null ? 0 : 1;
    for (String key = first; key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "objectType" -> {
          seen = once(seen, 1);
          type = string(p);
          check(type.equals("Agent") || type.equals("Group"));
        }
        case "name" -> {
          seen = once(seen, 1 << 1);
          name = string(p);
        }
        case "mbox" -> {
          seen = once(seen, 1 << 2);
          ifis++;
          String mbox = string(p);
          check(ValueFormats.isMailto(mbox));
          ifi = new Mbox(iri(mbox));
        }
        case "mbox_sha1sum" -> {
          seen = once(seen, 1 << 3);
          ifis++;
          String sha1 = string(p);
          check(ValueFormats.isSha1(sha1));
          ifi = MboxSha1Sum.of(sha1);
        }
        case "openid" -> {
          seen = once(seen, 1 << 4);
          ifis++;
          ifi = new OpenId(iri(p));
        }
        case "account" -> {
          seen = once(seen, 1 << 5);
          ifis++;
          ifi = account(p);
        }
        case "member" -> {
          seen = once(seen, 1 << 6);
          members = members(p);
        }
        default -> throw new GiveUp();
      }
    }
    boolean group = "Group".equals(type);
    if (type == null) {
      check(members == null && role != Role.TEAM && role != Role.CONTEXT_GROUP
          && role != Role.OBJECT);
    }
    Optional<String> optionalName = Optional.ofNullable(name);
    if (!group) {
      if (role == Role.TEAM || role == Role.CONTEXT_GROUP || members != null || ifis != 1
          || ifi == null) {
        throw new GiveUp();
      }
      return new Agent(optionalName, ifi);
    }
    check(role != Role.MEMBER && role != Role.CONTEXT_AGENT && ifis <= 1
        && (ifis == 1 || members != null));
    if (role == Role.AUTHORITY) {
      check(ifis == 0 && members != null && members.size() == 2);
    }
    return new Group(optionalName, Optional.ofNullable(ifi),
        members == null ? List.of() : members);
  }

  private List<Agent> members(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<Agent> members = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      members.add((Agent) actor(p, Role.MEMBER));
    }
    return members;
  }

  private Account account(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    Iri homePage = null;
    String name = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "homePage" -> {
          seen = once(seen, 1);
          homePage = iri(p);
        }
        case "name" -> {
          seen = once(seen, 1 << 1);
          name = string(p);
        }
        default -> throw new GiveUp();
      }
    }
    if (homePage == null || name == null) {
      throw new GiveUp();
    }
    return new Account(homePage, name);
  }

  // ---- activities

  /** The rest of an activity from {@code first}; {@code typed} if its objectType was read. */
  private Activity activity(JsonParser p, @Nullable String first, boolean typed)
      throws IOException {
    Iri id = null;
    ActivityDefinition definition = null;
    int seen = typed ? 1 : 0;
    for (String key = first; key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "objectType" -> {
          seen = once(seen, 1);
          check(string(p).equals("Activity"));
        }
        case "id" -> {
          seen = once(seen, 1 << 1);
          id = iri(p);
        }
        case "definition" -> {
          seen = once(seen, 1 << 2);
          definition = definition(p);
        }
        default -> throw new GiveUp();
      }
    }
    if (id == null) {
      throw new GiveUp();
    }
    return new Activity(id, Optional.ofNullable(definition));
  }

  private Activity activity(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    return activity(p, p.nextFieldName(), false);
  }

  private ActivityDefinition definition(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    LanguageMap name = null;
    LanguageMap description = null;
    Iri type = null;
    Iri moreInfo = null;
    String interactionType = null;
    List<String> pattern = null;
    Map<InteractionType.ComponentList, List<InteractionComponent>> components = null;
    Extensions extensions = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "name" -> {
          seen = once(seen, 1);
          name = languageMap(p);
        }
        case "description" -> {
          seen = once(seen, 1 << 1);
          description = languageMap(p);
        }
        case "type" -> {
          seen = once(seen, 1 << 2);
          type = iri(p);
        }
        case "moreInfo" -> {
          seen = once(seen, 1 << 3);
          moreInfo = iri(p);
        }
        case "interactionType" -> {
          seen = once(seen, 1 << 4);
          interactionType = string(p);
          check(ValueFormats.isInteractionType(interactionType));
        }
        case "correctResponsesPattern" -> {
          seen = once(seen, 1 << 5);
          pattern = strings(p);
        }
        case "extensions" -> {
          seen = once(seen, 1 << 6);
          extensions = extensions(p);
        }
        case "choices", "scale", "source", "target", "steps" -> {
          if (components == null) {
            components = new LinkedHashMap<>();
          }
          InteractionType.ComponentList list = componentList(key);
          check(components.put(list, components(p)) == null);
        }
        default -> throw new GiveUp();
      }
    }
    if (pattern != null || components != null) {
      check(interactionType != null);
    }
    if (components != null) {
      for (InteractionType.ComponentList list : components.keySet()) {
        check(ValueFormats.usesComponentList(Objects.requireNonNull(interactionType),
            list.wireName()));
      }
    }
    ActivityDefinition.Builder b = ActivityDefinition.builder();
    if (name != null) {
      b.name(name);
    }
    if (description != null) {
      b.description(description);
    }
    if (type != null) {
      b.type(ActivityType.of(type));
    }
    if (moreInfo != null) {
      b.moreInfo(moreInfo);
    }
    if (interactionType != null) {
      b.interactionType(InteractionType.fromWireName(interactionType).orElseThrow(GiveUp::new));
    }
    if (pattern != null) {
      b.correctResponsesPattern(pattern);
    }
    if (components != null) {
      for (InteractionType.ComponentList list : ModelWriter.COMPONENT_LISTS) {
        List<InteractionComponent> items = components.get(list);
        if (items != null) {
          b.components(list, items);
        }
      }
    }
    if (extensions != null) {
      b.extensions(extensions);
    }
    return b.build();
  }

  private static InteractionType.ComponentList componentList(String wireName) {
    for (InteractionType.ComponentList list : ModelWriter.COMPONENT_LISTS) {
      if (list.wireName().equals(wireName)) {
        return list;
      }
    }
    throw new GiveUp();
  }

  private List<InteractionComponent> components(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<InteractionComponent> components = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      String id = null;
      LanguageMap description = null;
      int seen = 0;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        p.nextToken();
        switch (key) {
          case "id" -> {
            seen = once(seen, 1);
            id = string(p);
          }
          case "description" -> {
            seen = once(seen, 1 << 1);
            description = languageMap(p);
          }
          default -> throw new GiveUp();
        }
      }
      check(id != null && ids.add(id));
      components.add(new InteractionComponent(Objects.requireNonNull(id),
          Optional.ofNullable(description)));
    }
    return components;
  }

  // ---- result

  private Result result(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    Result.Builder b = Result.builder();
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (key) {
        case "score" -> {
          seen = once(seen, 1);
          b.score(score(p));
        }
        case "success" -> {
          seen = once(seen, 1 << 1);
          b.success(bool(t));
        }
        case "completion" -> {
          seen = once(seen, 1 << 2);
          b.completion(bool(t));
        }
        case "response" -> {
          seen = once(seen, 1 << 3);
          b.response(string(p));
        }
        case "duration" -> {
          seen = once(seen, 1 << 4);
          String text = string(p);
          check(Durations.isValid(text));
          b.duration(XapiDuration.parse(text.indexOf(',') < 0 ? text : text.replace(',', '.')));
        }
        case "extensions" -> {
          seen = once(seen, 1 << 5);
          b.extensions(extensions(p));
        }
        default -> throw new GiveUp();
      }
    }
    return b.build();
  }

  private static Score score(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    BigDecimal scaled = null;
    BigDecimal raw = null;
    BigDecimal min = null;
    BigDecimal max = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "scaled" -> {
          seen = once(seen, 1);
          scaled = decimal(p);
          double d = scaled.doubleValue();
          check(d >= -1 && d <= 1);
        }
        case "raw" -> {
          seen = once(seen, 1 << 1);
          raw = decimal(p);
        }
        case "min" -> {
          seen = once(seen, 1 << 2);
          min = decimal(p);
        }
        case "max" -> {
          seen = once(seen, 1 << 3);
          max = decimal(p);
        }
        default -> throw new GiveUp();
      }
    }
    check(min == null || max == null || min.compareTo(max) < 0);
    check(raw == null || min == null || raw.compareTo(min) >= 0);
    check(raw == null || max == null || raw.compareTo(max) <= 0);
    return new Score(Optional.ofNullable(scaled), Optional.ofNullable(raw),
        Optional.ofNullable(min), Optional.ofNullable(max));
  }

  /** A number's value as the tree path's number nodes give it. */
  private static BigDecimal decimal(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return new BigDecimal(p.getText());
    }
    expect(t, JsonToken.VALUE_NUMBER_INT);
    return switch (p.getNumberType()) {
      case INT -> {
        int i = p.getIntValue();
        yield i == 0 && p.getText().startsWith("-") ? new BigDecimal(p.getText())
            : BigDecimal.valueOf(i);
      }
      case LONG -> BigDecimal.valueOf(p.getLongValue());
      default -> new BigDecimal(p.getBigIntegerValue());
    };
  }

  // ---- context

  private Context context(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    Context.Builder b = Context.builder();
    boolean v2 = version == XapiVersion.V2_0_0;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "registration" -> {
          seen = once(seen, 1);
          b.registration(uuid(p));
        }
        case "instructor" -> {
          seen = once(seen, 1 << 1);
          b.instructor(actor(p, Role.INSTRUCTOR));
        }
        case "team" -> {
          seen = once(seen, 1 << 2);
          b.team((Group) actor(p, Role.TEAM));
        }
        case "contextActivities" -> {
          seen = once(seen, 1 << 3);
          b.contextActivities(contextActivities(p));
        }
        case "revision" -> {
          seen = once(seen, 1 << 4);
          b.revision(string(p));
        }
        case "platform" -> {
          seen = once(seen, 1 << 5);
          b.platform(string(p));
        }
        case "language" -> {
          seen = once(seen, 1 << 6);
          String language = string(p);
          check(LanguageTags.isValid(language));
          b.language(language);
        }
        case "statement" -> {
          seen = once(seen, 1 << 7);
          expect(p.currentToken(), JsonToken.START_OBJECT);
          b.statement(statementRef(p, p.nextFieldName(), false));
        }
        case "extensions" -> {
          seen = once(seen, 1 << 8);
          b.extensions(extensions(p));
        }
        case "contextAgents" -> {
          check(v2);
          seen = once(seen, 1 << 9);
          b.contextAgents(contextAgents(p));
        }
        case "contextGroups" -> {
          check(v2);
          seen = once(seen, 1 << 10);
          b.contextGroups(contextGroups(p));
        }
        default -> throw new GiveUp();
      }
    }
    return b.build();
  }

  private ContextActivities contextActivities(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    List<Activity> parent = List.of();
    List<Activity> grouping = List.of();
    List<Activity> category = List.of();
    List<Activity> other = List.of();
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      p.nextToken();
      switch (key) {
        case "parent" -> {
          seen = once(seen, 1);
          parent = activities(p);
        }
        case "grouping" -> {
          seen = once(seen, 1 << 1);
          grouping = activities(p);
        }
        case "category" -> {
          seen = once(seen, 1 << 2);
          category = activities(p);
        }
        case "other" -> {
          seen = once(seen, 1 << 3);
          other = activities(p);
        }
        default -> throw new GiveUp();
      }
    }
    return new ContextActivities(parent, grouping, category, other);
  }

  /** One activity object or an array of them. */
  private List<Activity> activities(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.START_OBJECT) {
      return List.of(activity(p));
    }
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<Activity> activities = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      activities.add(activity(p));
    }
    return activities;
  }

  private List<ContextAgent> contextAgents(JsonParser p) throws IOException {
    return contextActors(p, "contextAgent", "agent", Role.CONTEXT_AGENT,
        (agent, types) -> new ContextAgent((Agent) agent, types));
  }

  private List<ContextGroup> contextGroups(JsonParser p) throws IOException {
    return contextActors(p, "contextGroup", "group", Role.CONTEXT_GROUP,
        (group, types) -> new ContextGroup((Group) group, types));
  }

  /** Builds one context agent or context group from its actor and relevant types. */
  private interface ContextActorFactory<T> {
    T create(Actor actor, Optional<List<Iri>> relevantTypes);
  }

  /**
   * An array of {@code contextAgents} or {@code contextGroups} objects: the member
   * {@code "objectType"} (equal to {@code objectType}) and {@code actorKey} are required,
   * {@code relevantTypes} is optional.
   */
  private <T> List<T> contextActors(JsonParser p, String objectType, String actorKey, Role role,
      ContextActorFactory<T> factory) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<T> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      Actor actor = null;
      List<Iri> types = null;
      int seen = 0;
      for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
        p.nextToken();
        if (key.equals("objectType")) {
          seen = once(seen, 1);
          check(string(p).equals(objectType));
        } else if (key.equals(actorKey)) {
          seen = once(seen, 1 << 1);
          actor = actor(p, role);
        } else if (key.equals("relevantTypes")) {
          seen = once(seen, 1 << 2);
          types = relevantTypes(p);
        } else {
          throw new GiveUp();
        }
      }
      check((seen & 3) == 3);
      items.add(factory.create(Objects.requireNonNull(actor), Optional.ofNullable(types)));
    }
    return items;
  }

  private List<Iri> relevantTypes(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<Iri> types = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      types.add(iri(p));
    }
    check(!types.isEmpty());
    return types;
  }

  // ---- attachments

  private List<Attachment> attachments(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<Attachment> attachments = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(t, JsonToken.START_OBJECT);
      attachments.add(attachment(p));
    }
    return attachments;
  }

  private Attachment attachment(JsonParser p) throws IOException {
    Iri usageType = null;
    LanguageMap display = null;
    LanguageMap description = null;
    String contentType = null;
    long length = -1;
    String sha2 = null;
    Iri fileUrl = null;
    int seen = 0;
    for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
      JsonToken t = p.nextToken();
      switch (key) {
        case "usageType" -> {
          seen = once(seen, 1);
          usageType = iri(p);
        }
        case "display" -> {
          seen = once(seen, 1 << 1);
          display = languageMap(p);
        }
        case "description" -> {
          seen = once(seen, 1 << 2);
          description = languageMap(p);
        }
        case "contentType" -> {
          seen = once(seen, 1 << 3);
          contentType = string(p);
          check(ValueFormats.isMediaType(contentType));
        }
        case "length" -> {
          seen = once(seen, 1 << 4);
          expect(t, JsonToken.VALUE_NUMBER_INT);
          check(p.getNumberType() != JsonParser.NumberType.BIG_INTEGER);
          length = p.getLongValue();
          check(length > 0 || (length == 0 && !p.getText().startsWith("-")));
        }
        case "sha2" -> {
          seen = once(seen, 1 << 5);
          sha2 = string(p);
          check(ValueFormats.isSha2(sha2));
        }
        case "fileUrl" -> {
          seen = once(seen, 1 << 6);
          fileUrl = iri(p);
        }
        default -> throw new GiveUp();
      }
    }
    if (usageType == null || display == null || contentType == null || length < 0
        || sha2 == null) {
      throw new GiveUp();
    }
    return new Attachment(usageType, display, Optional.ofNullable(description), contentType,
        length, sha2, Optional.ofNullable(fileUrl));
  }

  // ---- values

  private LanguageMap languageMap(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    String first = p.nextFieldName();
    if (first == null) {
      return LanguageMap.empty();
    }
    expect(p.nextToken(), JsonToken.VALUE_STRING);
    // Verb displays and activity names repeat from statement to statement: follow the map read
    // last with the same first entry, comparing the parser's characters (no String made), and
    // return it if every entry matches. Its tags were checked when it was read.
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = first.hashCode();
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (recentLanguageMaps.length - 1);
    LanguageMap recent = recentLanguageMaps[slot];
    Iterator<Map.Entry<String, String>> following = null;
    if (recent != null) {
      Iterator<Map.Entry<String, String>> it = recent.asMap().entrySet().iterator();
      Map.Entry<String, String> entry = it.next();
      if (entry.getKey().equals(first) && sameText(entry.getValue(), chars, offset, length)) {
        following = it;
      }
    }
    Map<String, String> entries = null;
    if (following == null) {
      check(LanguageTags.isValid(first));
      entries = new LinkedHashMap<>(4);
      entries.put(first, p.getText());
    }
    int matched = 1;
    for (String tag = p.nextFieldName(); tag != null; tag = p.nextFieldName()) {
      expect(p.nextToken(), JsonToken.VALUE_STRING);
      if (following != null) {
        if (following.hasNext()) {
          Map.Entry<String, String> entry = following.next();
          if (entry.getKey().equals(tag) && sameText(entry.getValue(), p.getTextCharacters(),
              p.getTextOffset(), p.getTextLength())) {
            matched++;
            continue;
          }
        }
        entries = firstEntries(Objects.requireNonNull(recent), matched);
        following = null;
      }
      check(LanguageTags.isValid(tag)
          && Objects.requireNonNull(entries).put(tag, p.getText()) == null);
    }
    if (following != null) {
      if (!following.hasNext()) {
        return Objects.requireNonNull(recent);
      }
      entries = firstEntries(Objects.requireNonNull(recent), matched);
    }
    LanguageMap map = LanguageMap.of(Objects.requireNonNull(entries));
    recentLanguageMaps[slot] = map;
    return map;
  }

  /** The first {@code count} entries of {@code map}, in a map that more may be added to. */
  private static Map<String, String> firstEntries(LanguageMap map, int count) {
    Map<String, String> entries = new LinkedHashMap<>(4);
    Iterator<Map.Entry<String, String>> it = map.asMap().entrySet().iterator();
    for (int i = 0; i < count; i++) {
      Map.Entry<String, String> entry = it.next();
      entries.put(entry.getKey(), entry.getValue());
    }
    return entries;
  }

  private Extensions extensions(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_OBJECT);
    String first = p.nextFieldName();
    if (first == null) {
      return Extensions.empty();
    }
    p.nextToken();
    Iri firstKey = iri(first);
    JsonValue firstValue = json(p);
    String key = p.nextFieldName();
    if (key == null) {
      return Extensions.of(firstKey, firstValue);
    }
    Map<Iri, JsonValue> entries = new LinkedHashMap<>();
    entries.put(firstKey, firstValue);
    for (; key != null; key = p.nextFieldName()) {
      p.nextToken();
      check(entries.put(iri(key), json(p)) == null);
    }
    return Extensions.of(entries);
  }

  /** Any JSON value, numbers as the tree path keeps them. */
  private static JsonValue json(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        String first = p.nextFieldName();
        if (first == null) {
          return JsonObject.empty();
        }
        p.nextToken();
        JsonValue firstValue = json(p);
        String key = p.nextFieldName();
        if (key == null) {
          return JsonObject.of(Map.of(first, firstValue));
        }
        Map<String, JsonValue> members = new LinkedHashMap<>();
        members.put(first, firstValue);
        for (; key != null; key = p.nextFieldName()) {
          p.nextToken();
          check(members.put(key, json(p)) == null);
        }
        return JsonObject.of(members);
      }
      case START_ARRAY -> {
        if (p.nextToken() == JsonToken.END_ARRAY) {
          return JsonArray.of(List.of());
        }
        JsonValue first = json(p);
        if (p.nextToken() == JsonToken.END_ARRAY) {
          return JsonArray.of(List.of(first)); // kept as is by the model's List.copyOf
        }
        List<JsonValue> items = new ArrayList<>();
        items.add(first);
        do {
          items.add(json(p));
        } while (p.nextToken() != JsonToken.END_ARRAY);
        return JsonArray.of(items);
      }
      case VALUE_STRING -> {
        return JsonString.of(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (p.getNumberType()) {
          case INT -> p.getIntValue() == 0 && p.getText().startsWith("-")
              ? JsonNumber.of(p.getText()) : JsonNumber.of(p.getIntValue());
          case LONG -> JsonNumber.of(p.getLongValue());
          default -> {
            BigInteger big = p.getBigIntegerValue();
            yield big.bitLength() < 64 ? JsonNumber.of(big.longValue())
                : JsonNumber.of(big.toString());
          }
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = p.getText();
        check(fitsBigDecimal(text));
        return JsonNumber.of(text);
      }
      case VALUE_TRUE -> {
        return JsonBoolean.of(true);
      }
      case VALUE_FALSE -> {
        return JsonBoolean.of(false);
      }
      case VALUE_NULL -> {
        return JsonNull.INSTANCE;
      }
      default -> throw new GiveUp();
    }
  }

  /** The tree path refuses numbers whose exponent no BigDecimal holds. */
  private static boolean fitsBigDecimal(String text) {
    if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
      return true; // a scale of at most the text's length
    }
    try {
      return new BigDecimal(text).signum() >= -1;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private Iri iri(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    // Most IRIs were seen before: find them from the parser's characters, with no String made.
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    int hash = 0;
    for (int i = offset, end = offset + length; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (recentIris.length - 1);
    Iri recent = recentIris[slot];
    if (recent != null && sameText(recent.toString(), chars, offset, length)) {
      return recent;
    }
    Iri iri = iri(p.getText());
    recentIris[slot] = iri;
    return iri;
  }

  private static boolean sameText(String text, char[] chars, int offset, int length) {
    if (text.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private Iri iri(String text) {
    Iri iri = iris.cached(text);
    if (iri != null) {
      return iri;
    }
    check(Iris.isValid(text));
    return iris.get(text);
  }

  private static UUID uuid(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    UUID uuid = Uuids.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    if (uuid == null) {
      throw new GiveUp();
    }
    return uuid;
  }

  private Instant instant(JsonParser p) throws IOException {
    String text = string(p);
    check(Timestamps.check(text, version) == Timestamps.Problem.VALID);
    return Timestamps.parse(text, version);
  }

  private List<String> strings(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.START_ARRAY);
    List<String> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      items.add(string(p));
    }
    return items;
  }

  private static String string(JsonParser p) throws IOException {
    expect(p.currentToken(), JsonToken.VALUE_STRING);
    return p.getText();
  }

  private static boolean bool(JsonToken t) {
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    expect(t, JsonToken.VALUE_FALSE);
    return false;
  }

  private static void expect(@Nullable JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new GiveUp();
    }
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new GiveUp();
    }
  }

  /** Marks a key of a fixed set as seen; a duplicate gives up. */
  private static int once(int seen, int bit) {
    if ((seen & bit) != 0) {
      throw new GiveUp();
    }
    return seen | bit;
  }
}
