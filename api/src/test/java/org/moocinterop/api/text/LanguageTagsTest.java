package org.moocinterop.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 5646 well-formedness as {@link LanguageTags} checks it, one test per rule. */
class LanguageTagsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en", "EN-us", "de-CH", "zh-Hant", "sr-Latn-RS", "es-419", "cmn", "zh-yue-HK",
        "de-CH-1901", "de-1901-1996", "sl-rozaj-biske-1994", "en-US-x-twain", "en-a-foo-b-bar",
        "en-u-ca-gregory", "i-klingon", "en-GB-oed"
      })
  void wellFormedTagsThatNameALanguageAreAcceptedAndParsed(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isTrue();
    assertThat(LanguageTags.parse(tag).getLanguage()).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", " ", "e", "something", "a12345678", "en_US", "en--US", "-en", "en-", "en-a", "en-x",
        "en-US-US", "en-Hans-Hant", "en-abc-def-ghi-jkl"
      })
  void textNotMatchingTheSyntaxIsRefused(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isFalse();
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language tag");
  }

  /** RFC 5646 section 2.2.5: the same variant subtag must not be used more than once. */
  @ParameterizedTest
  @ValueSource(strings = {"de-1901-1901", "sl-rozaj-rozaj", "en-1abc-1abc", "DE-1901-1901"})
  void aRepeatedVariantIsRefused(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isFalse();
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("variant")
        .hasMessageContaining("2.2.5");
  }

  /** RFC 5646 section 2.2.6: each singleton may appear at most once (outside private use). */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "en-a-foo-a-bar", "EN-A-FOO-a-bar", "zh-z-aaa-z-bbb-c-ccc", "en-u-ca-gregory-u-nu-latn"
      })
  void aRepeatedExtensionSingletonIsRefused(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isFalse();
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("singleton")
        .hasMessageContaining("2.2.6");
  }

  /**
   * Why the repetition check exists: {@link Locale.Builder} accepts a repeated singleton and drops
   * what follows its second use, so {@code parse} used to return {@code en-a-foo} for this tag.
   */
  @Test
  void parseRefusesARepeatedSingletonThatLocaleBuilderWouldSilentlyDrop() {
    String tag = "en-a-foo-a-bar";
    assertThat(new Locale.Builder().setLanguageTag(tag).build().toLanguageTag()).isEqualTo("en-a-foo");
    assertThatThrownBy(() -> LanguageTags.parse(tag)).isInstanceOf(IllegalArgumentException.class);
  }

  /** RFC 5646 section 2.2.7: after {@code x}, subtags are private use and may repeat. */
  @ParameterizedTest
  @ValueSource(strings = {"x-a-a", "en-x-a-a", "en-x-foo-foo", "de-1901-x-1901-1901"})
  void privateUseSubtagsMayRepeat(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isTrue();
  }

  /**
   * Well formed, so fine as xAPI language-map keys, but naming no language, so not a {@link
   * Locale} for {@link LocalizedText}.
   */
  @ParameterizedTest
  @ValueSource(strings = {"und", "x-private", "x-a-a", "i-enochian"})
  void tagsNamingNoLanguageAreWellFormedButNotParsed(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isTrue();
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name a language");
  }
}
