package org.moocinterop.api.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.institution.InstitutionId;

class LearnerTest {

  private static final LearnerId ALICE = LearnerId.of("https://lms.uni-a.example", "alice");
  private static final InstitutionId UNI_A = InstitutionId.of("uni-a");

  @Test
  void aBuiltLearnerHoldsWhatWasSet() {
    Learner learner = Learner.builder(ALICE, "Alice Example", UNI_A)
        .names("Alice", "Example")
        .email("alice@uni-a.example")
        .preferredLanguage("de-CH")
        .build();

    assertThat(learner.givenName()).contains("Alice");
    assertThat(learner.familyName()).contains("Example");
    assertThat(learner.email()).contains("alice@uni-a.example");
    assertThat(learner.preferredLanguage()).contains(Locale.forLanguageTag("de-CH"));
    assertThat(learner.homeInstitution()).isEqualTo(UNI_A);
  }

  @Test
  void optionalPartsAreAbsentByDefault() {
    Learner learner = Learner.builder(ALICE, "Alice", UNI_A).build();

    assertThat(learner.givenName()).isEmpty();
    assertThat(learner.familyName()).isEmpty();
    assertThat(learner.email()).isEmpty();
    assertThat(learner.preferredLanguage()).isEmpty();
  }

  static Stream<Arguments> forbiddenLearners() {
    return Stream.of(
        Arguments.of("blank display name", (ThrowingCallable) () ->
            Learner.builder(ALICE, " ", UNI_A).build(), "displayName must not be blank"),
        Arguments.of("blank given name", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).givenName("").build(),
            "givenName must not be blank"),
        Arguments.of("email without @", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).email("alice.example.org").build(),
            "email must be an address"),
        Arguments.of("email with two @", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).email("a@b@example.org").build(),
            "email must be an address"),
        Arguments.of("email with whitespace", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).email("alice @example.org").build(),
            "email must be an address"),
        Arguments.of("mailto IRI as email", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).email("mailto:alice@").build(),
            "email must be an address"),
        Arguments.of("malformed language", (ThrowingCallable) () ->
            Learner.builder(ALICE, "Alice", UNI_A).preferredLanguage("de_CH"),
            "not a well-formed BCP 47"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenLearners")
  void learnersThatBreakARuleAreRefused(String rule, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
