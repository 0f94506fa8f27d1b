package org.moocinterop.xapi.internal;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Well-formedness of RFC 5646 language tags (xAPI-Data 4.2; IEEE 9274.1.1 4.2.7) as the validator
 * needs it: the rule of {@link org.moocinterop.api.text.LanguageTags#isWellFormed}, plus a bound on
 * the length of what is checked.
 *
 * <p>Answers are remembered (up to a bound) since a few tags occur in nearly every statement.
 */
public final class LanguageTags {
  private static final int CACHE_LIMIT = 4096;
  /**
   * Longer tags are refused without being read: RFC 5646 sets no maximum, but no real tag comes
   * near this (section 4.4.1 asks only for 35 characters to be kept).
   */
  private static final int MAX_LENGTH = 128;
  private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

  private LanguageTags() {}

  /** Whether {@code tag} is a well-formed RFC 5646 language tag of at most 128 characters. */
  public static boolean isValid(String tag) {
    Objects.requireNonNull(tag, "tag");
    Boolean known = KNOWN.get(tag);
    if (known != null) {
      return known;
    }
    boolean valid =
        tag.length() <= MAX_LENGTH && org.moocinterop.api.text.LanguageTags.isWellFormed(tag);
    if (KNOWN.size() < CACHE_LIMIT) {
      KNOWN.put(tag, valid);
    }
    return valid;
  }
}
