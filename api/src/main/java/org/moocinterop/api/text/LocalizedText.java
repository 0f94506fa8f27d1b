package org.moocinterop.api.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One text in one or more languages: a map from language to string, in the order the languages
 * were given. This is the shape of an xAPI language map and of a catalog's multilingual title.
 *
 * <p>Immutable. Every language names a language ({@link LanguageTags#require}); every string is
 * non-blank. {@link #empty()} stands for an absent text (an unset description, for instance).
 *
 * <p>Use a {@code LocalizedText} in the catalog model (courses, institutions, learners' texts).
 * For xAPI data use {@link org.moocinterop.api.statement.LanguageMap}, which keeps tags as
 * written and also takes tags that name no language ({@code und}); convert with {@link
 * org.moocinterop.api.statement.LanguageMap#of(LocalizedText)} and {@link
 * org.moocinterop.api.statement.LanguageMap#toLocalizedText()}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#lang-maps">xAPI
 *     Data 5.2.1, Language Maps</a>
 */
public final class LocalizedText {

  private static final LocalizedText EMPTY = new LocalizedText(Map.of());

  private final Map<Locale, String> values;

  private LocalizedText(Map<Locale, String> values) {
    this.values = values;
  }

  /** The text in no language: absent. */
  public static LocalizedText empty() {
    return EMPTY;
  }

  /**
   * A text in one language.
   *
   * @param languageTag a BCP 47 tag, such as {@code en} or {@code de-CH}
   * @throws IllegalArgumentException if the tag is not well formed or the text is blank
   */
  public static LocalizedText of(String languageTag, String text) {
    return of(LanguageTags.parse(languageTag), text);
  }

  /**
   * A text in one language.
   *
   * @throws IllegalArgumentException if the locale has no language or the text is blank
   */
  public static LocalizedText of(Locale language, String text) {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    return of(Map.of(language, text));
  }

  /**
   * A text in the languages of {@code values}, kept in the map's iteration order (use a {@link
   * LinkedHashMap} to choose it). The map is copied.
   *
   * @throws IllegalArgumentException if a locale has no language or a string is blank
   */
  public static LocalizedText of(Map<Locale, String> values) {
    Objects.requireNonNull(values, "values");
    Map<Locale, String> copy = new LinkedHashMap<>();
    values.forEach((language, text) -> {
      LanguageTags.require(language, "language");
      Objects.requireNonNull(text, "text");
      if (text.isBlank()) {
        throw new IllegalArgumentException(
            "the text in '" + language.toLanguageTag() + "' must not be blank");
      }
      copy.put(language, text);
    });
    return copy.isEmpty() ? EMPTY : new LocalizedText(Collections.unmodifiableMap(copy));
  }

  /**
   * This text with {@code text} added in {@code languageTag}, replacing what it held in that
   * language (the language keeps its place).
   */
  public LocalizedText with(String languageTag, String text) {
    Map<Locale, String> copy = new LinkedHashMap<>(values);
    copy.put(LanguageTags.parse(languageTag), text);
    return of(copy);
  }

  /** Whether the text is in no language at all. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** The languages, in order; unmodifiable. */
  public Set<Locale> languages() {
    return values.keySet();
  }

  /** The whole map, in order; unmodifiable. */
  public Map<Locale, String> asMap() {
    return values;
  }

  /** The text in exactly this language, if present. */
  public Optional<String> get(Locale language) {
    return Optional.ofNullable(values.get(language));
  }

  /**
   * The best text for a reader who prefers {@code preferred}, in order: the first exact match,
   * else the first entry of the same base language ({@code de-CH} for {@code de}, and the other
   * way round), else the first entry of this text. Empty only when this text is empty.
   */
  public Optional<String> resolve(List<Locale> preferred) {
    for (Locale wanted : preferred) {
      String exact = values.get(wanted);
      if (exact != null) {
        return Optional.of(exact);
      }
      for (Map.Entry<Locale, String> entry : values.entrySet()) {
        if (entry.getKey().getLanguage().equals(wanted.getLanguage())) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return values.values().stream().findFirst();
  }

  /** {@link #resolve(List)} for a single preferred language. */
  public Optional<String> resolve(Locale preferred) {
    return resolve(List.of(preferred));
  }

  /** Equal when both hold the same strings in the same languages; order does not matter. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedText text && values.equals(text.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** The language map, such as {@code {en=Algebra, de=Algebra}}, for logs. */
  @Override
  public String toString() {
    return values.toString();
  }
}
