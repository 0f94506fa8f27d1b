package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/**
 * Regression: values the validator let through but the model refused surfaced under {@code
 * statement.model}, a rule outside the validator's catalogue. The known gaps (durations with a
 * comma or a fraction elsewhere than on the seconds, durations beyond {@code java.time}, IRIs with
 * Unicode spaces) are now closed in the validator: each is either mapped or reported under a
 * catalogued rule.
 */
class StatementModelGapTest {

  private static String statement(String verbId, String duration) {
    return "{\"actor\":{\"mbox\":\"mailto:a@example.org\"},\"verb\":{\"id\":\"" + verbId + "\"},"
        + "\"object\":{\"id\":\"https://e.org/o\"},\"result\":{\"duration\":\"" + duration
        + "\"}}";
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void commaDurationMapsToTheModel(XapiVersion version) {
    XapiJson json = XapiJson.forVersion(version);
    assertThat(json.readStatement(statement("https://e.org/v", "PT0,5S")).result()
        .flatMap(r -> r.duration()).map(d -> d.timePart().toMillis())).contains(500L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"P1.5W", "P1Y0.5M", "PT1.5H", "P99999999999999999999D"})
  void durationsTheModelRefusesAreDurationFormatViolations(String duration) {
    for (XapiVersion version : XapiVersion.values()) {
      ValidationException e = catchThrowableOfType(ValidationException.class,
          () -> XapiJson.forVersion(version).readStatement(statement("https://e.org/v", duration)));
      assertThat(e).as(duration).isNotNull();
      assertThat(e.violations()).extracting(Violation::rule).containsExactly("duration.format");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://e.org/a\\u3000b", "https://e.org/a\\u2028b",
      "https://e.org/a\\u2003b"})
  void irisWithUnicodeSpacesAreIriFormatViolations(String verbId) {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> XapiJson.forVersion(XapiVersion.V2_0_0).readStatement(
            statement(verbId, "PT1S").getBytes(StandardCharsets.UTF_8)));
    assertThat(e).isNotNull();
    assertThat(e.violations()).extracting(Violation::rule).containsExactly("iri.format");
  }
}
