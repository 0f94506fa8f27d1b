package org.moocinterop.api.course;

/**
 * One entry of a {@link CourseOutline}: a {@link Section} that groups entries, or an {@link Item}
 * that points at a learning resource. Every entry has an id, unique within its outline, and a
 * title.
 *
 * <p>Titles are plain strings in the language of the course run, as a Common Cartridge
 * organization holds them.
 *
 * @see <a href="https://www.imsglobal.org/cc/ccv1p3/imscc_Implementation-v1p3.html">Common
 *     Cartridge 1.3, organizations and items</a>
 */
public sealed interface OutlineEntry permits Section, Item {

  /** The id of this entry, unique within its outline. */
  String id();

  /** The title shown in the outline. */
  String title();
}
