package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.COURSE;
import static org.moocinterop.api.statement.Fixtures.ID;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules the statement builders enforce, one test per rule of the specification. */
class StatementRulesTest {

  private static SubStatement subStatement() {
    return SubStatement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(COURSE).build();
  }

  static Stream<Arguments> nonActivityObjects() {
    return Stream.of(
        Arguments.of(ADA),
        Arguments.of(Fixtures.team()),
        Arguments.of(StatementRef.of(ID)),
        Arguments.of(subStatement()));
  }

  @ParameterizedTest
  @MethodSource("nonActivityObjects")
  void contextRevisionOnlyWhenTheObjectIsAnActivity(StatementObject object) {
    Context context = Context.builder().revision("2").build();
    assertThatThrownBy(
            () -> Statement.builder().actor(ADA).verb(Verb.SHARED).object(object).context(context).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.revision")
        .hasMessageContaining("2.4.6");
    assertThat(Fixtures.completedCourse().context(context).build().context()).contains(context);
  }

  @ParameterizedTest
  @MethodSource("nonActivityObjects")
  void contextPlatformOnlyWhenTheObjectIsAnActivity(StatementObject object) {
    Context context = Context.builder().platform("Moodle").build();
    assertThatThrownBy(
            () -> Statement.builder().actor(ADA).verb(Verb.SHARED).object(object).context(context).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("context.platform");
    assertThat(Fixtures.completedCourse().context(context).build().context()).contains(context);
  }

  @Test
  void subStatementContextRevisionOnlyWhenItsObjectIsAnActivity() {
    Context context = Context.builder().revision("2").build();
    assertThatThrownBy(
            () -> SubStatement.builder().actor(ADA).verb(Verb.SHARED).object(ADA).context(context).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sub-statement");
  }

  @Test
  void aSubStatementMustNotContainASubStatement() {
    assertThatThrownBy(
            () -> SubStatement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(subStatement()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SubStatement")
        .hasMessageContaining("2.4.4.3");
  }

  @Test
  void aStatementMayHaveASubStatementObject() {
    Statement statement =
        Statement.builder().actor(ADA).verb(Verb.of("https://example.org/planned")).object(subStatement()).build();
    assertThat(statement.object()).isInstanceOf(SubStatement.class);
  }

  static Stream<Arguments> nonStatementRefObjects() {
    return Stream.of(Arguments.of(COURSE), Arguments.of(ADA), Arguments.of(subStatement()));
  }

  @ParameterizedTest
  @MethodSource("nonStatementRefObjects")
  void aVoidingStatementMustHaveAStatementRefObject(StatementObject object) {
    assertThatThrownBy(() -> Statement.builder().actor(ADA).verb(Verb.VOIDED).object(object).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("voiding")
        .hasMessageContaining("2.3.2");
  }

  @Test
  void aVoidingStatementWithAStatementRefIsAccepted() {
    Statement voiding =
        Statement.builder().actor(ADA).verb(Verb.of(Verb.VOIDED.id())).object(StatementRef.of(ID)).build();
    assertThat(voiding.isVoiding()).isTrue();
  }

  @Test
  void aStatementNeedsActorVerbAndObject() {
    assertThatThrownBy(() -> Statement.builder().actor(ADA).verb(Verb.COMPLETED).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("object");
    assertThatThrownBy(() -> SubStatement.builder().verb(Verb.COMPLETED).object(COURSE).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aBlankVersionIsRejected() {
    assertThatThrownBy(() -> Fixtures.completedCourse().version(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilderRoundTripsEveryProperty() {
    Statement statement =
        Fixtures.completedCourse()
            .result(Result.builder().success(true).build())
            .context(Context.builder().platform("x").build())
            .timestamp(Fixtures.T0)
            .stored(Fixtures.T0)
            .authority(Fixtures.BOB)
            .version("2.0.0")
            .build();
    assertThat(statement.toBuilder().build()).isEqualTo(statement).hasSameHashCodeAs(statement);
  }
}
