package org.moocinterop.api.course;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The ordered tree of a course's content: sections (which nest) and items (which point at
 * learning resources), as a Common Cartridge organization or an LMS course page lays them out.
 *
 * <p>Rule: every id, of sections and items alike, is unique within the outline, as identifiers
 * are unique within a cartridge manifest.
 *
 * @param entries the top-level entries, in order; an unmodifiable copy
 */
public record CourseOutline(List<OutlineEntry> entries) {

  private static final CourseOutline EMPTY = new CourseOutline(List.of());

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if two entries anywhere in the tree share an id
   */
  public CourseOutline {
    entries = List.copyOf(entries);
    Set<String> ids = new HashSet<>();
    walk(entries, entry -> {
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException(
            "outline ids must be unique, but '" + entry.id() + "' appears twice");
      }
    });
  }

  /** An outline with no entries. */
  public static CourseOutline empty() {
    return EMPTY;
  }

  /**
   * The outline of {@code entries}, in order.
   *
   * @throws IllegalArgumentException if two entries anywhere in the tree share an id
   */
  public static CourseOutline of(OutlineEntry... entries) {
    return new CourseOutline(List.of(entries));
  }

  /** Every item of the outline, depth first in outline order; unmodifiable. */
  public List<Item> items() {
    List<Item> items = new ArrayList<>();
    walk(entries, entry -> {
      if (entry instanceof Item item) {
        items.add(item);
      }
    });
    return List.copyOf(items);
  }

  /** The entry with this id, at any depth, if there is one. */
  public Optional<OutlineEntry> find(String id) {
    Objects.requireNonNull(id, "id");
    List<OutlineEntry> found = new ArrayList<>(1);
    walk(entries, entry -> {
      if (entry.id().equals(id)) {
        found.add(entry);
      }
    });
    return found.stream().findFirst();
  }

  /** Whether the outline has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private static void walk(List<OutlineEntry> entries, Consumer<OutlineEntry> visit) {
    for (OutlineEntry entry : entries) {
      visit.accept(entry);
      if (entry instanceof Section section) {
        walk(section.entries(), visit);
      }
    }
  }
}
