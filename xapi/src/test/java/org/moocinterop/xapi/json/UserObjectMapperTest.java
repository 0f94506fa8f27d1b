package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.LanguageMap;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.xapi.About;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;

/** A platform's own ObjectMapper, with XapiModule registered, reads and writes the model. */
class UserObjectMapperTest {

  /** IRIs (verb, activity, type, moreInfo, extension keys) with characters outside ASCII. */
  private static final String NON_ASCII_IRIS = """
      {"actor":{"mbox":"mailto:lerner@kurse.example"},
       "verb":{"id":"https://vokabular.example/verben/lösen","display":{"de-DE":"gelöst"}},
       "object":{"objectType":"Activity","id":"https://kurse.example/übung/1",
         "definition":{"type":"https://vokabular.example/aktivitäten/übung",
           "moreInfo":"https://kurse.example/mehr/über",
           "extensions":{"https://vokabular.example/erweiterungen/schwierigkeit":3}}},
       "result":{"extensions":{"https://vokabular.example/erweiterungen/größe":true}},
       "context":{"contextActivities":{"parent":[{"id":"https://kurse.example/übung"}],
         "grouping":[{"id":"https://kurse.example/übung"}]},
         "extensions":{"https://vokabular.example/erweiterungen/größe":"ß"}}}
      """;

  private final ObjectMapper mapper = JsonMapper.builder().addModule(new XapiModule()).build();
  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);
  private final byte[] input = Fixtures.bytes("statements/valid/statement-01.json");

  @Test
  void readsAndWritesStatementsAsXapiJsonDoes() throws Exception {
    Statement statement = mapper.readValue(input, Statement.class);

    assertThat(statement).isEqualTo(json.readStatement(input));
    assertThat(mapper.writeValueAsBytes(statement)).isEqualTo(json.write(statement, Format.EXACT));
  }

  @Test
  void modelValuesNestInTheUsersOwnTypes() throws Exception {
    Statement statement = json.readStatement(input);
    Map<String, Object> envelope = Map.of("statement", statement, "count", 1);

    JsonNode written = mapper.readTree(mapper.writeValueAsBytes(envelope));

    assertThat(written.get("statement")).isEqualTo(mapper.readTree(json.write(statement, Format.EXACT)));
    List<Statement> list = mapper.readValue(
        mapper.writeValueAsBytes(List.of(statement, statement)), new TypeReference<>() {});
    assertThat(list).containsExactly(statement, statement);
  }

  @Test
  void anInvalidStatementIsAValidationException() {
    assertThatThrownBy(() -> mapper.readValue("{\"actor\":{}}", Statement.class))
        .isInstanceOfSatisfying(ValidationException.class,
            e -> assertThat(e.violations()).isNotEmpty());
  }

  @Test
  void aDuplicateKeyIsRefusedEvenByALenientMapper() {
    assertThatThrownBy(() -> mapper.readValue(
        "{\"mbox\":\"mailto:a@example.org\",\"mbox\":\"mailto:b@example.org\"}", Agent.class))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("json.duplicate-key"));
  }

  @Test
  void partsOfAStatementRoundTripOnTheirOwn() throws Exception {
    Statement statement = json.readStatement(input);

    assertThat(mapper.readValue(mapper.writeValueAsBytes(statement.actor()), Actor.class))
        .isEqualTo(statement.actor());
    assertThat(mapper.readValue(mapper.writeValueAsBytes(statement.verb()), Verb.class))
        .isEqualTo(statement.verb());
    assertThat(mapper.readValue(mapper.writeValueAsBytes(statement.object()), Activity.class))
        .isEqualTo(statement.object());
    assertThat(mapper.readValue("{\"objectType\":\"Person\",\"name\":[\"Ada\"]}", Person.class)
        .name()).containsExactly("Ada");
    assertThat(mapper.readValue("{\"version\":[\"2.0.0\"]}", About.class).version())
        .containsExactly("2.0.0");
    assertThat(mapper.readValue("{\"statements\":[],\"more\":\"\"}", StatementResult.class)
        .statements()).isEmpty();
  }

  @Test
  void aPartBreakingAModelRuleIsAValidationException() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\":\"no identifier\"}", Agent.class))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations().get(0).rule()).isEqualTo("statement.model"));
  }

  @Test
  void theWriterAttributeSelectsTheFormat() throws Exception {
    Verb verb = Verb.of(org.moocinterop.api.Iri.of("https://example.org/v"),
        LanguageMap.of("en", "did", "fr", "a fait"));

    String ids = mapper.writer().withAttribute(XapiModule.FORMAT_ATTRIBUTE, Format.IDS)
        .writeValueAsString(verb);
    String canonical = mapper.writer()
        .withAttribute(XapiModule.FORMAT_ATTRIBUTE, Format.CANONICAL)
        .withAttribute(XapiModule.LANGUAGES_ATTRIBUTE, List.of(Locale.FRENCH))
        .writeValueAsString(verb);

    assertThat(ids).isEqualTo("{\"id\":\"https://example.org/v\"}");
    assertThat(canonical).isEqualTo("{\"id\":\"https://example.org/v\",\"display\":{\"fr\":\"a fait\"}}");
  }

  @Test
  void aModuleForVersion103ReadsVersion103Statements() throws Exception {
    ObjectMapper old = new ObjectMapper().registerModule(new XapiModule(XapiVersion.V1_0_3));
    byte[] statement = Fixtures.bytes("statements/valid/statement-01.json");

    assertThat(old.readValue(statement, Statement.class)).isEqualTo(json.readStatement(statement));
  }

  @Test
  void nonAsciiIrisAreWrittenAsXapiJsonWritesThem() throws Exception {
    Statement statement = json.readStatement(NON_ASCII_IRIS);

    byte[] written = mapper.writeValueAsBytes(statement);

    assertThat(written).isEqualTo(json.write(statement, Format.EXACT));
    assertThat(new String(written, StandardCharsets.UTF_8))
        .contains("https://vokabular.example/verben/lösen");
    assertThat(json.readStatement(written)).isEqualTo(statement);
  }

  @Test
  void aMapperThatEscapesNonAsciiEscapesIris() throws Exception {
    Statement statement = json.readStatement(NON_ASCII_IRIS);
    ObjectMapper escaping = JsonMapper.builder().addModule(new XapiModule())
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    String written = escaping.writeValueAsString(statement);

    assertThat(written).isASCII()
        .contains("https://vokabular.example/verben/l\\u00F6sen")
        .contains("https://vokabular.example/erweiterungen/gr\\u00F6\\u00DFe");
    assertThat(json.readStatement(written)).isEqualTo(statement);
  }
}
