package org.moocinterop.xapi.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

class XapiValidatorTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final XapiValidator V2 = XapiValidator.forVersion(XapiVersion.V2_0_0);
  private static final XapiValidator V1 = XapiValidator.forVersion(XapiVersion.V1_0_3);

  static Stream<Path> realisticStatements() throws IOException {
    try (Stream<Path> files = Files.list(RuleCase.resource("statements/valid"))) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  static Stream<Path> realistic200Statements() throws IOException {
    try (Stream<Path> files = Files.list(RuleCase.resource("statements/valid/2.0.0"))) {
      return files.sorted().toList().stream();
    }
  }

  private static JsonNode read(Path file) throws IOException {
    return V2.parse(Files.readAllBytes(file));
  }

  private static ObjectNode statement() throws IOException {
    return (ObjectNode) read(RuleCase.resource("statements/valid/statement-01.json"));
  }

  @Test
  void thereAreAtLeastTwentyRealisticValidStatements() throws IOException {
    assertThat(realisticStatements()).hasSizeGreaterThanOrEqualTo(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realisticStatements")
  void realisticStatementsAreValidInBothVersions(Path file) throws IOException {
    JsonNode statement = read(file);
    assertThat(V2.validateStatement(statement)).isEmpty();
    assertThat(V1.validateStatement(statement)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realistic200Statements")
  void contextAgentsAndGroupsAreValidIn200Only(Path file) throws IOException {
    JsonNode statement = read(file);
    assertThat(V2.validateStatement(statement)).isEmpty();
    assertThat(V1.validateStatement(statement)).extracting(Violation::rule)
        .contains("property.unknown", "version.value");
  }

  @Test
  void collectsEveryViolationInsteadOfStoppingAtTheFirst() throws IOException {
    ObjectNode statement = statement();
    ((ObjectNode) statement.get("actor")).put("mbox", "ada@example.edu");
    ((ObjectNode) statement.get("verb")).remove("id");
    statement.put("timestamp", "yesterday");
    statement.put("Stored", "2024-01-01T00:00:00Z");

    List<Violation> violations = V2.validateStatement(statement);

    assertThat(violations).extracting(Violation::rule, Violation::pointer).contains(
        org.assertj.core.groups.Tuple.tuple("mbox.format", "/actor/mbox"),
        org.assertj.core.groups.Tuple.tuple("verb.id.required", "/verb"),
        org.assertj.core.groups.Tuple.tuple("timestamp.format", "/timestamp"),
        org.assertj.core.groups.Tuple.tuple("property.case", "/Stored"));
  }

  @Test
  void batchPointersStartWithTheIndex() throws IOException {
    ArrayNode batch = JsonNodeFactory.instance.arrayNode();
    for (int i = 0; i < 4; i++) {
      batch.add(statement());
    }
    ((ObjectNode) batch.get(3).get("actor")).put("mbox", "not-mailto");
    ((ObjectNode) batch.get(1)).put("id", "nope");

    List<Violation> violations = V2.validateStatements(batch);

    assertThat(violations).extracting(Violation::pointer).containsExactly("/1/id", "/3/actor/mbox");
  }

  @Test
  void batchMustBeAnArray() throws IOException {
    assertThat(V2.validateStatements(statement())).extracting(Violation::rule, Violation::pointer)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("property.type", ""));
  }

  @Test
  void pointersEscapeSlashAndTilde() throws IOException {
    ObjectNode statement = statement();
    ((ObjectNode) statement.get("context")).putObject("extensions").put("a/b~c", 1);
    assertThat(V2.validateStatement(statement)).extracting(Violation::pointer)
        .containsExactly("/context/extensions/a~1b~0c");
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void nonObjectsAreReportedNotThrown(XapiVersion version) throws IOException {
    XapiValidator validator = XapiValidator.forVersion(version);
    for (String json : List.of("null", "1", "\"s\"", "[]", "true", "{}",
        "{\"actor\":null,\"verb\":[],\"object\":7,\"context\":{\"contextActivities\":{\"parent\":[null,1]}}}",
        "{\"actor\":{\"objectType\":\"Group\",\"member\":{}},\"verb\":{\"display\":[]},"
            + "\"object\":{\"objectType\":5},\"result\":{\"score\":[]},\"attachments\":[null,3]}")) {
      JsonNode node = MAPPER.readTree(json);
      assertThat(validator.validateStatement(node)).as(json).isNotEmpty()
          .allSatisfy(v -> assertThat(v.rule()).isNotBlank());
    }
  }

  @Test
  void requireValidStatementThrowsWithEveryViolation() throws IOException {
    ObjectNode statement = statement();
    statement.remove("actor");
    statement.put("version", "3.0.0");
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> V2.requireValidStatement(statement));
    assertThat(e.violations()).extracting(Violation::rule)
        .containsExactlyInAnyOrder("statement.required", "version.value");
  }

  @Test
  void parseStatementReadsAndValidates() {
    assertThatThrownBy(() -> V2.parseStatement("{\"actor\":{}}".getBytes(UTF_8)))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void isAnImmutableValuePerVersion() {
    assertThat(V2.version()).isEqualTo(XapiVersion.V2_0_0);
    assertThat(V2.withLimits(1024, 32).maxBytes()).isEqualTo(1024);
    assertThat(V2.maxBytes()).isEqualTo(XapiValidator.DEFAULT_MAX_BYTES);
    assertThatThrownBy(() -> V2.withLimits(0, 64)).isInstanceOf(IllegalArgumentException.class);
    assertThat(V2).hasToString("XapiValidator[2.0.0]");
  }
}
