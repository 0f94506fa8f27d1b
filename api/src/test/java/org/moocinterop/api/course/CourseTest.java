package org.moocinterop.api.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.institution.InstitutionId;
import org.moocinterop.api.text.LocalizedText;

class CourseTest {

  private static final InstitutionId UNI_A = InstitutionId.of("uni-a");

  private static Course.Builder algebra() {
    return Course.builder(CourseId.of("algebra-101"), UNI_A, LocalizedText.of("en", "Algebra"));
  }

  @Test
  void aBuiltCourseHoldsWhatWasSet() {
    CourseOutline outline = CourseOutline.of(Item.of("intro", "Introduction",
        WebLink.of("Welcome", URI.create("https://uni-a.example/welcome"))));
    Course course = algebra()
        .description(LocalizedText.of("en", "Groups, rings and fields"))
        .language("en").language("de")
        .subject("Mathematics")
        .keywords("algebra", "groups")
        .licence(Licence.CC_BY_4_0)
        .outline(outline)
        .learningOutcome(LocalizedText.of("en", "Solve linear equations"))
        .image(URI.create("https://uni-a.example/algebra.png"))
        .level(Level.BEGINNER)
        .build();

    assertThat(course.languages()).containsExactly(Locale.ENGLISH, Locale.GERMAN);
    assertThat(course.keywords()).containsExactly("algebra", "groups");
    assertThat(course.licence()).contains(Licence.CC_BY_4_0);
    assertThat(course.outline().items()).extracting(Item::id).containsExactly("intro");
    assertThat(course.level()).contains(Level.BEGINNER);
  }

  @Test
  void optionalPartsAreAbsentByDefault() {
    Course course = algebra().build();

    assertThat(course.description().isEmpty()).isTrue();
    assertThat(course.licence()).isEmpty();
    assertThat(course.image()).isEmpty();
    assertThat(course.level()).isEmpty();
    assertThat(course.outline().isEmpty()).isTrue();
  }

  @Test
  void mutatingInputListsChangesNothingAndOutputListsAreUnmodifiable() {
    List<String> keywords = new ArrayList<>(List.of("algebra"));
    List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
    Course course = new Course(CourseId.of("c"), UNI_A, LocalizedText.of("en", "C"),
        LocalizedText.empty(), languages, List.of(), keywords, Optional.empty(),
        CourseOutline.empty(), List.of(), Optional.empty(), Optional.empty());
    keywords.add("groups");
    languages.clear();

    assertThat(course.keywords()).containsExactly("algebra");
    assertThat(course.languages()).containsExactly(Locale.ENGLISH);
    assertThatThrownBy(() -> course.keywords().add("rings"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> course.learningOutcomes().add(LocalizedText.of("en", "x")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theBuilderDoesNotShareItsListsWithBuiltCourses() {
    Course.Builder builder = algebra().keywords("algebra");
    Course first = builder.build();
    builder.keywords("groups");

    assertThat(first.keywords()).containsExactly("algebra");
    assertThat(builder.build().keywords()).containsExactly("algebra", "groups");
  }

  static Stream<Arguments> forbiddenCourses() {
    return Stream.of(
        Arguments.of("empty title", (ThrowingCallable) () -> Course.builder(CourseId.of("c"),
            UNI_A, LocalizedText.empty()).build(), "a course needs a title"),
        Arguments.of("repeated language",
            (ThrowingCallable) () -> algebra().language("en").language("EN").build(),
            "languages must not repeat 'en'"),
        Arguments.of("malformed language",
            (ThrowingCallable) () -> algebra().language("en_GB"), "not a well-formed BCP 47"),
        Arguments.of("repeated keyword",
            (ThrowingCallable) () -> algebra().keywords("x", "x").build(),
            "keywords must not repeat 'x'"),
        Arguments.of("blank subject", (ThrowingCallable) () -> algebra().subject(" ").build(),
            "a subject must not be blank"),
        Arguments.of("empty learning outcome",
            (ThrowingCallable) () -> algebra().learningOutcome(LocalizedText.empty()).build(),
            "a learning outcome must not be an empty text"),
        Arguments.of("image not on the web",
            (ThrowingCallable) () -> algebra().image(URI.create("file:///tmp/a.png")).build(),
            "image must be an absolute http or https URL"),
        Arguments.of("course id with whitespace",
            (ThrowingCallable) () -> CourseId.of("algebra 101"),
            "a course id must be 1 to 255 characters without whitespace"),
        Arguments.of("empty course id", (ThrowingCallable) () -> CourseId.of(""),
            "a course id must be 1 to 255 characters"),
        Arguments.of("level with spaces", (ThrowingCallable) () -> Level.of("very hard"),
            "a level code is"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenCourses")
  void coursesThatBreakARuleAreRefused(String rule, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void levelsAreAnOpenVocabulary() {
    assertThat(Level.of("Beginner")).isEqualTo(Level.BEGINNER);
    assertThat(Level.of("eqf-6").code()).isEqualTo("eqf-6");
  }
}
