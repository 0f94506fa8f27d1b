package org.moocinterop.api;

import java.util.Objects;
import java.util.regex.Pattern;

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

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

  /**
   * Checks the text.
   *
   * @throws IllegalArgumentException if the text is blank, has no scheme or contains whitespace
   */
  public Iri {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("an IRI must not be blank");
    }
    if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException("an IRI must not contain whitespace: '" + value + "'");
    }
    if (!SCHEME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an IRI must start with a scheme such as 'https:' (RFC 3987): '" + value + "'");
    }
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
