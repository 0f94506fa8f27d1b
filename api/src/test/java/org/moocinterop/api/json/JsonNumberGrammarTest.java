package org.moocinterop.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass number check agrees with the RFC 8259 grammar as a regular expression. */
class JsonNumberGrammarTest {

  private static final Pattern GRAMMAR =
      Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

  @Test
  void numberCheckAgreesWithTheGrammar() {
    Random random = new Random(8259L);
    String alphabet = "0123456789-+.eE x";
    for (int i = 0; i < 100_000; i++) {
      int length = random.nextInt(10);
      StringBuilder b = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThat(JsonNumber.isNumber(text)).as(text).isEqualTo(GRAMMAR.matcher(text).matches());
    }
  }
}
