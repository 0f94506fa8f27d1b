package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResultTest {

  @ParameterizedTest
  @CsvSource({"1.0001", "-1.0001", "2", "-50"})
  void scoreScaledMustBeBetweenMinusOneAndOne(String scaled) {
    assertThatThrownBy(() -> Score.ofScaled(new BigDecimal(scaled)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score.scaled");
  }

  @ParameterizedTest
  @CsvSource({"1", "-1", "0", "0.95"})
  void scoreScaledAtOrWithinTheBoundsIsAccepted(String scaled) {
    assertThat(Score.ofScaled(new BigDecimal(scaled)).scaled()).contains(new BigDecimal(scaled));
  }

  @ParameterizedTest
  @CsvSource({"5, 5", "6, 5"})
  void scoreMinMustBeLessThanMax(String min, String max) {
    assertThatThrownBy(() -> Score.builder().min(new BigDecimal(min)).max(new BigDecimal(max)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score.min must be less than score.max");
  }

  @ParameterizedTest
  @CsvSource({"-1, 0, 10, below", "11, 0, 10, above"})
  void scoreRawMustBeWithinMinAndMax(String raw, String min, String max, String side) {
    assertThatThrownBy(() -> Score.ofRaw(new BigDecimal(raw), new BigDecimal(min), new BigDecimal(max)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score.raw must not be " + side);
  }

  @Test
  void aScoreWithOnlyRawIsAccepted() {
    Score score = Score.builder().raw(1e9).build();
    assertThat(score.raw()).contains(BigDecimal.valueOf(1e9));
    assertThat(score.min()).isEmpty();
  }

  @Test
  void resultRoundTripsThroughItsBuilder() {
    Result result =
        Result.builder()
            .score(Score.ofRaw(BigDecimal.valueOf(8), BigDecimal.ZERO, BigDecimal.TEN))
            .success(true)
            .completion(false)
            .response("a[,]b")
            .duration(XapiDuration.parse("PT1M30S"))
            .build();
    assertThat(result.toBuilder().build()).isEqualTo(result).hasSameHashCodeAs(result);
    assertThat(result.success()).contains(true);
    assertThat(result.extensions().isEmpty()).isTrue();
  }
}
