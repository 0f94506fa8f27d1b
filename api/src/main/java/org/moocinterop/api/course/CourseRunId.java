package org.moocinterop.api.course;

/**
 * The identifier of a {@link CourseRun}, unique within its provider institution (for example
 * {@code algebra-101-2025-fall}; an LTI context id fits). Opaque: 1 to 255 characters, none of them
 * whitespace or control characters.
 *
 * @param value the identifier
 */
public record CourseRunId(String value) {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code value} is empty, too long, or holds whitespace
   */
  public CourseRunId {
    Checks.requireId(value, "a course run id");
  }

  /** The course run id {@code value}. */
  public static CourseRunId of(String value) {
    return new CourseRunId(value);
  }

  /** The identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
