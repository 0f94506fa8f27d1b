package org.moocinterop.api.statement;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.text.LanguageTags;
import org.moocinterop.api.text.LocalizedText;

/**
 * An xAPI language map: RFC 5646 language tags mapped to text in that language, in the order
 * given.
 *
 * <p>Language tags are case-insensitive (RFC 5646 section 2.1.1): {@link #get(String)} and {@code
 * equals} ignore their case, two tags differing only in case are rejected, and the tags are kept
 * as written. The tag check is the well-formedness shape of RFC 5646 (subtags of 1 to 8 letters
 * or digits, joined by hyphens); full registry validation belongs to the validator.
 *
 * <p>Use a {@code LanguageMap} for xAPI data: it keeps tags as written, takes every tag of that
 * shape (also {@code und} and private-use tags such as {@code x-klingon}) and any text, and
 * compares tags without case, as an LRS must. Use {@link LocalizedText} for the catalog model
 * (courses, institutions): its languages are {@link Locale}s that name a language, its texts are
 * non-blank. {@link #of(LocalizedText)} and {@link #toLocalizedText()} convert between the two.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#42-language-maps">xAPI
 *     Data 4.2 Language Maps</a>
 */
public final class LanguageMap {

  private static final LanguageMap EMPTY = new LanguageMap(Map.of(), Map.of());

  private final Map<String, String> entries;

  /** The entries by lower-case tag, made when first needed (get, equals, hashCode). */
  private @Nullable Map<String, String> byLowerCaseTag;

  private LanguageMap(Map<String, String> entries, @Nullable Map<String, String> byLowerCaseTag) {
    this.entries = entries;
    this.byLowerCaseTag = byLowerCaseTag;
  }

  /** Returns the map without entries. */
  public static LanguageMap empty() {
    return EMPTY;
  }

  /**
   * Returns a map of one entry.
   *
   * @throws IllegalArgumentException if {@code tag} is not a well-formed language tag
   */
  public static LanguageMap of(String tag, String text) {
    return of(Map.of(tag, text));
  }

