package org.moocinterop.api.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.course.CourseRunId;

class EnrolmentTest {

  private static final LearnerId ALICE = LearnerId.of("https://lms.uni-a.example", "alice");
  private static final CourseRunId RUN = CourseRunId.of("algebra-101-2025-fall");
  private static final Instant MONDAY = Instant.parse("2025-09-01T08:00:00Z");
  private static final Instant FRIDAY = Instant.parse("2025-09-05T08:00:00Z");

  @Test
  void anActiveEnrolmentCompletes() {
    Enrolment active = Enrolment.active(ALICE, RUN, Role.LEARNER, MONDAY);
    Enrolment done = active.complete(FRIDAY);

    assertThat(active.status()).isEqualTo(EnrolmentStatus.ACTIVE);
    assertThat(active.endedAt()).isEmpty();
    assertThat(done.status()).isEqualTo(EnrolmentStatus.COMPLETED);
    assertThat(done.endedAt()).contains(FRIDAY);
    assertThat(done.enrolledAt()).isEqualTo(MONDAY);
  }

  @Test
  void anEndedEnrolmentCannotEndAgain() {
    Enrolment withdrawn = Enrolment.active(ALICE, RUN, Role.LEARNER, MONDAY).withdraw(FRIDAY);

    assertThat(withdrawn.status().isEnded()).isTrue();
    assertThatThrownBy(() -> withdrawn.complete(FRIDAY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the enrolment has already ended (WITHDRAWN)");
  }

  @Test
  void anEnrolmentCannotEndBeforeItBegan() {
    assertThatThrownBy(() -> Enrolment.active(ALICE, RUN, Role.LEARNER, FRIDAY).complete(MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot end");
  }

  @ParameterizedTest
  @EnumSource(value = EnrolmentStatus.class, names = {"COMPLETED", "WITHDRAWN"})
  void anEndedStatusNeedsAnEndTime(EnrolmentStatus status) {
    assertThatThrownBy(() -> new Enrolment(ALICE, RUN, Role.LEARNER, status, MONDAY,
            Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a " + status + " enrolment needs the time it ended");
  }

  @Test
  void anActiveEnrolmentHasNoEndTime() {
    assertThatThrownBy(() -> new Enrolment(ALICE, RUN, Role.LEARNER, EnrolmentStatus.ACTIVE,
            MONDAY, Optional.of(FRIDAY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an ACTIVE enrolment has not ended");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Instructor", "urn:lti:role:ims/lis/Instructor/TeachingAssistant",
      "https://uni-a.example/roles#Tutor"})
  void contextAndCustomRolesAreEnrolmentRoles(String role) {
    assertThat(Enrolment.active(ALICE, RUN, Role.parse(role), MONDAY).role())
        .isEqualTo(Role.parse(role));
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:lti:instrole:ims/lis/Student",
      "urn:lti:sysrole:ims/lis/Administrator"})
  void systemAndInstitutionRolesAreNoEnrolmentRoles(String role) {
    assertThatThrownBy(() -> Enrolment.active(ALICE, RUN, Role.parse(role), MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an enrolment's role is a context role");
  }
}
