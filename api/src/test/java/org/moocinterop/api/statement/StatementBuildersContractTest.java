package org.moocinterop.api.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.api.statement.Fixtures.ADA;
import static org.moocinterop.api.statement.Fixtures.COURSE;
import static org.moocinterop.api.statement.Fixtures.T0;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract the two statement builders share (the same setters, the same checks, the same
 * messages), so that the parts they have in common stay interchangeable.
 */
class StatementBuildersContractTest {

  static Stream<Arguments> setterGivenNull() {
    Statement.Builder s = Statement.builder();
    SubStatement.Builder sub = SubStatement.builder();
    return Stream.of(
        Arguments.of("id", (Runnable) () -> s.id(null)),
        Arguments.of("actor", (Runnable) () -> s.actor(null)),
        Arguments.of("verb", (Runnable) () -> s.verb(null)),
        Arguments.of("object", (Runnable) () -> s.object(null)),
        Arguments.of("result", (Runnable) () -> s.result(null)),
        Arguments.of("context", (Runnable) () -> s.context(null)),
        Arguments.of("timestamp", (Runnable) () -> s.timestamp(null)),
        Arguments.of("stored", (Runnable) () -> s.stored(null)),
        Arguments.of("authority", (Runnable) () -> s.authority(null)),
        Arguments.of("version", (Runnable) () -> s.version(null)),
        Arguments.of("actor", (Runnable) () -> sub.actor(null)),
        Arguments.of("verb", (Runnable) () -> sub.verb(null)),
        Arguments.of("object", (Runnable) () -> sub.object(null)),
        Arguments.of("result", (Runnable) () -> sub.result(null)),
        Arguments.of("context", (Runnable) () -> sub.context(null)),
        Arguments.of("timestamp", (Runnable) () -> sub.timestamp(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setterGivenNull")
  void everySetterRefusesNullNamingTheProperty(String property, Runnable setNull) {
    assertThatThrownBy(setNull::run).isInstanceOf(NullPointerException.class).hasMessage(property);
  }

  @ParameterizedTest
  @ValueSource(strings = {"actor", "verb", "object"})
  void aMissingActorVerbOrObjectIsAnIllegalState(String missing) {
    Statement.Builder statement = Statement.builder();
    SubStatement.Builder sub = SubStatement.builder();
    if (!missing.equals("actor")) {
      statement.actor(ADA);
      sub.actor(ADA);
    }
    if (!missing.equals("verb")) {
      statement.verb(Verb.COMPLETED);
      sub.verb(Verb.COMPLETED);
    }
    if (!missing.equals("object")) {
      statement.object(COURSE);
      sub.object(COURSE);
    }
    assertThatThrownBy(statement::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a statement needs an actor, a verb and an object");
    assertThatThrownBy(sub::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a sub-statement needs an actor, a verb and an object");
  }

  @Test
  void aVoidingStatementWithAContextRevisionReportsTheVoidingRuleFirst() {
    Context revision = Context.builder().revision("2").build();
    assertThatThrownBy(
            () ->
                Statement.builder()
                    .actor(ADA)
                    .verb(Verb.VOIDED)
                    .object(ADA)
                    .context(revision)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("voiding");
  }

  @Test
  void aNestedSubStatementWithAContextRevisionReportsTheNestingRuleFirst() {
    SubStatement inner = SubStatement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(COURSE).build();
    Context revision = Context.builder().revision("2").build();
    assertThatThrownBy(
            () ->
                SubStatement.builder()
                    .actor(ADA)
                    .verb(Verb.ATTEMPTED)
                    .object(inner)
                    .context(revision)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a SubStatement's object must not be a SubStatement (xAPI Data 2.4.4.3)");
  }

  @Test
  void subStatementToBuilderRoundTripsEveryProperty() {
    SubStatement sub =
        SubStatement.builder()
            .actor(ADA)
            .verb(Verb.ATTEMPTED)
            .object(COURSE)
            .result(Result.builder().success(true).build())
            .context(Context.builder().platform("x").build())
            .timestamp(T0)
            .attachments(List.of())
            .build();
    assertThat(sub.toBuilder().build()).isEqualTo(sub).hasSameHashCodeAs(sub);
    assertThat(sub.toBuilder().timestamp(T0.plusSeconds(1)).build()).isNotEqualTo(sub);
  }

  @Test
  void statementsDifferingInOnlyOneSharedPartAreNotEqual() {
    Statement statement = Fixtures.completedCourse().timestamp(T0).build();
    assertThat(statement.toBuilder().actor(Fixtures.BOB).build()).isNotEqualTo(statement);
    assertThat(statement.toBuilder().verb(Verb.PASSED).build()).isNotEqualTo(statement);
    assertThat(statement.toBuilder().timestamp(T0.plusSeconds(1)).build()).isNotEqualTo(statement);
    assertThat(statement.toBuilder().result(Result.builder().success(true).build()).build())
        .isNotEqualTo(statement);
  }
}
