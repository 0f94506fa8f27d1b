package org.moocinterop.xapi.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import java.util.Objects;
import java.util.function.Function;
import org.moocinterop.api.Iri;
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
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.json.Codec;
import org.moocinterop.xapi.internal.json.ModelDeserializer;
import org.moocinterop.xapi.internal.json.ModelReader;
import org.moocinterop.xapi.internal.json.ModelSerializer;
import org.moocinterop.xapi.internal.json.ModelWriter;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * A Jackson module that teaches a platform's own {@code ObjectMapper} the xAPI statement model:
 * {@code mapper.registerModule(new XapiModule())}. It adds a serializer and a deserializer for
 * every type of {@code org.moocinterop.api.statement} (and {@link Person}, {@link About},
 * {@link StatementResult}, {@link JsonValue}, {@link Iri}); the module holds no static state.
 *
 * <p>Reading a {@link Statement} (alone, in a list or in a {@link StatementResult}) is strict:
 * duplicate keys are refused, numbers keep their literal text, and the statement is checked by
 * the {@link XapiValidator} of the module's version; an invalid statement throws
 * {@link org.moocinterop.api.ValidationException} with every violation (Jackson may wrap it in a
 * {@code JsonMappingException} when the statement is nested in another type, such as a
 * {@code List}). Parts of a statement read on their own ({@link Agent}, {@link Activity}, ...)
 * are checked by the model's own rules only, and refused with a {@code ValidationException} of rule
 * {@code statement.model}.
 *
 * <p>Writing uses the {@link Format#EXACT exact} format unless the writer carries the attribute
 * {@link #FORMAT_ATTRIBUTE} (and, for {@link Format#CANONICAL}, {@link #LANGUAGES_ATTRIBUTE}):
 * {@code mapper.writer().withAttribute(XapiModule.FORMAT_ATTRIBUTE, Format.IDS)}. Timestamps are
 * written in UTC with {@code Z}, context activities always as arrays, numbers as read.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md">xAPI-Data</a>
 */
public final class XapiModule extends Module {

  /** The writer attribute that selects the output {@link Format}. */
  public static final Object FORMAT_ATTRIBUTE = ModelSerializer.FORMAT_ATTRIBUTE;

  /**
   * The writer attribute holding the preferred languages (a {@code List<Locale>}, best first) for
   * {@link Format#CANONICAL}.
   */
  public static final Object LANGUAGES_ATTRIBUTE = ModelSerializer.LANGUAGES_ATTRIBUTE;

  private final Codec codec;

  /** A module that validates statements as xAPI 2.0.0. */
  public XapiModule() {
    this(XapiVersion.V2_0_0);
  }

  /** A module that validates statements as {@code version}. */
  public XapiModule(XapiVersion version) {
    Objects.requireNonNull(version, "version");
    this.codec = new Codec(version, XapiValidator.DEFAULT_MAX_BYTES,
        XapiValidator.DEFAULT_MAX_DEPTH);
  }

  /** The version statements are validated against. */
  public XapiVersion xapiVersion() {
    return codec.version();
  }

  @Override
  public String getModuleName() {
    return "mooc-interop-xapi";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public Object getTypeId() {
    return getModuleName() + "/" + codec.version();
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(serializers());
    context.addDeserializers(deserializers());
  }

  private static SimpleSerializers serializers() {
    SimpleSerializers s = new SimpleSerializers();
    s.addSerializer(new ModelSerializer<>(Statement.class, (w, v, g) -> w.statement(v, g)));
    s.addSerializer(new ModelSerializer<>(SubStatement.class, (w, v, g) -> w.subStatement(v, g)));
    s.addSerializer(new ModelSerializer<>(StatementRef.class, (w, v, g) -> w.statementRef(v, g)));
    s.addSerializer(new ModelSerializer<>(StatementObject.class, (w, v, g) -> w.object(v, g)));
    s.addSerializer(new ModelSerializer<>(Actor.class, (w, v, g) -> w.actor(v, g)));
    s.addSerializer(new ModelSerializer<>(Agent.class, (w, v, g) -> w.agent(v, g)));
    s.addSerializer(new ModelSerializer<>(Group.class, (w, v, g) -> w.group(v, g)));
    s.addSerializer(new ModelSerializer<>(Verb.class, (w, v, g) -> w.verb(v, g)));
    s.addSerializer(new ModelSerializer<>(Activity.class, (w, v, g) -> w.activity(v, g)));
    s.addSerializer(
        new ModelSerializer<>(ActivityDefinition.class, (w, v, g) -> w.definition(v, g)));
    s.addSerializer(
        new ModelSerializer<>(InteractionComponent.class, (w, v, g) -> w.component(v, g)));
    s.addSerializer(new ModelSerializer<>(Result.class, (w, v, g) -> w.result(v, g)));
    s.addSerializer(new ModelSerializer<>(Score.class, (w, v, g) -> w.score(v, g)));
    s.addSerializer(new ModelSerializer<>(Context.class, (w, v, g) -> w.context(v, g)));
    s.addSerializer(
        new ModelSerializer<>(ContextActivities.class, (w, v, g) -> w.contextActivities(v, g)));
    s.addSerializer(new ModelSerializer<>(ContextAgent.class, (w, v, g) -> w.contextAgent(v, g)));
    s.addSerializer(new ModelSerializer<>(ContextGroup.class, (w, v, g) -> w.contextGroup(v, g)));
    s.addSerializer(new ModelSerializer<>(Attachment.class, (w, v, g) -> w.attachment(v, g)));
    s.addSerializer(
        new ModelSerializer<>(LanguageMap.class, (w, v, g) -> ModelWriter.languageMap(v, g)));
    s.addSerializer(
        new ModelSerializer<>(Extensions.class, (w, v, g) -> ModelWriter.extensions(v, g)));
    s.addSerializer(new ModelSerializer<>(JsonValue.class, (w, v, g) -> ModelWriter.json(v, g)));
    s.addSerializer(new ModelSerializer<>(Account.class, (w, v, g) -> ModelWriter.account(v, g)));
    s.addSerializer(new ModelSerializer<>(Mbox.class, (w, v, g) -> g.writeString(v.iri().value())));
    s.addSerializer(new ModelSerializer<>(MboxSha1Sum.class, (w, v, g) -> g.writeString(v.value())));
    s.addSerializer(new ModelSerializer<>(OpenId.class, (w, v, g) -> g.writeString(v.iri().value())));
    s.addSerializer(new ModelSerializer<>(Iri.class, (w, v, g) -> g.writeString(v.value())));
    s.addSerializer(new ModelSerializer<>(XapiDuration.class, (w, v, g) -> g.writeString(v.text())));
    s.addSerializer(new ModelSerializer<>(Person.class, (w, v, g) -> ModelWriter.person(v, g)));
    s.addSerializer(new ModelSerializer<>(About.class, (w, v, g) -> ModelWriter.about(v, g)));
    s.addSerializer(
        new ModelSerializer<>(StatementResult.class, (w, v, g) -> w.statementResult(v, g)));
    return s;
  }

  private SimpleDeserializers deserializers() {
    SimpleDeserializers d = new SimpleDeserializers();
    ModelReader r = codec.reader();
    d.addDeserializer(Statement.class, deserializer(Statement.class, codec::statement));
    d.addDeserializer(StatementResult.class,
        deserializer(StatementResult.class, codec::statementResult));
    add(d, Person.class, r::person);
    add(d, About.class, r::about);
    add(d, SubStatement.class, r::subStatement);
    add(d, StatementRef.class, r::statementRef);
    add(d, StatementObject.class, r::object);
    add(d, Actor.class, r::actor);
    add(d, Agent.class, r::agent);
    add(d, Group.class, r::group);
    add(d, Verb.class, r::verb);
    add(d, Activity.class, r::activity);
    add(d, ActivityDefinition.class, r::definition);
    add(d, InteractionComponent.class, r::component);
    add(d, Result.class, r::result);
    add(d, Score.class, r::score);
    add(d, Context.class, r::context);
    add(d, ContextActivities.class, r::contextActivities);
    add(d, ContextAgent.class, r::contextAgent);
    add(d, ContextGroup.class, r::contextGroup);
    add(d, Attachment.class, r::attachment);
    add(d, LanguageMap.class, r::languageMap);
    add(d, Extensions.class, r::extensions);
    add(d, JsonValue.class, ModelReader::json);
    add(d, Account.class, r::account);
    add(d, Mbox.class, n -> new Mbox(Iri.of(text(n))));
    add(d, MboxSha1Sum.class, n -> MboxSha1Sum.of(text(n)));
    add(d, OpenId.class, n -> OpenId.of(text(n)));
    add(d, Iri.class, n -> Iri.of(text(n)));
    add(d, XapiDuration.class, n -> XapiDuration.parse(text(n)));
    return d;
  }

  private <T> void add(SimpleDeserializers d, Class<T> type, Function<JsonNode, T> mapping) {
    d.addDeserializer(type, deserializer(type, tree -> codec.map(tree, mapping, "")));
  }

  private <T> ModelDeserializer<T> deserializer(Class<T> type, Function<JsonNode, T> mapping) {
    return new ModelDeserializer<>(type, codec.trees(), mapping);
  }

  private static String text(JsonNode n) {
    if (!n.isTextual()) {
      throw new IllegalArgumentException("expected a string, found " + n.getNodeType());
    }
    return n.textValue();
  }
}
