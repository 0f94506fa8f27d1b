package org.moocinterop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one-pass IRI check accepts and refuses, with the same message, as the former checks. */
class IriCheckAgreesTest {

  private static final Pattern SCHEME =
      Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

  @Test
  void iriCheckAgreesWithTheRegularExpressionChecks() {
    Random random = new Random(3987L);
    String alphabet = "aZ9+-.:/ \t\n\u0085\u00a0\u2003\u3000\u007f\u0000é#";
    for (int i = 0; i < 100_000; i++) {
      int length = random.nextInt(12);
      StringBuilder b = new StringBuilder(length);
      for (int k = 0; k < length; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextInt(8) == 0) {
        b.appendCodePoint(0x1F600);
      }
      String text = b.toString();
      Throwable thrown = catchThrowable(() -> Iri.of(text));
      String expected = former(text);
      if (expected == null) {
        assertThat(thrown).as(text).isNull();
      } else {
        assertThat(thrown).as(text).isInstanceOf(IllegalArgumentException.class)
            .hasMessage(expected);
      }
    }
  }

  /** The message of the former constructor, or null if it accepted the text. */
  private static @org.jspecify.annotations.Nullable String former(String value) {
    if (value.isBlank()) {
      return "an IRI must not be blank";
    }
    if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      return "an IRI must not contain whitespace: '" + value + "'";
    }
    if (!SCHEME.matcher(value).matches()) {
      return "an IRI must start with a scheme such as 'https:' (RFC 3987): '" + value + "'";
    }
    return null;
  }
}
