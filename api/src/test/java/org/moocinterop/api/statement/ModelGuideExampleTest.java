package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonNumber;

/** The example of docs/model.md, kept compiling and true. */
class ModelGuideExampleTest {

  @Test
  void theGuideExampleBuildsAStatement() {
    Agent learner = Agent.of("Ada Lovelace", Mbox.of("mailto:ada@example.org"));

    Activity quiz =
        Activity.of(
            Iri.of("https://mooc.example.org/courses/algebra/quiz-1"),
            ActivityDefinition.builder()
                .name(LanguageMap.of("en-US", "Quiz 1", "fr", "Quiz 1"))
                .type(ActivityType.ASSESSMENT)
                .build());

    Statement statement =
        Statement.builder()
            .id(UUID.randomUUID())
            .actor(learner)
            .verb(Verb.PASSED)
            .object(quiz)
            .result(
                Result.builder()
                    .score(Score.builder().scaled(0.85).raw(17).min(0).max(20).build())
                    .success(true)
                    .completion(true)
                    .duration(XapiDuration.parse("PT12M30.5S"))
                    .extensions(
                        Extensions.of(Iri.of("https://mooc.example.org/ext/attempts"), JsonNumber.of(2)))
                    .build())
            .context(
                Context.builder()
                    .registration(UUID.randomUUID())
                    .platform("Example MOOC")
                    .language("en-US")
                    .contextActivities(
                        ContextActivities.empty()
                            .withParent(List.of(Activity.of("https://mooc.example.org/courses/algebra"))))
                    .contextAgents(
                        List.of(
                            ContextAgent.of(
                                Agent.of(Account.of("https://mooc.example.org", "tutor-7")),
                                List.of(Iri.of("https://mooc.example.org/roles/tutor")))))
                    .build())
            .timestamp(Instant.now())
            .build();

    String title =
        quiz.definition()
            .flatMap(ActivityDefinition::name)
            .flatMap(name -> name.bestFor(List.of(Locale.FRENCH)))
            .orElse("");

    Statement stored =
        statement.toBuilder().stored(Instant.now()).authority(learner).version("2.0.0").build();
    assertThat(title).isEqualTo("Quiz 1");
    assertThat(stored.isSameStatementAs(statement)).isTrue();
    assertThat(stored.result().flatMap(Result::score).flatMap(Score::raw)).isPresent();
  }
}
