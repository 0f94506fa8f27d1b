package org.moocinterop.api.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads BCP 47 language tags ({@code en}, {@code de-CH}, {@code zh-Hans-CN}) into {@link Locale}s,
 * refusing what is not well formed rather than guessing as {@link Locale#forLanguageTag} does.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5646">RFC 5646 (BCP 47), Tags for Identifying
 *     Languages</a>
 */
public final class LanguageTags {

  private LanguageTags() {}

  /**
   * The locale a well-formed BCP 47 tag names. Case does not matter ({@code EN-us} reads as
   * {@code en-US}); the undetermined tag {@code und} is refused, as a language must be known.
   *
   * @throws IllegalArgumentException if {@code tag} is blank, not well formed, or {@code und}
   */
  public static Locale parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank()) {
      throw new IllegalArgumentException("a language tag must not be blank");
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a well-formed BCP 47 language tag: " + e.getMessage(), e);
    }
    return require(locale, "language");
  }

  /**
   * Checks that a locale names a language, so that its {@link Locale#toLanguageTag()} is a tag
   * other than {@code und}.
   *
   * @param what the name of the argument, for the message
   * @return {@code locale}
   * @throws IllegalArgumentException if the locale has no language
   */
  public static Locale require(Locale locale, String what) {
    Objects.requireNonNull(locale, what);
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(
          what + " must name a language, not '" + locale.toLanguageTag() + "'");
    }
    return locale;
  }
}
