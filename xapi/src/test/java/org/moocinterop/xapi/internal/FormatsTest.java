package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
