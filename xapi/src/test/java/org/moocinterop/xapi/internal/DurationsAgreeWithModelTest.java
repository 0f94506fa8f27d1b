package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.statement.XapiDuration;

/**
 * Regression: the validator accepted durations such as {@code PT0,5S} (comma decimal sign) and
 * {@code P1.5W} that the model's {@link XapiDuration#parse} refused, so the codec reported them
 * under {@code statement.model}. Now both accept exactly the same texts.
 */
class DurationsAgreeWithModelTest {

  @ParameterizedTest
  @ValueSource(strings = {"PT0,5S", "PT0.5S", "P1.5W", "P1Y0.5M", "PT1.5H", "PT1,5M", "P1,5D",
      "P99999999999999999999D", "PT99999999999999999999H", "PT1.1234567891S", "PT1,12345678912345S",
      "P4W", "PT36H"})
  void validatorAndModelAgreeOnDurations(String text) {
    assertThat(Durations.isValid(text)).as(text).isEqualTo(modelReads(text));
  }

  @Test
  void validatorAndModelAgreeOnGeneratedDurations() {
    Random random = new Random(124L);
    String alphabet = "PTYMDWHS.,0123456789";
    for (int i = 0; i < 50_000; i++) {
      StringBuilder b = new StringBuilder("P");
      int length = random.nextInt(12);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(Durations.isValid(text)).as(text).isEqualTo(modelReads(text));
    }
  }

  private static boolean modelReads(String text) {
    try {
      XapiDuration.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
