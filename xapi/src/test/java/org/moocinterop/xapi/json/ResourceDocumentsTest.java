package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.About;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;

/** Person (Communication 2.4.2), About (2.8) and StatementResult (2.1.3) documents. */
class ResourceDocumentsTest {

  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);

  static List<Path> persons() {
    return Fixtures.files("json/person");
  }

  static List<Path> abouts() {
    return Fixtures.files("json/about");
  }

  static List<Path> statementResults() {
    return Fixtures.files("json/statement-result");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("persons")
  void personRoundTrips(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    Person person = json.readPerson(input);

    byte[] written = json.write(person);

    assertThat(json.readPerson(written)).isEqualTo(person);
    assertThat(Fixtures.MAPPER.readTree(written)).isEqualTo(Fixtures.MAPPER.readTree(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("abouts")
  void aboutRoundTripsExactly(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    About about = json.readAbout(input);

    byte[] written = json.write(about);

    assertThat(json.readAbout(written)).isEqualTo(about);
    assertThat(json.readTree(written)).isEqualTo(json.readTree(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statementResults")
  void statementResultRoundTrips(Path file) throws Exception {
    byte[] input = Files.readAllBytes(file);
    StatementResult result = json.readStatementResult(input);

    byte[] written = json.write(result, Format.EXACT);

    assertThat(json.readStatementResult(written)).isEqualTo(result);
    assertThat(Fixtures.MAPPER.readTree(written)).isEqualTo(Fixtures.MAPPER.readTree(input));
  }

  @Test
  void statementResultKeepsMoreAndSubMillisecondTimestamps() {
    StatementResult result =
        json.readStatementResult(Fixtures.bytes("json/statement-result/with-more.json"));

    assertThat(result.more()).contains("/xapi/statements?more=abc123");
    Statement statement = result.statements().get(0);
    assertThat(statement.timestamp()).contains(Instant.parse("2024-01-02T03:04:05.123456Z"));
    assertThat(new String(json.write(result, Format.EXACT), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"timestamp\":\"2024-01-02T03:04:05.123456Z\"")
        .contains("\"stored\":\"2024-01-02T03:04:06.100Z\"");
  }

  @Test
  void anEmptyMoreMeansNoMorePages() {
    assertThat(json.readStatementResult(Fixtures.bytes("json/statement-result/last-page.json"))
        .more()).isEqualTo(Optional.empty());
  }

  @Test
  void anInvalidStatementInAResultIsPointedAt() {
    assertThatThrownBy(() -> json.readStatementResult(
        "{\"statements\":[{\"actor\":{}}],\"more\":\"\"}".getBytes(
            java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).allSatisfy(v ->
                assertThat(v.pointer()).startsWith("/statements/0")));
  }

  @Test
  void aboutNeedsAVersionList() {
    assertThatThrownBy(() -> json.readAbout("{\"version\":[]}".getBytes(
        java.nio.charset.StandardCharsets.UTF_8)))
        .isInstanceOf(ValidationException.class);
  }
}
