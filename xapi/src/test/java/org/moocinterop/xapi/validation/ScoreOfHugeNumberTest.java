package org.moocinterop.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/**
 * Regression: a score of {@code 1e400} read by {@link XapiValidator#parse} became an infinite
 * double whose {@code decimalValue()} threw NumberFormatException out of {@code validateStatement}.
 */
class ScoreOfHugeNumberTest {

  private static byte[] statement(String score) {
    return ("{\"actor\":{\"mbox\":\"mailto:a@example.org\"},\"verb\":{\"id\":\"https://e.org/v\"},"
        + "\"object\":{\"id\":\"https://e.org/o\"},\"result\":{\"score\":" + score + "}}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> rules(XapiVersion version, String score) {
    XapiValidator validator = XapiValidator.forVersion(version);
    return validator.validateStatement(validator.parse(statement(score))).stream()
        .map(Violation::rule).toList();
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void scoreOf1e400IsAViolationNotAnException(XapiVersion version) {
    assertThat(rules(version, "{\"raw\":1e400,\"min\":0,\"max\":100}"))
        .containsExactly("score.raw.range");
    assertThat(rules(version, "{\"raw\":-1e400,\"min\":0,\"max\":100}"))
        .containsExactly("score.raw.range");
    assertThat(rules(version, "{\"raw\":5,\"min\":0,\"max\":1e400}")).isEmpty();
    assertThat(rules(version, "{\"min\":1e400,\"max\":1}")).containsExactly("score.min-max");
    assertThat(rules(version, "{\"scaled\":1e400}")).containsExactly("score.scaled.range");
    assertThat(rules(version, "{\"raw\":1e-400,\"min\":0,\"max\":1}")).isEmpty();
  }
}
