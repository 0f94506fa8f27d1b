package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiDurationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"PT1H30M", "P1Y2M3DT4H5M6.789S", "P2W", "P1D", "PT0.12567S", "P0D", "PT0S", "P10Y", "PT36H"})
  void parseKeepsTheTextExactly(String text) {
    assertThat(XapiDuration.parse(text).text()).isEqualTo(text);
    assertThat(XapiDuration.parse(text).toString()).isEqualTo(text);
  }

  @Test
  void parseReadsTheDateAndTimePartsWithJavaTime() {
    XapiDuration d = XapiDuration.parse("P1Y2M3DT4H5M6.789S");
    assertThat(d.datePart()).isEqualTo(Period.of(1, 2, 3));
    assertThat(d.timePart()).isEqualTo(Duration.parse("PT4H5M6.789S"));
    assertThat(XapiDuration.parse("P2W").datePart()).isEqualTo(Period.ofDays(14));
    assertThat(XapiDuration.parse("P2W").timePart()).isEqualTo(Duration.ZERO);
    assertThat(XapiDuration.parse("PT1.5S").datePart()).isEqualTo(Period.ZERO);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "P", "PT", "P1DT", "1D", "P1H", "PT1D", "P1W2D", "P1.5D", "PT1.5H", "P-1D", "PT-1S",
        "p1d", "P1D ", "P99999999999999999999D", "PT1,S", "P1M1Y"
      })
  void durationsOutsideTheXapiFormatAreRejected(String text) {
    assertThatThrownBy(() -> XapiDuration.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4.6");
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/xapi-duration/equal.csv")
  void durationsCompareToCentisecondsTruncatingNotRounding(String first, String second) {
    assertThat(XapiDuration.parse(first))
        .isEqualTo(XapiDuration.parse(second))
        .hasSameHashCodeAs(XapiDuration.parse(second));
  }

  @ParameterizedTest
  @CsvFileSource(resources = "/xapi-duration/different.csv")
  void durationsOfDifferentValueOrUnitsDiffer(String first, String second) {
    assertThat(XapiDuration.parse(first)).isNotEqualTo(XapiDuration.parse(second));
  }

  @Test
  void commaIsADecimalSignOfSecondsAsTheValidatorAccepts() {
    XapiDuration d = XapiDuration.parse("PT1,5S");
    assertThat(d.text()).isEqualTo("PT1,5S");
    assertThat(d.timePart()).isEqualTo(Duration.ofMillis(1500));
    assertThat(d).isEqualTo(XapiDuration.parse("PT1.5S"));
  }

  @Test
  void fractionsBeyondNanosecondsAreReadNotRejected() {
    XapiDuration d = XapiDuration.parse("PT1.12345678912S");
    assertThat(d.text()).isEqualTo("PT1.12345678912S");
    assertThat(d.timePart()).isEqualTo(Duration.ofSeconds(1, 123_456_789));
    assertThat(XapiDuration.parseWithPattern("PT1.12345678912S").timePart())
        .isEqualTo(d.timePart());
  }

  @Test
  void ofJavaDurationUsesItsIsoText() {
    assertThat(XapiDuration.of(Duration.ofMinutes(90).plusMillis(500)).text()).isEqualTo("PT1H30M0.5S");
    assertThat(XapiDuration.of(Duration.ZERO).text()).isEqualTo("PT0S");
    assertThatThrownBy(() -> XapiDuration.of(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void truncationToCentisecondsKeepsLargeDurations() {
    XapiDuration big = XapiDuration.parse("PT1000000000H30M7.999S");
    assertThat(big.timePartToCentiseconds()).isEqualTo(Duration.parse("PT1000000000H30M7.99S"));
  }
}
