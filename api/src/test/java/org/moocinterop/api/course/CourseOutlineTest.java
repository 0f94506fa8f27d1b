package org.moocinterop.api.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseOutlineTest {

  private static Item item(String id) {
    return Item.of(id, "Item " + id, Discussion.of("Topic " + id, "What do you think?"));
  }

  @Test
  void itemsAreListedDepthFirstInOutlineOrder() {
    CourseOutline outline = CourseOutline.of(
        item("a"),
        Section.of("week-1", "Week 1", item("b"), Section.of("lesson-1", "Lesson 1", item("c"))),
        item("d"));

    assertThat(outline.items()).extracting(Item::id).containsExactly("a", "b", "c", "d");
    assertThat(outline.find("lesson-1")).get().isInstanceOf(Section.class);
    assertThat(outline.find("c")).contains(item("c"));
    assertThat(outline.find("nope")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "week-1", "lesson-1"})
  void idsAreUniqueAcrossTheWholeOutline(String repeated) {
    Section week = Section.of("week-1", "Week 1", item("b"),
        Section.of("lesson-1", "Lesson 1", item("c")));
    Section again = Section.of("week-2", "Week 2", item(repeated));

    assertThatThrownBy(() -> CourseOutline.of(item("a"), week, again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("outline ids must be unique, but '" + repeated + "' appears twice");
  }

  @Test
  void mutatingInputListsChangesNothingAndOutputListsAreUnmodifiable() {
    List<OutlineEntry> entries = new ArrayList<>(List.of(item("a")));
    Section section = Section.of("s", "Section", entries);
    CourseOutline outline = new CourseOutline(entries);
    entries.add(item("b"));

    assertThat(section.entries()).hasSize(1);
    assertThat(outline.entries()).hasSize(1);
    assertThatThrownBy(() -> outline.entries().add(item("c")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> outline.items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two words", "tab\there"})
  void entryIdsAreIdentifiers(String id) {
    assertThatThrownBy(() -> item(id))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an item id must be 1 to 255 characters");
    assertThatThrownBy(() -> Section.of(id, "Section"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a section id must be 1 to 255 characters");
  }

  @Test
  void titlesMustNotBeBlank() {
    assertThatThrownBy(() -> Section.of("s", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a section title must not be blank");
  }
}
