package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/** Bad input is a ValidationException carrying the violated rules, never a Jackson exception. */
class InvalidInputTest {

  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);

  static List<Fixtures.Case> invalidStatements() {
    return Fixtures.statements("statements/invalid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStatements")
  void everyInvalidFixtureIsAValidationExceptionNamingItsRule(Fixtures.Case c) {
    XapiJson codec = XapiJson.forVersion(c.version());

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> codec.readStatement(c.statement()));

    assertThat(e).as("%s", c).isNotNull();
    assertThat(e.violations()).extracting(Violation::rule).contains(c.rule());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidStatements")
  void streamsAndListsReportTheSameRule(Fixtures.Case c) {
    XapiJson codec = XapiJson.forVersion(c.version());

    assertThatThrownBy(() -> codec.readStatements(new ByteArrayInputStream(c.statement())))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule).contains(c.rule()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{", "[", "{\"a\":1}}", "nul", "{\"a\" 1}", "[1,]", "'x'",
      "{\"actor\":01}", "1e99999999999"})
  void brokenJsonIsAJsonRuleViolation(String text) {
    assertThatThrownBy(() -> json.readStatement(text))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(Violation::rule)
                .allMatch(rule -> rule.startsWith("json.")));
  }

  @Test
  void aDuplicateKeyIsNamedWithItsPointer() {
    String text = "{\"actor\":{\"mbox\":\"mailto:a@example.org\",\"mbox\":\"mailto:b@example.org\"}}";

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> json.readStatement(text));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("json.duplicate-key");
      assertThat(v.pointer()).isEqualTo("/actor/mbox");
    });
  }

  @Test
  void documentsBeyondTheLimitsAreRefused() {
    XapiJson small = json.withLimits(64, 16);
    String deep = "[".repeat(40) + "]".repeat(40);
    byte[] big = ("{\"x\":\"" + "a".repeat(100) + "\"}").getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> small.readStatement(deep)).isInstanceOfSatisfying(
        ValidationException.class,
        e -> assertThat(e.violations().get(0).rule()).isEqualTo("json.limit"));
    assertThatThrownBy(() -> small.readStatement(big)).isInstanceOfSatisfying(
        ValidationException.class,
        e -> assertThat(e.violations().get(0).rule()).isEqualTo("json.limit"));
  }

  @Test
  void anArrayReportsEveryInvalidStatementWithItsIndex() {
    String valid = new String(Fixtures.bytes("statements/valid/statement-01.json"),
        StandardCharsets.UTF_8);
    String text = "[" + valid + ",{\"actor\":{}}," + valid + "]";

    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> json.readStatements(text));

    assertThat(e.violations()).isNotEmpty()
        .allSatisfy(v -> assertThat(v.pointer()).startsWith("/1"));
  }

  @Test
  void aStatementMustBeAnObject() {
    assertThatThrownBy(() -> json.readStatement("[]")).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> json.readStatement("\"statement\""))
        .isInstanceOf(ValidationException.class);
  }
}
