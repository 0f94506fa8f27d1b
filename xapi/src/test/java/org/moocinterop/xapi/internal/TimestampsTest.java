package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.xapi.XapiVersion;

class TimestampsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2023-05-04T12:00:00-05:00, 2023-05-04T17:00:00Z",
      "2008-09-15T15:53:00.601+00:00, 2008-09-15T15:53:00.601Z",
      "2008-09-15t15:53:00z, 2008-09-15T15:53:00Z",
      "2008-09-15 15:53:00+02:00, 2008-09-15T13:53:00Z",
      "2024-05-04T12:00:00.123456789Z, 2024-05-04T12:00:00.123456789Z",
      "2099-12-31T23:59:59Z, 2099-12-31T23:59:59Z"})
  void rfc3339In200ConvertedToUtc(String text, String utc) {
    assertThat(Timestamps.parse(text, XapiVersion.V2_0_0)).isEqualTo(Instant.parse(utc));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2023-05-04T12:00:00-05:00, 2023-05-04T17:00:00Z",
      "20080915T155300Z, 2008-09-15T15:53:00Z",
      "20080915T155300.5+0130, 2008-09-15T14:23:00.5Z",
      "2008-09-15T15:53:00, 2008-09-15T15:53:00Z",
      "2008-09-15T15:53Z, 2008-09-15T15:53:00Z",
      "2008-09-15T15:53:00+0500, 2008-09-15T10:53:00Z",
      "2008-09-15T15:53:00+05, 2008-09-15T10:53:00Z"})
  void iso8601In103(String text, String utc) {
    assertThat(Timestamps.parse(text, XapiVersion.V1_0_3)).isEqualTo(Instant.parse(utc));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2008-09-15T15:53:00", "2008-09-15T15:53Z", "20080915T155300Z",
      "2008-09-15T15:53:00+0500", "2008-09-15T15:53:00+05", "2008-02-30T00:00:00Z",
      "2008-09-15T24:00:00Z", "2008-09-15T15:53:00.Z", "2008-09-15T15:53:00.1234567891Z",
      "+12008-09-15T15:53:00Z", "2008-09-15", "should fail", "01/011/2015", "",
      "2008-09-15T15:53:00.601-00:00"})
  void notRfc3339(String text) {
    assertThat(Timestamps.tryParse(text, XapiVersion.V2_0_0)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2008-09-15 15:53:00Z", "2008-09-15", "2008-09-15T15Z",
      "2008-0915T155300Z", "2008-13-01T00:00:00Z"})
  void notIso8601In103(String text) {
    assertThat(Timestamps.tryParse(text, XapiVersion.V1_0_3)).isEmpty();
    assertThatThrownBy(() -> Timestamps.parse(text, XapiVersion.V1_0_3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2008-09-15T15:53:00.601-00:00", "2008-09-15T15:53:00.601-0000",
      "2008-09-15T15:53:00.601-00"})
  void negativeZeroOffsetIsItsOwnProblem(String text) {
    assertThat(Timestamps.check(text, XapiVersion.V1_0_3))
        .isEqualTo(Timestamps.Problem.NEGATIVE_ZERO_OFFSET);
    assertThat(Timestamps.check(text, XapiVersion.V2_0_0)).isNotEqualTo(Timestamps.Problem.VALID);
  }
}
