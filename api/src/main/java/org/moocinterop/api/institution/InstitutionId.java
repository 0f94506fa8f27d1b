package org.moocinterop.api.institution;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable, alliance-wide identifier of an institution: a short slug such as {@code uni-a} or
 * {@code tu-delft}.
 *
 * <p>A slug rather than a URI because it names the institution in configuration files, URL paths,
 * database keys and logs, and must survive a change of web site; the institution's web address is
 * its {@link Institution#homePage() home page}. A slug is 2 to 63 characters of lower-case ASCII
 * letters, digits and single hyphens, starting with a letter and ending with a letter or digit
 * (a DNS label, so it also fits a host name).
 *
 * @param value the slug
 */
public record InstitutionId(String value) {

  private static final Pattern SLUG = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}");

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code value} is not a slug as described above
   */
  public InstitutionId {
    Objects.requireNonNull(value, "value");
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "an institution id is a slug of 2 to 63 lower-case letters, digits and single hyphens,"
              + " starting with a letter and not ending with a hyphen, not '" + value + "'");
    }
  }

  /** The institution id {@code value}; see the class description for what it accepts. */
  public static InstitutionId of(String value) {
    return new InstitutionId(value);
  }

  /** The slug itself. */
  @Override
  public String toString() {
    return value;
  }
}
