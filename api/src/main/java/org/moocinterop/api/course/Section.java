package org.moocinterop.api.course;

import java.util.List;

/**
 * A titled group of outline entries, such as a week, a module or a lesson. Sections nest; entries
 * keep their order.
 *
 * @param id the id, unique within the outline (1 to 255 characters, no whitespace)
 * @param title the title shown in the outline; not blank
 * @param entries the sections and items inside, in order; an unmodifiable copy
 */
public record Section(String id, String title, List<OutlineEntry> entries)
    implements OutlineEntry {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the id is not an identifier or the title is blank
   */
  public Section {
    Checks.requireId(id, "a section id");
    Checks.requireText(title, "a section title");
    entries = List.copyOf(entries);
  }

  /** The section {@code id}, titled {@code title}, holding {@code entries} in order. */
  public static Section of(String id, String title, List<? extends OutlineEntry> entries) {
    return new Section(id, title, List.copyOf(entries));
  }

  /** The section {@code id}, titled {@code title}, holding {@code entries} in order. */
  public static Section of(String id, String title, OutlineEntry... entries) {
    return new Section(id, title, List.of(entries));
  }
}
