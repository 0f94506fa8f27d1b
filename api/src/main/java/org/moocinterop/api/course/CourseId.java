package org.moocinterop.api.course;

/**
 * The identifier of a {@link Course}, unique within its provider institution (for example
 * {@code algebra-101} or a platform's course key). Opaque: 1 to 255 characters, none of them
 * whitespace or control characters.
 *
 * @param value the identifier
 */
public record CourseId(String value) {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code value} is empty, too long, or holds whitespace
   */
  public CourseId {
    Checks.requireId(value, "a course id");
  }

  /** The course id {@code value}. */
  public static CourseId of(String value) {
    return new CourseId(value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
