package org.moocinterop.xapi.validation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/** The parse-level rules: json.syntax, json.duplicate-key, json.limit. */
class StrictJsonParseTest {

  private static final XapiValidator VALIDATOR = XapiValidator.forVersion(XapiVersion.V2_0_0);

  static Stream<Path> syntaxFixtures() throws IOException {
    return fixtures("json.syntax");
  }

  static Stream<Path> duplicateKeyFixtures() throws IOException {
    return fixtures("json.duplicate-key");
  }

  private static Stream<Path> fixtures(String rule) throws IOException {
    try (Stream<Path> files = Files.list(RuleCase.resource("statements/invalid/" + rule))) {
      return files.sorted().toList().stream();
    }
  }

  private static Violation rejection(byte[] json) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> VALIDATOR.parse(json));
    assertThat(e).as("parse must reject %s", new String(json, UTF_8)).isNotNull();
    List<Violation> violations = e.violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  @ParameterizedTest(name = "{0}") // Data2.2-FormattingRequirements.js XAPI-00014
  @MethodSource("syntaxFixtures")
  void jsonSyntax(Path fixture) throws IOException {
    Violation violation = rejection(Files.readAllBytes(fixture));
    assertThat(violation.rule()).isEqualTo("json.syntax");
    assertThat(violation.section()).isEqualTo("IEEE 9274.1.1 4.2.1");
    assertThat(violation.message()).isNotBlank().doesNotContain("com.fasterxml");
  }

  @ParameterizedTest(name = "{0}") // xAPI-Data 2.2: each property at most once
  @MethodSource("duplicateKeyFixtures")
  void jsonDuplicateKey(Path fixture) throws IOException {
    Violation violation = rejection(Files.readAllBytes(fixture));
    assertThat(violation.rule()).isEqualTo("json.duplicate-key");
    assertThat(violation.pointer()).isIn("/actor", "/actor/name", "/verb/display/en-US");
  }

  @ParameterizedTest(name = "depth {0}")
  @ValueSource(ints = {65, 1000, 100_000})
  void jsonLimit(int depth) {
    String deep = "[".repeat(depth) + "]".repeat(depth);
    Violation violation = rejection(deep.getBytes(UTF_8));
    assertThat(violation.rule()).isEqualTo("json.limit");
  }

  @Test
  void jsonLimitOnSize() {
    XapiValidator small = VALIDATOR.withLimits(100, 64);
    String big = "{\"actor\": \"" + "x".repeat(200) + "\"}";
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> small.parse(big.getBytes(UTF_8)));
    assertThat(e.violations()).extracting(Violation::rule).containsExactly("json.limit");
  }

  @Test
  void acceptsNestingUpToTheLimit() {
    String deep = "[".repeat(64) + "]".repeat(64);
    assertThat(VALIDATOR.parse(deep.getBytes(UTF_8)).isArray()).isTrue();
  }

  @Test
  void readsStreamsLikeBytes() throws IOException {
    byte[] json = Files.readAllBytes(RuleCase.resource("statements/valid/statement-01.json"));
    JsonNode fromStream = VALIDATOR.parse(new ByteArrayInputStream(json));
    assertThat(fromStream).isEqualTo(VALIDATOR.parse(json));
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> VALIDATOR.parse(new ByteArrayInputStream("{\"a\":1,\"a\":2}".getBytes(UTF_8))));
    assertThat(e.violations()).extracting(Violation::rule).containsExactly("json.duplicate-key");
  }

  @Test
  void rulesOfTheParseAreInTheCatalogue() {
    assertThat(XapiRule.byId("json.syntax")).contains(XapiRule.JSON_SYNTAX);
    assertThat(XapiRule.JSON_LIMIT.section(XapiVersion.V1_0_3)).isEqualTo("xAPI-Communication 1.4");
  }
}
