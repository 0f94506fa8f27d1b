package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsTest {

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"en-US, true", "zh-Hant, true", "sr-Latn-RS, true", "es-419, true", "cmn, true",
      "en-US-x-twain, true", "de-CH-1901, true", "something, false", "a12345678, false",
      "zh-z-aaa-z-bbb-c-ccc, false", "de-1901-1901, false", "en_US, false", "en--US, false",
      "'', false", "-en, false"})
  void languageTags(String tag, boolean valid) {
    assertThat(LanguageTags.isValid(tag)).isEqualTo(valid);
    assertThat(LanguageTags.isValid(tag)).as("cached").isEqualTo(valid);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"fd41c918-b88b-4b20-a0a5-a4c32391aaa0, true", "FD41C918-B88B-4B20-A0A5-A4C32391AAA0, true",
      "fd41c918b88b4b20a0a5a4c32391aaa0, false", "fd41c918-b88b-4b20-a0a5-a4c32391aaa, false",
      "gd41c918-b88b-4b20-a0a5-a4c32391aaa0, false", "fd41c918-b88b4-b20-a0a5-a4c32391aaa0, false"})
  void uuids(String text, boolean valid) {
    assertThat(Uuids.isValid(text)).isEqualTo(valid);
    UUID parsed = Uuids.parse(("[" + text + "]").toCharArray(), 1, text.length());
    assertThat(parsed).isEqualTo(valid ? UUID.fromString(text) : null);
  }

  /** The one-pass parse agrees with isValid and UUID.fromString on generated texts. */
  @Test
  void uuidParseAgreesWithCheckAndJdkOnGeneratedTexts() {
    Random random = new Random(36L);
    String alphabet = "0123456789abcdefABCDEF-g+ \u0661";
    int valid = 0;
    for (int i = 0; i < 50_000; i++) {
      char[] text = new UUID(random.nextLong(), random.nextLong()).toString().toCharArray();
      if (random.nextBoolean()) {
        text = String.valueOf(text).toUpperCase(Locale.ROOT).toCharArray();
      }
      int changes = random.nextInt(3);
      for (int k = 0; k < changes; k++) {
        text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
      }
      String s = String.valueOf(text);
      UUID parsed = Uuids.parse(text, 0, text.length);
      if (Uuids.isValid(s)) {
        valid++;
        assertThat(parsed).as(s).isEqualTo(UUID.fromString(s));
      } else {
        assertThat(parsed).as(s).isNull();
      }
    }
    assertThat(valid).isGreaterThan(10_000).isLessThan(50_000);
    assertThat(Uuids.parse("x".toCharArray(), 0, 1)).isNull();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"http://example.com, true", "urn:isbn:0451450523, true", "mailto:a@b.c, true",
      "https://例え.jp/パス, true", "example.com/path, false", "http:, false", ":x, false",
      "1http://x, false", "'http://a b', false", "http://a<b, false", "'', false",
      "www.example.com, false"})
  void iris(String text, boolean valid) {
    assertThat(Iris.isValid(text)).isEqualTo(valid);
  }
}
