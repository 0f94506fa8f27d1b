package org.moocinterop.api;

import java.util.Objects;

/**
 * An internationalized resource identifier (RFC 3987) as used throughout xAPI: verb ids, activity
 * ids, activity types, extension keys, {@code mbox} and {@code openid} values.
 *
 * <p>The check is deliberately shallow (xAPI Data 2.2 allows best-effort IRI validation): the text
 * is not blank, starts with a scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}) and
 * contains no whitespace. The text is kept exactly as given and equality is exact (case-sensitive),
 * as xAPI compares IRIs as strings.
 *
 * @param value the IRI text, exactly as given
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#43-iris">xAPI Data
 *     4.3 IRIs</a>
 */
public record Iri(String value) implements Comparable<Iri> {

  /**
   * Checks the text.
   *
   * @throws IllegalArgumentException if the text is blank, has no scheme or contains whitespace
   */
  public Iri {
    Objects.requireNonNull(value, "value");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an IRI must not be blank");
    }
    if (!hasScheme(value) || !noWhitespaceOrControl(value)) {
      // the rare failing case: find the right message
      if (value.isBlank()) {
        throw new IllegalArgumentException("an IRI must not be blank");
      }
      if (!noWhitespaceOrControl(value)) {
        throw new IllegalArgumentException("an IRI must not contain whitespace: '" + value + "'");
      }
      throw new IllegalArgumentException(
          "an IRI must start with a scheme such as 'https:' (RFC 3987): '" + value + "'");
    }
  }

  /** {@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"} at the start. */
  private static boolean hasScheme(String value) {
    int n = value.length();
    if (n == 0 || !isAlpha(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return false;
  }

  /**
   * No code point is whitespace or an ISO control. Checking chars is enough: no supplementary
   * code point (and no lone surrogate) is either.
   */
  private static boolean noWhitespaceOrControl(String value) {
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x7f) {
        if (c <= 0x20) {
          return false;
        }
      } else if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Returns the IRI with this text.
   *
   * @throws IllegalArgumentException if the text is not an IRI (see the class comment)
   */
  public static Iri of(String value) {
    return new Iri(value);
  }

  /** Returns the scheme, without the colon, as written (for example {@code mailto}). */
  public String scheme() {
    return value.substring(0, value.indexOf(':'));
  }

  @Override
  public int compareTo(Iri other) {
    return value.compareTo(other.value);
  }

  /** Returns the IRI text exactly as given. */
  @Override
  public String toString() {
    return value;
  }
}
