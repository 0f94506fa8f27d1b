package org.moocinterop.xapi.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Well-formedness of RFC 5646 language tags (xAPI-Data 4.2; IEEE 9274.1.1 4.2.7), as read by
 * {@link Locale.Builder#setLanguageTag(String)}, plus two rules it does not enforce: a singleton
 * (extension prefix) and a variant may each appear only once.
 *
 * <p>Tags found well-formed are remembered (up to a bound) since a few tags occur in nearly every
 * statement.
 */
public final class LanguageTags {
  private static final int CACHE_LIMIT = 4096;
  private static final int MAX_LENGTH = 128;
  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

  private LanguageTags() {}

  /** Whether {@code tag} is a well-formed RFC 5646 language tag. */
  public static boolean isValid(String tag) {
    Objects.requireNonNull(tag, "tag");
    Boolean known = KNOWN.get(tag);
    if (known != null) {
      return known;
    }
    boolean valid = compute(tag);
    if (KNOWN.size() < CACHE_LIMIT) {
      KNOWN.put(tag, valid);
    }
    return valid;
  }

  private static boolean compute(String tag) {
    if (tag.isEmpty() || tag.length() > MAX_LENGTH || !noRepeatedSingletonOrVariant(tag)) {
      return false;
    }
    try {
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }

  private static boolean noRepeatedSingletonOrVariant(String tag) {
    String[] subtags = tag.toLowerCase(Locale.ROOT).split("-", -1);
    int singletons = 0;
    for (int i = 1; i < subtags.length; i++) {
      String subtag = subtags[i];
      if (subtag.equals("x")) {
        return true; // private use: anything goes after it
      }
      if (subtag.length() == 1) {
        int bit = 1 << (Character.toLowerCase(subtag.charAt(0)) % 32);
        if ((singletons & bit) != 0) {
          return false;
        }
        singletons |= bit;
      } else if (singletons == 0 && isVariant(subtag)) {
        for (int j = 1; j < i; j++) {
          if (subtags[j].equals(subtag)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean isVariant(String subtag) {
    int n = subtag.length();
    return (n >= 5 && n <= 8) || (n == 4 && Character.isDigit(subtag.charAt(0)));
  }
}
