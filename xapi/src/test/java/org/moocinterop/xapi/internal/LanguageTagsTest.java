package org.moocinterop.xapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The validator's language-tag check is the api's rule, cached, with a length bound. */
class LanguageTagsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "en-US", "und", "x-private", "i-enochian", "i-klingon", "de-CH-1901", "en-US-x-twain",
        "something", "en_US", "", " ", "en-a", "de-1901-1901", "en-a-foo-a-bar", "x-a-a",
        "en-x-a-a", "sl-rozaj-rozaj", "zh-z-aaa-z-bbb-c-ccc"
      })
  void acceptsExactlyTheTagsTheApiFindsWellFormed(String tag) {
    assertThat(LanguageTags.isValid(tag))
        .isEqualTo(org.moocinterop.api.text.LanguageTags.isWellFormed(tag));
  }

  /**
   * RFC 5646 section 2.2.7: subtags after {@code x} are private use and may repeat. The validator
   * used to refuse {@code x-a-a} (it read the second {@code a} as a repeated singleton).
   */
  @ParameterizedTest
  @ValueSource(strings = {"x-a-a", "X-A-a", "x-foo-foo"})
  void aPrivateUseTagMayRepeatASubtag(String tag) {
    assertThat(LanguageTags.isValid(tag)).isTrue();
  }

  /** xAPI language maps may use tags that name no language, unlike the api's LocalizedText. */
  @ParameterizedTest
  @ValueSource(strings = {"und", "x-private", "i-enochian"})
  void aWellFormedTagNamingNoLanguageIsValid(String tag) {
    assertThat(LanguageTags.isValid(tag)).isTrue();
  }

  @Test
  void aTagLongerThan128CharactersIsRefusedEvenIfWellFormed() {
    String atLimit = "en-x" + "-abcdefg".repeat(15) + "-abc";
    String overLimit = atLimit + "d";
    assertThat(atLimit).hasSize(128);
    assertThat(LanguageTags.isValid(atLimit)).isTrue();
    assertThat(org.moocinterop.api.text.LanguageTags.isWellFormed(overLimit)).isTrue();
    assertThat(LanguageTags.isValid(overLimit)).isFalse();
  }
}
