package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageMapTest {

  private static LanguageMap map() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("en-US", "color");
    entries.put("en-GB", "colour");
    entries.put("fr", "couleur");
    entries.put("de-CH", "Farbe (CH)");
    return LanguageMap.of(entries);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "'en-GB', colour",
    "'en-us', color",
    "'fr-CA', couleur",
    "'en', color",
    "'de', Farbe (CH)",
    "'ja,fr', couleur",
    "'ja', color",
    "'', color",
    "'en-GB-x-private', colour"
  })
  void bestEntryFollowsThePreferredLocalesInOrder(String preferred, String expected) {
    List<Locale> locales =
        preferred.isEmpty()
            ? List.of()
            : java.util.Arrays.stream(preferred.split(",")).map(Locale::forLanguageTag).toList();
    assertThat(map().bestFor(locales)).contains(expected);
  }

  @Test
  void canonicalKeepsOnlyTheBestEntry() {
    assertThat(map().canonical(List.of(Locale.FRENCH))).isEqualTo(LanguageMap.of("fr", "couleur"));
    assertThat(LanguageMap.empty().canonical(List.of(Locale.FRENCH)).isEmpty()).isTrue();
    assertThat(LanguageMap.empty().bestFor(List.of(Locale.FRENCH))).isEmpty();
  }

  @Test
  void languageMapKeepsOrderAndLooksUpTagsWithoutCase() {
    assertThat(map().asMap().keySet()).containsExactly("en-US", "en-GB", "fr", "de-CH");
    assertThat(map().get("EN-us")).contains("color");
    assertThat(map().get("es")).isEmpty();
    assertThat(LanguageMap.of("en-US", "a")).isEqualTo(LanguageMap.of("en-us", "a"));
    assertThat(map().with("FR", "Couleur").get("fr")).contains("Couleur");
    assertThat(map().with("FR", "Couleur").size()).isEqualTo(4);
  }

  @Test
  void languageMapIsACopy() {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("en", "a");
    LanguageMap map = LanguageMap.of(entries);
    entries.put("fr", "b");
    assertThat(map.size()).isEqualTo(1);
    assertThatThrownBy(() -> map.asMap().put("de", "c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "en_US", "en US", "abcdefghi", "-en", "en-"})
  void languageMapKeysMustBeWellFormedLanguageTags(String tag) {
    assertThatThrownBy(() -> LanguageMap.of(tag, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RFC 5646");
  }

  @Test
  void languageTagsDifferingOnlyInCaseAreRejected() {
    assertThatThrownBy(() -> LanguageMap.of("en-US", "a", "en-us", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case-insensitive");
  }
}
