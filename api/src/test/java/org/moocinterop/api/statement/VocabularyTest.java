package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.Iri;

class VocabularyTest {

  static Stream<Arguments> adlVerbs() {
    return Stream.of(
        Arguments.of(Verb.ANSWERED, "answered"),
        Arguments.of(Verb.ASKED, "asked"),
        Arguments.of(Verb.ATTEMPTED, "attempted"),
        Arguments.of(Verb.ATTENDED, "attended"),
        Arguments.of(Verb.COMMENTED, "commented"),
        Arguments.of(Verb.COMPLETED, "completed"),
        Arguments.of(Verb.EXITED, "exited"),
        Arguments.of(Verb.EXPERIENCED, "experienced"),
        Arguments.of(Verb.FAILED, "failed"),
        Arguments.of(Verb.IMPORTED, "imported"),
        Arguments.of(Verb.INITIALIZED, "initialized"),
        Arguments.of(Verb.INTERACTED, "interacted"),
        Arguments.of(Verb.LAUNCHED, "launched"),
        Arguments.of(Verb.MASTERED, "mastered"),
        Arguments.of(Verb.PASSED, "passed"),
        Arguments.of(Verb.PREFERRED, "preferred"),
        Arguments.of(Verb.PROGRESSED, "progressed"),
        Arguments.of(Verb.REGISTERED, "registered"),
        Arguments.of(Verb.RESPONDED, "responded"),
        Arguments.of(Verb.RESUMED, "resumed"),
        Arguments.of(Verb.SCORED, "scored"),
        Arguments.of(Verb.SHARED, "shared"),
        Arguments.of(Verb.SUSPENDED, "suspended"),
        Arguments.of(Verb.TERMINATED, "terminated"),
        Arguments.of(Verb.VOIDED, "voided"));
  }

  @ParameterizedTest
  @MethodSource("adlVerbs")
  void adlVerbConstantsHaveTheAdlIri(Verb verb, String word) {
    assertThat(verb.id().value()).isEqualTo("http://adlnet.gov/expapi/verbs/" + word);
    assertThat(verb.display().flatMap(d -> d.get("en-US"))).contains(word);
  }

  @Test
  void adlVerbsListsEveryConstant() {
    assertThat(Verb.adlVerbs()).hasSize(25).doesNotHaveDuplicates();
  }

  @Test
  void verbsAreAnOpenVocabulary() {
    Verb custom = Verb.of("https://w3id.org/xapi/dod-isd/verbs/answered");
    assertThat(custom.id().value()).isEqualTo("https://w3id.org/xapi/dod-isd/verbs/answered");
    assertThat(custom.display()).isEmpty();
    assertThat(custom.isVoiding()).isFalse();
    assertThat(Verb.of(Verb.COMPLETED.id().value())).isEqualTo(Verb.COMPLETED.withoutDisplay());
    assertThatThrownBy(() -> Verb.of("completed")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @MethodSource("adlActivityTypes")
  void adlActivityTypeConstantsHaveTheAdlIri(ActivityType type, String word) {
    assertThat(type.id().value()).isEqualTo("http://adlnet.gov/expapi/activities/" + word);
  }

  static Stream<Arguments> adlActivityTypes() {
    return Stream.of(
        Arguments.of(ActivityType.ASSESSMENT, "assessment"),
        Arguments.of(ActivityType.ATTEMPT, "attempt"),
        Arguments.of(ActivityType.COURSE, "course"),
        Arguments.of(ActivityType.FILE, "file"),
        Arguments.of(ActivityType.INTERACTION, "interaction"),
        Arguments.of(ActivityType.LESSON, "lesson"),
        Arguments.of(ActivityType.LINK, "link"),
        Arguments.of(ActivityType.MEDIA, "media"),
        Arguments.of(ActivityType.MEETING, "meeting"),
        Arguments.of(ActivityType.MODULE, "module"),
        Arguments.of(ActivityType.OBJECTIVE, "objective"),
        Arguments.of(ActivityType.PERFORMANCE, "performance"),
        Arguments.of(ActivityType.PROFILE, "profile"),
        Arguments.of(ActivityType.QUESTION, "question"),
        Arguments.of(ActivityType.SIMULATION, "simulation"),
        Arguments.of(ActivityType.CMI_INTERACTION, "cmi.interaction"));
  }

  @Test
  void activityTypesAreAnOpenVocabulary() {
    assertThat(ActivityType.adlTypes()).hasSize(16).doesNotHaveDuplicates();
    ActivityType video = ActivityType.of("https://w3id.org/xapi/video/activity-type/video");
    assertThat(video.id()).isEqualTo(Iri.of("https://w3id.org/xapi/video/activity-type/video"));
    assertThat(video).isEqualTo(ActivityType.of(video.id()));
  }

  @ParameterizedTest
  @EnumSource(InteractionType.class)
  void interactionTypesRoundTripTheirWireNames(InteractionType type) {
    assertThat(InteractionType.fromWireName(type.wireName())).contains(type);
  }

  @Test
  void interactionTypeWireNamesAreTheSpecsAndTheListIsClosed() {
    assertThat(Stream.of(InteractionType.values()).map(InteractionType::wireName))
        .containsExactly(
            "true-false", "choice", "fill-in", "long-fill-in", "matching",
            "performance", "sequencing", "likert", "numeric", "other");
    assertThat(InteractionType.fromWireName("Choice")).isEmpty();
    assertThat(InteractionType.fromWireName("essay")).isEmpty();
  }
}
