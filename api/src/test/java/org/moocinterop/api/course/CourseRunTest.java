package org.moocinterop.api.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CourseRunTest {

  private static final Instant START = Instant.parse("2025-09-01T08:00:00Z");
  private static final Instant END = Instant.parse("2025-12-19T18:00:00Z");

  private static CourseRun.Builder fall(RunMode mode) {
    return CourseRun.builder(CourseRunId.of("algebra-101-2025-fall"), CourseId.of("algebra-101"),
        mode);
  }

  @Test
  void aScheduledRunHoldsWhatWasSet() {
    CourseRun run = fall(RunMode.INSTRUCTOR_PACED)
        .start(START).end(END)
        .enrolment(EnrolmentWindow.between(START.minus(Duration.ofDays(30)), END))
        .language("en")
        .capacity(500)
        .price(Price.of("49.00", "EUR"))
        .workload(Workload.hoursPerWeek(4))
        .build();

    assertThat(run.start()).contains(START);
    assertThat(run.language()).contains(Locale.ENGLISH);
    assertThat(run.capacity()).hasValue(500);
    assertThat(run.price().isFree()).isFalse();
    assertThat(run.price()).isEqualTo(Price.of(new BigDecimal("49.00"), Currency.getInstance("EUR")));
    assertThat(run.workload()).contains(new Workload(Duration.ofHours(4), Workload.Per.WEEK));
  }

  @Test
  void aSelfPacedRunNeedsNoScheduleAndIsFreeAndUnlimitedByDefault() {
    CourseRun run = fall(RunMode.SELF_PACED).build();

    assertThat(run.start()).isEmpty();
    assertThat(run.end()).isEmpty();
    assertThat(run.enrolment()).isEqualTo(EnrolmentWindow.always());
    assertThat(run.capacity()).isEmpty();
    assertThat(run.price().isFree()).isTrue();
  }

  static Stream<Arguments> forbiddenRuns() {
    return Stream.of(
        Arguments.of("end before start", (ThrowingCallable) () ->
            fall(RunMode.SELF_PACED).start(END).end(START).build(), "a run must end after it starts"),
        Arguments.of("end equal to start", (ThrowingCallable) () ->
            fall(RunMode.SELF_PACED).start(START).end(START).build(), "a run must end after it starts"),
        Arguments.of("instructor-paced without start", (ThrowingCallable) () ->
            fall(RunMode.INSTRUCTOR_PACED).build(), "a instructor-paced run needs a start"),
        Arguments.of("cohort without start", (ThrowingCallable) () ->
            fall(RunMode.COHORT).end(END).build(), "a cohort run needs a start"),
        Arguments.of("enrolment opening after the run ends", (ThrowingCallable) () ->
            fall(RunMode.COHORT).start(START).end(END).enrolment(EnrolmentWindow.from(END)).build(),
            "enrolment must open before the run ends"),
        Arguments.of("enrolment closing after the run ends", (ThrowingCallable) () ->
            fall(RunMode.COHORT).start(START).end(END)
                .enrolment(EnrolmentWindow.until(END.plusSeconds(1))).build(),
            "enrolment must close no later than the run ends"),
        Arguments.of("enrolment closing before it opens", (ThrowingCallable) () ->
            EnrolmentWindow.between(END, START), "enrolment must close after it opens"),
        Arguments.of("zero capacity", (ThrowingCallable) () ->
            fall(RunMode.SELF_PACED).capacity(0).build(), "a capacity must be at least 1"),
        Arguments.of("zero price", (ThrowingCallable) () -> Price.of("0", "EUR"),
            "a price must be above zero"),
        Arguments.of("cents of a yen", (ThrowingCallable) () -> Price.of("10.5", "JPY"),
            "a price in JPY has at most 0 decimal places"),
        Arguments.of("zero workload", (ThrowingCallable) () -> Workload.hoursInTotal(0),
            "a workload must be above zero"),
        Arguments.of("malformed language", (ThrowingCallable) () ->
            fall(RunMode.SELF_PACED).language("english language"), "not a well-formed BCP 47"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forbiddenRuns")
  void runsThatBreakARuleAreRefused(String rule, ThrowingCallable build, String message) {
    assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void enrolmentMayCloseWhenTheRunEnds() {
    CourseRun run = fall(RunMode.COHORT).start(START).end(END)
        .enrolment(EnrolmentWindow.until(END)).build();

    assertThat(run.enrolment().isOpenAt(START)).isTrue();
    assertThat(run.enrolment().isOpenAt(END)).isFalse();
  }

  @Test
  void theEnrolmentWindowIncludesItsOpeningAndExcludesItsClosing() {
    EnrolmentWindow window = EnrolmentWindow.between(START, END);

    assertThat(window.isOpenAt(START.minusMillis(1))).isFalse();
    assertThat(window.isOpenAt(START)).isTrue();
    assertThat(window.isOpenAt(END.minusMillis(1))).isTrue();
    assertThat(window.isOpenAt(END)).isFalse();
    assertThat(EnrolmentWindow.always().isOpenAt(END)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"self-paced, SELF_PACED", "Instructor-Paced, INSTRUCTOR_PACED", "COHORT, COHORT",
      "self_paced, SELF_PACED"})
  void runModesAreReadFromTheirTokens(String token, RunMode mode) {
    assertThat(RunMode.parse(token)).isEqualTo(mode);
    assertThat(RunMode.parse(mode.token())).isEqualTo(mode);
  }

  @Test
  void anUnknownRunModeIsRefused() {
    assertThatThrownBy(() -> RunMode.parse("blended"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a run mode is self-paced, instructor-paced or cohort, not 'blended'");
  }
}
