package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.BOB;
import static org.moocinterop.api.statement.Fixtures.CAROL;
import static org.moocinterop.api.statement.Fixtures.COURSE;
import static org.moocinterop.api.statement.Fixtures.T0;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonNumber;

/** {@link Statement#isSameStatementAs}: xAPI Data 2.3.1 Statement Immutability. */
class StatementComparisonTest {

  private static final Activity PARENT = Activity.of("https://example.org/programs/math");
  private static final Attachment CERTIFICATE =
      Attachment.of(
          Iri.of("http://id.tincanapi.com/attachment/certificate-of-completion"),
          LanguageMap.of("en-US", "Certificate"),
          "application/pdf",
          1234,
          "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a");

  private static Statement base() {
    return Fixtures.completedCourse()
        .timestamp(T0)
        .result(Result.builder().duration(XapiDuration.parse("PT1H0.12S")).build())
        .context(
            Context.builder()
                .team(Group.anonymous(List.of(ADA, BOB, CAROL)))
                .contextActivities(ContextActivities.empty().withParent(List.of(PARENT)))
                .build())
        .build();
  }

  private static Activity defined(Activity activity, String name) {
    return Activity.of(activity.id(), ActivityDefinition.builder().name(LanguageMap.of("en", name)).build());
  }

  static Stream<Arguments> differencesThatDoNotCount() {
    return Stream.<Arguments>of(
        Arguments.of("stored", (UnaryOperator<Statement.Builder>) b -> b.stored(Instant.now())),
        Arguments.of("authority", (UnaryOperator<Statement.Builder>) b -> b.authority(BOB)),
        Arguments.of("version", (UnaryOperator<Statement.Builder>) b -> b.version("2.0.0")),
        Arguments.of("attachments", (UnaryOperator<Statement.Builder>) b -> b.attachments(List.of(CERTIFICATE))),
        Arguments.of(
            "verb display",
            (UnaryOperator<Statement.Builder>) b -> b.verb(Verb.COMPLETED.withDisplay(LanguageMap.of("fr", "a terminé")))),
        Arguments.of(
            "object activity definition",
            (UnaryOperator<Statement.Builder>) b -> b.object(defined(COURSE, "Another name"))),
        Arguments.of(
            "group member order and context activity definitions",
            (UnaryOperator<Statement.Builder>)
                b ->
                    b.context(
                        Context.builder()
                            .team(Group.anonymous(List.of(CAROL, BOB, ADA)))
                            .contextActivities(
                                ContextActivities.empty().withParent(List.of(defined(PARENT, "Math"))))
                            .build())),
        Arguments.of(
            "duration beyond 0.01 s",
            (UnaryOperator<Statement.Builder>)
                b -> b.result(Result.builder().duration(XapiDuration.parse("PT1H0.12999S")).build())),
        Arguments.of(
            "timestamp time zone and precision beyond milliseconds",
            (UnaryOperator<Statement.Builder>) b -> b.timestamp(Instant.parse("2024-05-04T17:00:00.123Z"))),
        Arguments.of(
            "mbox domain case",
            (UnaryOperator<Statement.Builder>) b -> b.actor(Agent.of("Ada", Mbox.of("mailto:ada@EXAMPLE.org")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differencesThatDoNotCount")
  void differencesAnLrsMayIntroduceAreIgnored(String what, UnaryOperator<Statement.Builder> change) {
    Statement changed = change.apply(base().toBuilder()).build();
    boolean absorbedByEquals = what.startsWith("duration") || what.startsWith("mbox");
    assertThat(changed.equals(base())).describedAs("equals").isEqualTo(absorbedByEquals);
    assertThat(base().isSameStatementAs(changed)).isTrue();
    assertThat(changed.isSameStatementAs(base())).isTrue();
  }

  @Test
  void anAbsentIdOrTimestampIsIgnoredBecauseTheLrsAssignsThem() {
    Statement withoutIdAndTimestamp =
        Statement.builder().actor(ADA).verb(Verb.COMPLETED).object(COURSE)
            .result(base().result().orElseThrow()).context(base().context().orElseThrow()).build();
    assertThat(withoutIdAndTimestamp.isSameStatementAs(base())).isTrue();
    assertThat(base().isSameStatementAs(withoutIdAndTimestamp)).isTrue();
  }

  static Stream<Arguments> differencesThatCount() {
    return Stream.<Arguments>of(
        Arguments.of("id", (UnaryOperator<Statement.Builder>) b -> b.id(UUID.randomUUID())),
        Arguments.of("actor", (UnaryOperator<Statement.Builder>) b -> b.actor(BOB)),
        Arguments.of("actor name", (UnaryOperator<Statement.Builder>) b -> b.actor(ADA.withName("Ada L."))),
        Arguments.of("verb", (UnaryOperator<Statement.Builder>) b -> b.verb(Verb.PASSED)),
        Arguments.of("object", (UnaryOperator<Statement.Builder>) b -> b.object(PARENT)),
        Arguments.of("timestamp", (UnaryOperator<Statement.Builder>) b -> b.timestamp(T0.plusMillis(1))),
        Arguments.of(
            "duration at 0.01 s",
            (UnaryOperator<Statement.Builder>)
                b -> b.result(Result.builder().duration(XapiDuration.parse("PT1H0.13S")).build())),
        Arguments.of(
            "number text in an extension",
            (UnaryOperator<Statement.Builder>)
                b ->
                    b.result(
                        Result.builder()
                            .duration(XapiDuration.parse("PT1H0.12S"))
                            .extensions(Extensions.of(Iri.of("https://example.org/x"), JsonNumber.of("1.0")))
                            .build())),
        Arguments.of(
            "context activity",
            (UnaryOperator<Statement.Builder>)
                b ->
                    b.context(
                        Context.builder()
                            .team(Group.anonymous(List.of(ADA, BOB, CAROL)))
                            .contextActivities(ContextActivities.empty().withGrouping(List.of(PARENT)))
                            .build())),
        Arguments.of(
            "group members",
            (UnaryOperator<Statement.Builder>)
                b ->
                    b.context(
                        Context.builder()
                            .team(Group.anonymous(List.of(ADA, BOB)))
                            .contextActivities(ContextActivities.empty().withParent(List.of(PARENT)))
                            .build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("differencesThatCount")
  void realDifferencesAreNotIgnored(String what, UnaryOperator<Statement.Builder> change) {
    Statement changed = change.apply(base().toBuilder()).build();
    assertThat(base().isSameStatementAs(changed)).isFalse();
    assertThat(changed.isSameStatementAs(base())).isFalse();
  }

  @Test
  void subStatementDifferencesFollowTheSameRules() {
    SubStatement plain = SubStatement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(COURSE).timestamp(T0).build();
    SubStatement decorated =
        plain.toBuilder()
            .verb(Verb.ATTEMPTED.withDisplay(LanguageMap.of("de", "versucht")))
            .object(defined(COURSE, "x"))
            .attachments(List.of(CERTIFICATE))
            .timestamp(Instant.parse("2024-05-04T17:00:00.1234Z"))
            .build();
    SubStatement different = plain.toBuilder().verb(Verb.PASSED).build();
    Statement planned = Statement.builder().actor(BOB).verb(Verb.of("https://example.org/planned")).object(plain).build();

    assertThat(planned.isSameStatementAs(planned.toBuilder().object(decorated).build())).isTrue();
    assertThat(planned.isSameStatementAs(planned.toBuilder().object(different).build())).isFalse();
  }
}
