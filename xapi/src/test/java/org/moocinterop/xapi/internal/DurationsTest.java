package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest
  @ValueSource(strings = {"PT1H0M0.1S", "P4W", "P3Y1M29DT4H35M59.14S", "PT16559.14S", "P3Y",
      "P1DT2H", "PT0S", "P0D", "PT0,5S", "P1Y2M", "PT36H"})
  void valid(String text) {
    assertThat(Durations.isValid(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"PA1H0M0S", "P4W1D", "PT", "P", "1H", "PT1.5H30M", "PT5S1M", "P1D1Y",
      "P0003-01-29T04:35:59", "pt1h", "PT1H ", "P1DT", "PT.5S", "PT5.S", "P-1D", "P1H", "PT1D",
      "P1W1W", "T1H", "", "P1.5W", "P1Y0.5M", "PT1.5H", "PT1,5M", "P1.5D",
      "P99999999999999999999D"})
  void invalid(String text) {
    assertThat(Durations.isValid(text)).isFalse();
  }
}
