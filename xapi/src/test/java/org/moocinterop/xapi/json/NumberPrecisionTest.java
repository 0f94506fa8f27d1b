package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonNumber;
import org.moocinterop.api.statement.Extensions;
import org.moocinterop.api.statement.Score;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;

/** Extension values are kept exactly (xAPI Data 2.4.6.3): number literals and key order. */
class NumberPrecisionTest {

  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);
  private final Statement statement = json.readStatement(Fixtures.bytes("json/numbers/extensions.json"));
  private final Extensions extensions = statement.result().orElseThrow().extensions();

  @Test
  void extensionNumbersKeepTheirLiteralText() {
    assertThat(number("z-first")).isEqualTo("1.10");
    assertThat(number("huge")).isEqualTo("1e400");
    assertThat(number("tiny")).isEqualTo("1E-400");
    assertThat(number("big-int")).isEqualTo("123456789012345678901234567890");
    assertThat(number("long")).isEqualTo("9007199254740993");
    assertThat(number("negative-zero")).isEqualTo("-0");
  }

  @Test
  void extensionsAreWrittenBackByteForByteInTheirOrder() {
    String written = new String(json.write(statement, Format.EXACT), StandardCharsets.UTF_8);

    assertThat(written).contains("\"https://example.org/ext/z-first\":1.10,"
        + "\"https://example.org/ext/huge\":1e400,"
        + "\"https://example.org/ext/tiny\":1E-400,"
        + "\"https://example.org/ext/big-int\":123456789012345678901234567890,"
        + "\"https://example.org/ext/long\":9007199254740993,"
        + "\"https://example.org/ext/negative-zero\":-0,"
        + "\"https://example.org/ext/a-nested\":{\"b\":[0.10,2.5e+3,-1.0],\"a\":null,\"t\":true},"
        + "\"https://example.org/ext/text\":\"1.10\"");
  }

  @Test
  void scoreKeepsItsScale() {
    Score score = statement.result().orElseThrow().score().orElseThrow();
    assertThat(score.scaled().orElseThrow()).isEqualTo(new BigDecimal("0.50"));
    assertThat(score.raw().orElseThrow()).isEqualTo(new BigDecimal("1.10"));
    assertThat(score.max().orElseThrow()).isEqualTo(new BigDecimal("1e1"));
    assertThat(json.readStatement(json.write(statement, Format.EXACT))).isEqualTo(statement);
  }

  @Test
  void numbersMadeInCodeAreWrittenAsTheirText() {
    Statement built = statement.toBuilder().result(statement.result().orElseThrow().toBuilder()
        .extensions(Extensions.of(Iri.of("https://example.org/x"), JsonNumber.of("2.000")))
        .build()).build();

    assertThat(new String(json.write(built, Format.EXACT), StandardCharsets.UTF_8))
        .contains("\"extensions\":{\"https://example.org/x\":2.000}");
    assertThat(List.of(built)).containsExactly(json.readStatement(json.write(built, Format.EXACT)));
  }

  @Test
  void integerScoresAreWrittenAsTheirTextOnBothSidesOfTheLongShortcut() {
    // up to 18 digits the writer skips the String; from 19 on, and with an exponent, it does not
    Statement scored = json.readStatement("""
        {"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"https://example.org/v"},
         "object":{"id":"https://example.org/a"},
         "result":{"score":{"raw":-7,"min":-123456789012345678,"max":1234567890123456789012}}}
        """);
    Statement exponent = json.readStatement("""
        {"actor":{"mbox":"mailto:a@example.org"},"verb":{"id":"https://example.org/v"},
         "object":{"id":"https://example.org/a"},"result":{"score":{"raw":0,"max":1e1}}}
        """);

    assertThat(new String(json.write(scored, Format.EXACT), StandardCharsets.UTF_8)).contains(
        "\"score\":{\"raw\":-7,\"min\":-123456789012345678,\"max\":1234567890123456789012}");
    assertThat(new String(json.write(exponent, Format.EXACT), StandardCharsets.UTF_8))
        .contains("\"score\":{\"raw\":0,\"max\":1E+1}");
  }

  private String number(String key) {
    return ((JsonNumber) extensions.get(Iri.of("https://example.org/ext/" + key)).orElseThrow())
        .text();
  }
}
