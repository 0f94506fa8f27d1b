package org.moocinterop.api.course;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How advanced a course is, as catalogs state it ({@code educationalLevel} in schema.org).
 *
 * <p>A typed, open vocabulary: the constants are the three levels MOOC catalogs share, and
 * {@link #of(String)} accepts any other code (such as {@code eqf-6} for a European Qualifications
 * Framework level). A code is 1 to 64 lower-case ASCII letters, digits, '-', '_' or '.'; {@code
 * of} lower-cases what it is given.
 *
 * @param code the level's code
 */
public record Level(String code) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

  public static final Level BEGINNER = new Level("beginner");
  public static final Level INTERMEDIATE = new Level("intermediate");
  public static final Level ADVANCED = new Level("advanced");

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code code} is not a level code as described above
   */
  public Level {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("a level code is 1 to 64 lower-case letters, digits,"
          + " '-', '_' or '.', not '" + code + "'");
    }
  }

  /** The level {@code code}, lower-cased; known or not. */
  public static Level of(String code) {
    return new Level(Objects.requireNonNull(code, "code").toLowerCase(Locale.ROOT));
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
