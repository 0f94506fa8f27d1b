package org.moocinterop.api.statement;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code mbox_sha1sum} identifier: the hex SHA-1 of a {@code mailto:} IRI.
 *
 * <p>The text is kept as given; equality ignores case (hex digits are case-insensitive, xAPI Data
 * 2.3.1 "Case sensitivity").
 *
 * @param value 40 hexadecimal digits
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">
 *     xAPI Data 2.4.2.3</a>
 */
public record MboxSha1Sum(String value) implements InverseFunctionalIdentifier {

  private static final Pattern HEX40 = Pattern.compile("[0-9A-Fa-f]{40}");

  /**
   * Checks the value.
   *
   * @throws IllegalArgumentException if it is not 40 hexadecimal digits
   */
  public MboxSha1Sum {
    Objects.requireNonNull(value, "value");
    if (!HEX40.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "mbox_sha1sum must be 40 hexadecimal digits (xAPI Data 2.4.2.3): '" + value + "'");
    }
  }

  /** Returns the identifier with this hex text. */
  public static MboxSha1Sum of(String value) {
    return new MboxSha1Sum(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MboxSha1Sum other && value.equalsIgnoreCase(other.value);
  }

  @Override
  public int hashCode() {
    return value.toLowerCase(Locale.ROOT).hashCode();
  }
}
