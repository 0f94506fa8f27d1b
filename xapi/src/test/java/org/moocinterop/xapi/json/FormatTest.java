package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;

/** The {@code format} parameter (xAPI-Communication 2.1.3): ids and canonical. */
class FormatTest {

  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);

  static List<Path> idsCases() {
    return Fixtures.files("json/ids");
  }

  static List<Path> canonicalCases() {
    return Fixtures.files("json/canonical");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idsCases")
  void idsKeepsOnlyWhatIdentifies(Path file) throws Exception {
    JsonNode fixture = Fixtures.MAPPER.readTree(file.toFile());
    Statement statement = json.readStatement(bytes(fixture.get("statement")));

    byte[] written = json.write(statement, Format.IDS);

    assertThat(Fixtures.MAPPER.readTree(written)).isEqualTo(fixture.get("expected"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("canonicalCases")
  void canonicalKeepsTheBestLanguageOfActivitiesAndVerbs(Path file) throws Exception {
    JsonNode fixture = Fixtures.MAPPER.readTree(file.toFile());
    Statement statement = json.readStatement(bytes(fixture.get("statement")));
    List<Locale> languages = new ArrayList<>();
    fixture.get("languages").forEach(l -> languages.add(Locale.forLanguageTag(l.textValue())));

    byte[] written = json.write(statement, Format.CANONICAL, languages);

    assertThat(Fixtures.MAPPER.readTree(written)).isEqualTo(fixture.get("expected"));
  }

  @Test
  void writeStatementsAppliesTheFormatToEach() throws Exception {
    JsonNode fixture = Fixtures.tree("json/ids/sub-statement.json");
    Statement statement = json.readStatement(bytes(fixture.get("statement")));

    JsonNode written = Fixtures.MAPPER.readTree(
        json.writeStatements(List.of(statement, statement), Format.IDS));

    assertThat(written).hasSize(2).allSatisfy(s -> assertThat(s).isEqualTo(fixture.get("expected")));
  }

  @Test
  void formatParameterNamesAreTheSpecificationsLowerCaseWords() {
    for (Format format : Format.values()) {
      assertThat(Format.fromParameter(format.parameter())).isSameAs(format);
    }
    assertThatThrownBy(() -> Format.fromParameter("IDS"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static byte[] bytes(JsonNode node) {
    return node.toString().getBytes(StandardCharsets.UTF_8);
  }
}
