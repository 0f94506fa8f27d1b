package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocinterop.api.text.LocalizedText;

/** Converting between an xAPI {@link LanguageMap} and the catalog's {@link LocalizedText}. */
class LanguageMapConversionTest {

  @Test
  void aLocalizedTextBecomesALanguageMapOfItsTagsInOrder() {
    LocalizedText title = LocalizedText.of("de-CH", "Algebra (CH)").with("en", "Algebra");

    LanguageMap name = LanguageMap.of(title);

    assertThat(name.asMap()).containsExactly(Map.entry("de-CH", "Algebra (CH)"), Map.entry("en", "Algebra"));
  }

  @Test
  void aLocalizedTextRoundTripsThroughALanguageMap() {
    LocalizedText text =
        LocalizedText.of("zh-Hans-CN", "代数").with("sr-Latn", "Algebra").with("en-US-x-twain", "Algebry");

    assertThat(LanguageMap.of(text).toLocalizedText()).isEqualTo(text);
    assertThat(LanguageMap.of(text).toLocalizedText().languages())
        .containsExactlyElementsOf(text.languages());
  }

  @Test
  void aLanguageMapOfLanguagesRoundTripsThroughALocalizedText() {
    LanguageMap map = LanguageMap.of("en-US", "color", "fr", "couleur");

    LocalizedText text = map.toLocalizedText();

    assertThat(text.asMap()).containsExactly(Map.entry(Locale.US, "color"), Map.entry(Locale.FRENCH, "couleur"));
    assertThat(LanguageMap.of(text)).isEqualTo(map);
  }

  @Test
  void tagsComeBackInTheFormLocaleGivesThem() {
    LanguageMap map = LanguageMap.of("EN-us", "color", "i-klingon", "nuv");

    assertThat(LanguageMap.of(map.toLocalizedText()).asMap().keySet()).containsExactly("en-US", "tlh");
  }

  @Test
  void emptyConvertsToEmpty() {
    assertThat(LanguageMap.empty().toLocalizedText()).isEqualTo(LocalizedText.empty());
    assertThat(LanguageMap.of(LocalizedText.empty())).isEqualTo(LanguageMap.empty());
  }

  /** Entries an xAPI language map may hold but a localized text may not. */
  @ParameterizedTest(name = "{0} = ''{1}''")
  @CsvSource({
    "und, text, must name a language",
    "x-private, text, must name a language",
    "en-a, text, well-formed",
    "de-1901-1901, text, variant",
    "en, ' ', must not be blank",
    "en, '', must not be blank"
  })
  void entriesALocalizedTextCannotHoldAreRefused(String tag, String text, String reason) {
    LanguageMap map = LanguageMap.of(tag, text);

    assertThatThrownBy(map::toLocalizedText)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(reason);
  }

  @Test
  void twoTagsOfTheSameLanguageAreRefused() {
    LanguageMap map = LanguageMap.of("iw", "shalom", "he", "shalom");

    assertThatThrownBy(map::toLocalizedText)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'he' names the language 'he' a second time");
  }

  @Test
  @SuppressWarnings("deprecation") // Locale's constructor is deprecated from Java 19 on
  void twoLanguagesWithTheSameTagAreRefused() {
    Map<Locale, String> values = new LinkedHashMap<>();
    values.put(new Locale("e1"), "a");
    values.put(new Locale("e2"), "b");
    LocalizedText text = LocalizedText.of(values);

    assertThatThrownBy(() -> LanguageMap.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two languages of the text have the tag 'und'");
  }
}
