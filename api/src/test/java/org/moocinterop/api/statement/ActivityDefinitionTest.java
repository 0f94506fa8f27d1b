package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonString;
import org.moocinterop.api.statement.InteractionType.ComponentList;

class ActivityDefinitionTest {

  private static final List<InteractionComponent> TWO =
      List.of(InteractionComponent.of("a", LanguageMap.of("en", "A")), InteractionComponent.of("b"));

  static Stream<Arguments> everyTypeAndList() {
    return Stream.of(InteractionType.values())
        .flatMap(type -> Stream.of(ComponentList.values()).map(list -> Arguments.of(type, list)));
  }

  @ParameterizedTest
  @MethodSource("everyTypeAndList")
  void onlyTheComponentListsOfTheInteractionTypeAreAllowed(InteractionType type, ComponentList list) {
    ActivityDefinition.Builder builder =
        ActivityDefinition.builder().interactionType(type).components(list, TWO);
    if (type.allowedComponents().contains(list)) {
      assertThat(builder.build().components(list)).isEqualTo(TWO);
    } else {
      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("does not allow '" + list.wireName() + "'");
    }
  }

  @Test
  void theAllowedComponentListsAreTheSpecs() {
    assertThat(InteractionType.CHOICE.allowedComponents()).containsExactly(ComponentList.CHOICES);
    assertThat(InteractionType.SEQUENCING.allowedComponents()).containsExactly(ComponentList.CHOICES);
    assertThat(InteractionType.LIKERT.allowedComponents()).containsExactly(ComponentList.SCALE);
    assertThat(InteractionType.MATCHING.allowedComponents())
        .containsExactlyInAnyOrder(ComponentList.SOURCE, ComponentList.TARGET);
    assertThat(InteractionType.PERFORMANCE.allowedComponents()).containsExactly(ComponentList.STEPS);
    assertThat(InteractionType.TRUE_FALSE.allowedComponents()).isEmpty();
  }

  @Test
  void interactionComponentIdsMustBeDistinctWithinAList() {
    List<InteractionComponent> duplicate = List.of(InteractionComponent.of("a"), InteractionComponent.of("a"));
    assertThatThrownBy(
            () -> ActivityDefinition.builder().interactionType(InteractionType.CHOICE).choices(duplicate).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distinct");
    ActivityDefinition matching =
        ActivityDefinition.builder()
            .interactionType(InteractionType.MATCHING)
            .source(List.of(InteractionComponent.of("a")))
            .target(List.of(InteractionComponent.of("a")))
            .build();
    assertThat(matching.source()).isEqualTo(matching.target());
  }

  @Test
  void interactionPropertiesNeedAnInteractionType() {
    assertThatThrownBy(() -> ActivityDefinition.builder().correctResponsesPattern(List.of("true")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactionType");
    assertThatThrownBy(() -> ActivityDefinition.builder().choices(TWO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactionType");
  }

  @Test
  void anEmptyCorrectResponsesPatternIsPresentAndDiffersFromAbsent() {
    ActivityDefinition none =
        ActivityDefinition.builder().interactionType(InteractionType.OTHER).correctResponsesPattern(List.of()).build();
    ActivityDefinition absent = ActivityDefinition.builder().interactionType(InteractionType.OTHER).build();
    assertThat(none.correctResponsesPattern()).contains(List.of());
    assertThat(absent.correctResponsesPattern()).isEmpty();
    assertThat(none).isNotEqualTo(absent);
  }

  @Test
  void aDefinitionIsImmutableAndRoundTripsThroughItsBuilder() {
    List<String> pattern = new ArrayList<>(List.of("a[,]b"));
    List<InteractionComponent> choices = new ArrayList<>(TWO);
    ActivityDefinition definition =
        ActivityDefinition.builder()
            .name(LanguageMap.of("en-US", "Question 1"))
            .description(LanguageMap.of("en-US", "Pick two"))
            .type(ActivityType.CMI_INTERACTION)
            .moreInfo(Iri.of("https://example.org/q1"))
            .interactionType(InteractionType.CHOICE)
            .correctResponsesPattern(pattern)
            .choices(choices)
            .extensions(Extensions.of(Iri.of("https://example.org/x"), JsonString.of("y")))
            .build();
    pattern.add("c");
    choices.clear();

    assertThat(definition.correctResponsesPattern()).contains(List.of("a[,]b"));
    assertThat(definition.choices()).isEqualTo(TWO);
    assertThat(definition.scale()).isEmpty();
    assertThat(definition.toBuilder().build()).isEqualTo(definition).hasSameHashCodeAs(definition);
  }
}
