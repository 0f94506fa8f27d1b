package org.moocinterop.xapi.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one-pass checks of {@link ValueFormats} accept exactly what the patterns they stand for
 * accept: {@code mailto:[^@\s<>"]+@[^@\s<>"]+} for an mbox (xAPI-Data 2.4.2.3), 40 hexadecimal
 * digits for an mbox_sha1sum, 56, 64, 96 or 128 for a sha2.
 */
class ValueFormatsTest {

  private static final Pattern MAILTO = Pattern.compile("mailto:[^@\\s<>\"]+@[^@\\s<>\"]+");
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "mailto:learner@example.org|true",
      "mailto:a@b|true",
      "mailto:Ünïcode@exämple.org|true",
      "mailto:@example.org|false",
      "mailto:learner@|false",
      "mailto:learner|false",
      "mailto:a@b@c|false",
      "mailto:a b@example.org|false",
      "'mailto:a\tb@example.org'|false",
      "mailto:<a>@example.org|false",
      "'mailto:\"a\"@example.org'|false",
      "MAILTO:a@example.org|false",
      "learner@example.org|false",
      "mailto:|false",
      "''|false"})
  void mboxIsAMailtoIriWithOneAddress(String text, boolean valid) {
    assertThat(ValueFormats.isMailto(text)).as(text).isEqualTo(valid);
    assertThat(MAILTO.matcher(text).matches()).as(text).isEqualTo(valid);
  }

  @Test
  void mboxCheckAgreesWithThePatternOnGeneratedTexts() {
    Random random = new Random(2039L);
    String alphabet = "aaaabbbb@.<>\" \t\n\u000B\f\r\u0085\u00A0é:-";
    int valid = 0;
    for (int i = 0; i < 100_000; i++) {
      StringBuilder b = new StringBuilder(random.nextInt(8) == 0 ? "mailt:" : "mailto:");
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      boolean expected = MAILTO.matcher(text).matches();
      assertThat(ValueFormats.isMailto(text)).as(text).isEqualTo(expected);
      valid += expected ? 1 : 0;
    }
    assertThat(valid).as("generated texts that are valid").isGreaterThan(500);
  }

  @Test
  void hexDigestChecksAgreeWithThePatternOnGeneratedTexts() {
    Random random = new Random(2040L);
    String alphabet = "0123456789abcdefABCDEFgG ";
    int[] lengths = {0, 39, 40, 41, 56, 64, 96, 128, 127};
    int valid = 0;
    for (int i = 0; i < 20_000; i++) {
      int length = lengths[random.nextInt(lengths.length)];
      StringBuilder b = new StringBuilder();
      boolean clean = random.nextBoolean();
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(clean ? 22 : alphabet.length())));
      }
      String text = b.toString();
      boolean hex = HEX.matcher(text).matches();
      int n = text.length();
      assertThat(ValueFormats.isSha1(text)).as(text).isEqualTo(n == 40 && hex);
      assertThat(ValueFormats.isSha2(text)).as(text)
          .isEqualTo((n == 56 || n == 64 || n == 96 || n == 128) && hex);
      valid += hex ? 1 : 0;
    }
    assertThat(valid).as("generated texts that are hexadecimal").isGreaterThan(1_000);
  }
}