  /** Returns a map of two entries, in this order. */
  public static LanguageMap of(String tag1, String text1, String tag2, String text2) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put(tag1, text1);
    entries.put(tag2, text2);
    return of(entries);
  }

  /**
   * Returns a map of these entries in the iteration order of {@code entries} (copied).
   *
   * @throws IllegalArgumentException if a tag is not a well-formed language tag, or two tags
   *     differ only in case
   */
  public static LanguageMap of(Map<String, String> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.isEmpty()) {
      return EMPTY;
    }
    if (entries.size() == 1) {
      // The common case, one entry: no hash table, and the tag needs no duplicate check.
      Map.Entry<String, String> e = entries.entrySet().iterator().next();
      String tag = Objects.requireNonNull(e.getKey(), "language tag");
      checkTag(tag);
      String text = Objects.requireNonNull(e.getValue(), "text");
      return new LanguageMap(Collections.singletonMap(tag, text), null);
    }
    Map<String, String> copy = new LinkedHashMap<>(capacityFor(entries.size()));
    // Small maps compare each tag with the earlier ones; larger ones keep a set of lower-case tags.
    Set<String> lowerTags = Set.of();
    for (Map.Entry<String, String> e : entries.entrySet()) {
      String tag = e.getKey();
      checkTag(Objects.requireNonNull(tag, "language tag"));
      String text = Objects.requireNonNull(e.getValue(), "text");
      // Tags are ASCII (checked above), so ignoring case is lower-casing in Locale.ROOT.
      boolean twice;
      if (lowerTags.isEmpty() && copy.size() < 8) {
        twice = false;
        for (String earlier : copy.keySet()) {
          twice |= earlier.equalsIgnoreCase(tag);
        }
      } else {
        if (lowerTags.isEmpty()) {
          lowerTags = new HashSet<>();
          for (String earlier : copy.keySet()) {
            lowerTags.add(earlier.toLowerCase(Locale.ROOT));
          }
        }
        twice = !lowerTags.add(tag.toLowerCase(Locale.ROOT));
      }
      if (twice) {
        throw new IllegalArgumentException(
            "language tags are case-insensitive; '" + tag + "' appears twice (xAPI Data 4.2)");
      }
      copy.put(tag, text);
    }
    if (copy.isEmpty()) {
      return EMPTY;
    }
    return new LanguageMap(Collections.unmodifiableMap(copy), null);
  }

  /** A hash-map capacity that holds {@code size} entries without resizing. */
  private static int capacityFor(int size) {
    return (int) Math.min(Integer.MAX_VALUE, (size * 4L + 2) / 3 + 1);
  }

  /** The entries by lower-case tag, made on first use (a benign race: the maps are equal). */
  private Map<String, String> byLowerCaseTag() {
    Map<String, String> lower = byLowerCaseTag;
    if (lower == null) {
      if (entries.size() == 1) {
        Map.Entry<String, String> e = entries.entrySet().iterator().next();
        lower = Collections.singletonMap(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
      } else {
        Map<String, String> map = new HashMap<>(capacityFor(entries.size()));
        entries.forEach((tag, text) -> map.put(tag.toLowerCase(Locale.ROOT), text));
        lower = Collections.unmodifiableMap(map);
      }
      byLowerCaseTag = lower;
    }
    return lower;
  }

  /**
   * Returns the language map of a localized text: each language's {@link Locale#toLanguageTag()
   * tag} mapped to its text, in the text's order. This is how a catalog text, such as a course
   * title, becomes an activity's {@code name}. For languages read by {@link LanguageTags#parse},
   * {@link #toLocalizedText()} gives back an equal text.
   *
   * @throws IllegalArgumentException if two of the languages have the same tag, which only
   *     locales whose language is not a well-formed subtag can (they all read as {@code und})
   */
  public static LanguageMap of(LocalizedText text) {
    Objects.requireNonNull(text, "text");
    Map<String, String> entries = new LinkedHashMap<>();
    text.asMap()
        .forEach(
            (language, value) -> {
              String tag = language.toLanguageTag();
              if (entries.put(tag, value) != null) {
                throw new IllegalArgumentException(
                    "two languages of the text have the tag '" + tag + "'");
              }
            });
    return of(entries);
  }

  /**
   * Returns this map as a localized text: each tag read by {@link LanguageTags#parse}, in this
   * map's order. The languages are then in the form {@link Locale} gives them ({@code EN-us}
   * becomes {@code en-US}, {@code iw} becomes {@code he}, {@code i-klingon} becomes {@code tlh}).
   *
   * @throws IllegalArgumentException if a tag names no language ({@code und}, a private-use tag),
   *     is not well formed under {@link LanguageTags#isWellFormed} (this map checks only the
   *     shape), or names the same language as an earlier one ({@code iw} and {@code he}); or if a
   *     text is blank
   */
  public LocalizedText toLocalizedText() {
    Map<Locale, String> values = new LinkedHashMap<>();
    entries.forEach(
        (tag, text) -> {
          Locale language = LanguageTags.parse(tag);
          if (values.put(language, text) != null) {
            throw new IllegalArgumentException(
                "'" + tag + "' names the language '" + language.toLanguageTag()
                    + "' a second time");
          }
        });
    return LocalizedText.of(values);
  }

  /** Refuses a tag that is not shaped like an RFC 5646 tag. */
  static void checkTag(String tag) {
    if (!hasTagShape(tag)) {
      throw new IllegalArgumentException(
          "not a well-formed RFC 5646 language tag: '" + tag + "' (xAPI Data 4.2)");
    }
  }

  /** {@code [A-Za-z0-9]{1,8}(-[A-Za-z0-9]{1,8})*}, in one pass. */
  static boolean hasTagShape(String tag) {
    int run = 0;
    for (int i = 0, n = tag.length(); i < n; i++) {
      char c = tag.charAt(i);
      if (c == '-') {
        if (run == 0) {
          return false;
        }
        run = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        if (++run > 8) {
          return false;
        }
      } else {
        return false;
      }
    }
    return run > 0;
  }

  /** Returns a copy with this entry added, or replacing the entry of the same tag (in any case). */
  public LanguageMap with(String tag, String text) {
    Map<String, String> copy = new LinkedHashMap<>();
    String lower = tag.toLowerCase(Locale.ROOT);
    entries.forEach(
        (t, v) -> {
          if (!t.toLowerCase(Locale.ROOT).equals(lower)) {
            copy.put(t, v);
          }
        });
    copy.put(tag, text);
    return of(copy);
  }

  /** Returns the entries, unmodifiable, with tags as written, in their order. */
  public Map<String, String> asMap() {
    return entries;
  }

  /** Returns the text for this tag, matched without regard to case. */
  public Optional<String> get(String tag) {
    return Optional.ofNullable(byLowerCaseTag().get(tag.toLowerCase(Locale.ROOT)));
  }

  /** Whether the map has no entry. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Returns the number of entries. */
  public int size() {
    return entries.size();
  }

  /**
   * Picks the entry that best fits the preferred languages, as an LRS does for the {@code
   * canonical} format and {@code Accept-Language} (xAPI Communication 2.1.3).
   *
   * <p>For each preferred locale in order, the first rule that finds an entry wins: (1) a tag equal
   * to the locale's tag; (2) RFC 4647 lookup: the locale's tag with subtags removed from the end
   * ({@code de-CH-1996}, {@code de-CH}, {@code de}); (3) the first tag of the same primary
   * language ({@code en} finds {@code en-GB}). Tags compare without case. If no preferred locale
   * finds one, the first entry of the map is returned, so that a non-empty map always yields a
   * text.
   *
   * @param preferred locales, most preferred first; may be empty
   * @return the chosen tag and text, or empty if the map is empty
   */
  public Optional<Map.Entry<String, String>> bestEntry(List<Locale> preferred) {
    Objects.requireNonNull(preferred, "preferred");
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    for (Locale locale : preferred) {
      String wanted = locale.toLanguageTag().toLowerCase(Locale.ROOT);
      for (String candidate = wanted; !candidate.isEmpty(); candidate = shorten(candidate)) {
        Optional<Map.Entry<String, String>> found = entryWithLowerTag(candidate);
        if (found.isPresent()) {
          return found;
        }
      }
      String language = locale.getLanguage().toLowerCase(Locale.ROOT);
      if (!language.isEmpty()) {
        for (Map.Entry<String, String> e : entries.entrySet()) {
          if (e.getKey().toLowerCase(Locale.ROOT).startsWith(language + "-")) {
            return Optional.of(Map.entry(e.getKey(), e.getValue()));
          }
        }
      }
    }
    Map.Entry<String, String> first = entries.entrySet().iterator().next();
    return Optional.of(Map.entry(first.getKey(), first.getValue()));
  }

  /**
   * Returns the text of {@link #bestEntry(List)}.
   *
   * @param preferred locales, most preferred first; may be empty
   */
  public Optional<String> bestFor(List<Locale> preferred) {
    return bestEntry(preferred).map(Map.Entry::getValue);
  }

  /**
   * Returns a map with the single entry of {@link #bestEntry(List)} (empty if this one is), the
   * form an LRS returns in the {@code canonical} format.
   */
  public LanguageMap canonical(List<Locale> preferred) {
    return bestEntry(preferred).map(e -> of(e.getKey(), e.getValue())).orElse(EMPTY);
  }

  private Optional<Map.Entry<String, String>> entryWithLowerTag(String lowerTag) {
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lowerTag)) {
        return Optional.of(Map.entry(e.getKey(), e.getValue()));
      }
    }
    return Optional.empty();
  }

  private static String shorten(String tag) {
    int dash = tag.lastIndexOf('-');
    if (dash < 0) {
      return "";
    }
    String shorter = tag.substring(0, dash);
    // RFC 4647 3.4: a single-letter subtag (an extension or private-use prefix) goes with the next.
    int previous = shorter.lastIndexOf('-');
    if (previous >= 0 && shorter.length() - previous == 2) {
      shorter = shorter.substring(0, previous);
    }
    return shorter;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguageMap other && byLowerCaseTag().equals(other.byLowerCaseTag());
  }

  @Override
  public int hashCode() {
    return byLowerCaseTag().hashCode();
  }

  @Override
  public String toString() {
    return "LanguageMap" + entries;
  }
}
