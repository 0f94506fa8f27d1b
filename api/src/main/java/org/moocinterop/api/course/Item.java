package org.moocinterop.api.course;

import java.util.Objects;

/**
 * A leaf of a {@link CourseOutline}: one learning resource at one place of the course.
 *
 * @param id the id, unique within the outline (1 to 255 characters, no whitespace)
 * @param title the title shown in the outline; not blank
 * @param resource what the learner opens
 */
public record Item(String id, String title, LearningResource resource) implements OutlineEntry {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the id is not an identifier or the title is blank
   */
  public Item {
    Checks.requireId(id, "an item id");
    Checks.requireText(title, "an item title");
    Objects.requireNonNull(resource, "resource");
  }

  /** The item {@code id}, titled {@code title}, that opens {@code resource}. */
  public static Item of(String id, String title, LearningResource resource) {
    return new Item(id, title, resource);
  }
}
