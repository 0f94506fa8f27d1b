package org.moocinterop.api.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalizedTextTest {

  @Test
  void languageTagsAreReadCaseInsensitively() {
    assertThat(LanguageTags.parse("EN-us")).isEqualTo(Locale.US);
    assertThat(LanguageTags.parse("zh-Hans-CN").getScript()).isEqualTo("Hans");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "en_US", "en-", "e", "und", "x-private"})
  void textThatIsNoLanguageTagIsRefused(String tag) {
    assertThatThrownBy(() -> LanguageTags.parse(tag))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("language");
  }

  @Test
  void mutatingTheSourceMapChangesNothing() {
    Map<Locale, String> source = new LinkedHashMap<>();
    source.put(Locale.ENGLISH, "Algebra");
    LocalizedText text = LocalizedText.of(source);
    source.put(Locale.GERMAN, "Algebra");

    assertThat(text.languages()).containsExactly(Locale.ENGLISH);
    assertThatThrownBy(() -> text.asMap().put(Locale.FRENCH, "Algèbre"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void resolvePrefersExactThenSameLanguageThenFirst() {
    LocalizedText text = LocalizedText.of("de-CH", "Grüezi").with("en", "Hello").with("fr", "Salut");

    assertThat(text.resolve(Locale.ENGLISH)).contains("Hello");
    assertThat(text.resolve(Locale.GERMAN)).contains("Grüezi");
    assertThat(text.resolve(List.of(Locale.JAPANESE, Locale.FRENCH))).contains("Salut");
    assertThat(text.resolve(Locale.JAPANESE)).contains("Grüezi");
    assertThat(LocalizedText.empty().resolve(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void equalityIgnoresOrder() {
    assertThat(LocalizedText.of("en", "A").with("de", "B"))
        .isEqualTo(LocalizedText.of("de", "B").with("en", "A"))
        .hasSameHashCodeAs(LocalizedText.of("de", "B").with("en", "A"));
  }

  @Test
  void blankTextsAreRefused() {
    assertThatThrownBy(() -> LocalizedText.of("en", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the text in 'en' must not be blank");
  }
}
