package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass checks of {@link LanguageMap} tags and {@link XapiDuration} agree with the regular
 * expressions they replace, on large generated sets.
 */
class HandWrittenChecksAgreeTest {

  private static final Pattern TAG_SHAPE =
      Pattern.compile("[A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8})*");

  @Test
  void languageTagShapeAgreesWithTheRegularExpression() {
    Random random = new Random(5646L);
    String alphabet = "aZ09-x_ é";
    for (int i = 0; i < 50_000; i++) {
      String tag = randomText(random, alphabet, 20);
      assertThat(LanguageMap.hasTagShape(tag)).as(tag).isEqualTo(TAG_SHAPE.matcher(tag).matches());
    }
  }

  @Test
  void durationFastPathAgreesWithThePatternPath() {
    Random random = new Random(8601L);
    String alphabet = "PTYMDWHS.,0123456789";
    int accepted = 0;
    for (int i = 0; i < 100_000; i++) {
      String text = i % 2 == 0 ? "P" + randomText(random, alphabet, 14) : plausible(random);
      XapiDuration expected;
      try {
        expected = XapiDuration.parseWithPattern(text);
      } catch (IllegalArgumentException e) {
        assertThat(XapiDuration.parseCommon(text)).as(text).isNull();
        assertThatThrownBy(() -> XapiDuration.parse(text)).as(text)
            .isInstanceOf(IllegalArgumentException.class);
        continue;
      }
      accepted++;
      XapiDuration actual = XapiDuration.parse(text);
      assertThat(actual.text()).isEqualTo(text);
      assertThat(actual.datePart()).as(text).isEqualTo(expected.datePart());
      assertThat(actual.timePart()).as(text).isEqualTo(expected.timePart());
    }
    assertThat(accepted).isGreaterThan(10_000);
  }

  private static String plausible(Random random) {
    StringBuilder b = new StringBuilder("P");
    if (random.nextInt(10) == 0) {
      return b.append(number(random)).append('W').toString();
    }
    for (char d : new char[] {'Y', 'M', 'D'}) {
      if (random.nextBoolean()) {
        b.append(number(random)).append(d);
      }
    }
    if (random.nextInt(4) != 0) {
      b.append('T');
      for (char d : new char[] {'H', 'M', 'S'}) {
        if (random.nextBoolean()) {
          b.append(number(random));
          if (d == 'S' && random.nextBoolean()) {
            b.append('.').append(number(random));
          }
          b.append(d);
        }
      }
    }
    return b.toString();
  }

  private static String number(Random random) {
    int digits = 1 + (random.nextInt(5) == 0 ? random.nextInt(20) : random.nextInt(3));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < digits; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private static String randomText(Random random, String alphabet, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
