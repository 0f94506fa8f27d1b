package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.BOB;
import static org.moocinterop.api.statement.Fixtures.COURSE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;

class ContextTest {

  private static final Iri MENTOR = Iri.of("https://example.org/roles/mentor");

  @Test
  void contextAgentRelevantTypesWhenPresentMustNotBeEmpty() {
    assertThatThrownBy(() -> ContextAgent.of(ADA, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relevantTypes");
    assertThatThrownBy(() -> new ContextAgent(ADA, Optional.of(List.of())))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ContextAgent.of(ADA).relevantTypes()).isEmpty();
    assertThat(ContextAgent.of(ADA, List.of(MENTOR)).relevantTypes()).contains(List.of(MENTOR));
  }

  @Test
  void contextGroupRelevantTypesWhenPresentMustNotBeEmpty() {
    assertThatThrownBy(() -> ContextGroup.of(Fixtures.team(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("relevantTypes");
    assertThat(ContextGroup.of(Fixtures.team(), List.of(MENTOR)).relevantTypes()).contains(List.of(MENTOR));
  }

  @Test
  void relevantTypesAreCopied() {
    List<Iri> types = new ArrayList<>(List.of(MENTOR));
    ContextAgent agent = ContextAgent.of(ADA, types);
    types.add(Iri.of("https://example.org/roles/other"));
    assertThat(agent.relevantTypes()).contains(List.of(MENTOR));
  }

  @Test
  void contextListsAreCopiedWhenGiven() {
    List<ContextAgent> agents = new ArrayList<>(List.of(ContextAgent.of(ADA)));
    List<Activity> parents = new ArrayList<>(List.of(COURSE));
    Context context =
        Context.builder()
            .contextAgents(agents)
            .contextActivities(ContextActivities.empty().withParent(parents))
            .build();
    agents.add(ContextAgent.of(BOB));
    parents.clear();
    assertThat(context.contextAgents()).containsExactly(ContextAgent.of(ADA));
    assertThat(context.contextActivities().parent()).containsExactly(COURSE);
    assertThatThrownBy(() -> context.contextGroups().add(ContextGroup.of(Fixtures.team())))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void contextLanguageIsAnRfc5646TagComparedWithoutCase() {
    assertThat(Context.builder().language("en-US").build())
        .isEqualTo(Context.builder().language("en-us").build())
        .hasSameHashCodeAs(Context.builder().language("en-us").build());
    assertThat(Context.builder().language("en-US").build().language()).contains("en-US");
    assertThatThrownBy(() -> Context.builder().language("en US"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contextRoundTripsThroughItsBuilder() {
    Context context =
        Context.builder()
            .registration(UUID.fromString("ec531277-b57b-4c15-8d91-d292c5b2b8f7"))
            .instructor(BOB)
            .team(Fixtures.team())
            .contextActivities(ContextActivities.empty().withCategory(List.of(Activity.of("https://w3id.org/xapi/cmi5/context/categories/cmi5"))))
            .revision("r1")
            .platform("mooc")
            .language("fr-CA")
            .statement(StatementRef.of(Fixtures.ID))
            .contextAgents(List.of(ContextAgent.of(ADA, List.of(MENTOR))))
            .contextGroups(List.of(ContextGroup.of(Fixtures.team())))
            .build();
    assertThat(context.toBuilder().build()).isEqualTo(context).hasSameHashCodeAs(context);
  }
}
