package org.moocinterop.xapi.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Timestamps;

/** The fast path agrees with the full timestamp parser wherever it answers. */
class FastTimestampsTest {

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.1Z", "2024-01-02T03:04:05.123456789Z",
    "2024-01-02T03:04:05+02:00", "2024-01-02T03:04:05.5-05:30", "2024-02-29T23:59:59+18:00",
    "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "0001-01-01T00:00:00+00:00"})
  void answersAsTheFullParser(String text) {
    assertThat(FastTimestamps.parse(text))
        .isEqualTo(Timestamps.parse(text, XapiVersion.V2_0_0))
        .isEqualTo(Timestamps.parse(text, XapiVersion.V1_0_3));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-01-02T03:04:05Z", "2024-01-02T03:04:05.100Z", "2024-01-02T03:04:05.000001Z",
    "2024-01-02T03:04:05.123456789Z", "1969-12-31T23:59:59.5Z", "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999Z", "-0001-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"})
  void formatsAsInstantToString(String text) {
    java.time.Instant instant = java.time.Instant.parse(text);
    assertThat(FastTimestamps.format(instant)).isEqualTo(instant.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "2024-01-02T03:04:05", "2024-01-02t03:04:05Z", "2024-01-02 03:04:05Z",
    "2024-01-02T03:04:05-00:00", "2023-02-29T00:00:00Z", "2024-13-01T00:00:00Z",
    "2024-01-02T24:00:00Z", "2024-01-02T03:04:60Z", "2024-01-02T03:04:05.Z",
    "2024-01-02T03:04:05.1234567890Z", "2024-01-02T03:04:05+18:30", "2024-01-02T03:04:05+0200",
    "2024-01-02T03:04Z", "20240102T030405Z"})
  void leavesEverythingElseToTheFullParser(String text) {
    assertThat(FastTimestamps.parse(text)).isNull();
  }
}
