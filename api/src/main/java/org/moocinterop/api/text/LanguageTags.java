package org.moocinterop.api.text;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks BCP 47 language tags ({@code en}, {@code de-CH}, {@code zh-Hans-CN}) and reads them into
 * {@link Locale}s, refusing what is not well formed rather than guessing as {@link
 * Locale#forLanguageTag} does.
 *
 * <p>The rule, used by {@link #isWellFormed} and {@link #parse} alike: the tag matches the RFC 5646
 * syntax (section 2.1, as read by {@link Locale.Builder#setLanguageTag}; case does not matter),
 * and it repeats neither a variant subtag (section 2.2.5) nor an extension singleton (section
 * 2.2.6; private-use subtags after {@code x} may repeat). {@link Locale.Builder} lets such
 * repetitions through and silently drops the repeated extension, so they are refused here. The
 * subtags are not looked up in the IANA registry.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5646">RFC 5646 (BCP 47), Tags for Identifying
 *     Languages</a>
 */
public final class LanguageTags {

  private LanguageTags() {}

  /**
   * Whether {@code tag} is a well-formed RFC 5646 language tag under the rule in the class
   * comment. Unlike {@link #parse}, it accepts the tags that name no language: {@code und}, a
   * private-use tag such as {@code x-klingon}, and grandfathered tags such as {@code i-enochian}.
   * This is the check the xAPI validator applies to language-map keys and {@code
   * context.language} (xAPI Data 4.2).
   *
   * @param tag the text to check
   * @return whether it is a well-formed language tag
   */
  public static boolean isWellFormed(String tag) {
    Objects.requireNonNull(tag, "tag");
    return !tag.isBlank() && repetition(tag) == null && matchesSyntax(tag);
  }

  /**
   * The locale a well-formed BCP 47 tag names. Case does not matter ({@code EN-us} reads as
   * {@code en-US}); the undetermined tag {@code und} and tags without a language subtag (such as
   * {@code x-private}) are refused, as a language must be known.
   *
   * @throws IllegalArgumentException if {@code tag} is blank, not well formed (see {@link
   *     #isWellFormed}), or names no language
   */
  public static Locale parse(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank()) {
      throw new IllegalArgumentException("a language tag must not be blank");
    }
    String repetition = repetition(tag);
    if (repetition != null) {
      throw new IllegalArgumentException(
          "'" + tag + "' is not a well-formed BCP 47 language tag: " + repetition);
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

  private static boolean matchesSyntax(String tag) {
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  /**
   * What {@link Locale.Builder} lets through: a repeated variant or extension singleton. Returns
   * the reason, or null if nothing repeats.
   */
  private static @Nullable String repetition(String tag) {
    String[] subtags = tag.toLowerCase(Locale.ROOT).split("-", -1);
    long singletons = 0;
    for (int i = 0; i < subtags.length; i++) {
      String subtag = subtags[i];
      if (subtag.equals("x")) {
        return null; // private use: its subtags may repeat (RFC 5646 section 2.2.7)
      }
      if (i == 0) {
        continue; // the language, or the 'i' of a grandfathered tag
      }
      int singleton =
          subtag.length() == 1 ? Character.digit(subtag.charAt(0), Character.MAX_RADIX) : -1;
      if (singleton >= 0) {
        long bit = 1L << singleton;
        if ((singletons & bit) != 0) {
          return "the extension singleton '" + subtag + "' appears twice (RFC 5646 section 2.2.6)";
        }
        singletons |= bit;
      } else if (singletons == 0 && isVariant(subtag) && indexOf(subtags, subtag, i) < i) {
        return "the variant '" + subtag + "' appears twice (RFC 5646 section 2.2.5)";
      }
    }
    return null;
  }

  private static boolean isVariant(String subtag) {
    int n = subtag.length();
    return (n >= 5 && n <= 8) || (n == 4 && Character.isDigit(subtag.charAt(0)));
  }

  private static int indexOf(String[] subtags, String subtag, int before) {
    for (int j = 1; j < before; j++) {
      if (subtags[j].equals(subtag)) {
        return j;
      }
    }
    return before;
  }
}
