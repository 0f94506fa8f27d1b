package org.moocinterop.api.learner;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.course.CourseRunId;

/**
 * A learner's membership of a course run, in one role: what an LTI launch's context and roles
 * claims, or a roster entry of Names and Role Provisioning Services, state.
 *
 * <p>Immutable. Rules: the role applies in a context ({@link Role.Scope#CONTEXT}, or a role of
 * another vocabulary), not a system or institution role; an {@link EnrolmentStatus#ACTIVE active}
 * enrolment has no end, an ended one has an end no earlier than its start. {@link #complete} and
 * {@link #withdraw} move an active enrolment on.
 *
 * @param learner who is enrolled
 * @param run the course run
 * @param role the role in the run, such as {@link Role#LEARNER} or {@link Role#TEACHING_ASSISTANT}
 * @param status where the enrolment stands
 * @param enrolledAt when it began
 * @param endedAt when it ended; present exactly when the status has ended
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#roles-claim">LTI 1.3 5.3.7, Roles
 *     claim</a>
 */
public record Enrolment(LearnerId learner, CourseRunId run, Role role, EnrolmentStatus status,
    Instant enrolledAt, Optional<Instant> endedAt) {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a part breaks a rule stated on the class
   */
  public Enrolment {
    Objects.requireNonNull(learner, "learner");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(enrolledAt, "enrolledAt");
    Objects.requireNonNull(endedAt, "endedAt");
    if (role.scope() == Role.Scope.SYSTEM || role.scope() == Role.Scope.INSTITUTION) {
      throw new IllegalArgumentException("an enrolment's role is a context role such as "
          + Role.LEARNER + ", not the " + role.scope().name().toLowerCase(Locale.ROOT)
          + " role " + role);
    }
    if (status.isEnded() != endedAt.isPresent()) {
      throw new IllegalArgumentException(status.isEnded()
          ? "a " + status + " enrolment needs the time it ended"
          : "an ACTIVE enrolment has not ended, so it has no end time");
    }
    endedAt.filter(end -> end.isBefore(enrolledAt)).ifPresent(end -> {
      throw new IllegalArgumentException("an enrolment cannot end (" + end
          + ") before it began (" + enrolledAt + ")");
    });
  }

  /** An active enrolment of {@code learner} in {@code run} as {@code role}, from {@code at}. */
  public static Enrolment active(LearnerId learner, CourseRunId run, Role role, Instant at) {
    return new Enrolment(learner, run, role, EnrolmentStatus.ACTIVE, at, Optional.empty());
  }

  /**
   * This enrolment, completed at {@code at}.
   *
   * @throws IllegalStateException if it is not active
   * @throws IllegalArgumentException if {@code at} is before it began
   */
  public Enrolment complete(Instant at) {
    return end(EnrolmentStatus.COMPLETED, at);
  }

  /**
   * This enrolment, withdrawn at {@code at}.
   *
   * @throws IllegalStateException if it is not active
   * @throws IllegalArgumentException if {@code at} is before it began
   */
  public Enrolment withdraw(Instant at) {
    return end(EnrolmentStatus.WITHDRAWN, at);
  }

  private Enrolment end(EnrolmentStatus next, Instant at) {
    Objects.requireNonNull(at, "at");
    if (status.isEnded()) {
      throw new IllegalStateException("the enrolment has already ended (" + status + ")");
    }
    return new Enrolment(learner, run, role, next, enrolledAt, Optional.of(at));
  }
}
