package org.moocinterop.api.course;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When learners may enrol in a {@link CourseRun}: from {@code opens} (inclusive) until
 * {@code closes} (exclusive). An absent bound is open-ended; {@link #always()} has neither.
 *
 * @param opens when enrolment opens, if it is not open already
 * @param closes when enrolment closes, if ever; after {@code opens}
 */
public record EnrolmentWindow(Optional<Instant> opens, Optional<Instant> closes) {

  private static final EnrolmentWindow ALWAYS =
      new EnrolmentWindow(Optional.empty(), Optional.empty());

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public EnrolmentWindow {
    Objects.requireNonNull(opens, "opens");
    Objects.requireNonNull(closes, "closes");
    if (opens.isPresent() && closes.isPresent() && !closes.get().isAfter(opens.get())) {
      throw new IllegalArgumentException("enrolment must close after it opens, but it opens at "
          + opens.get() + " and closes at " + closes.get());
    }
  }

  /** Enrolment open at all times. */
  public static EnrolmentWindow always() {
    return ALWAYS;
  }

  /**
   * Enrolment from {@code opens} until {@code closes}.
   *
   * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
   */
  public static EnrolmentWindow between(Instant opens, Instant closes) {
    return new EnrolmentWindow(Optional.of(opens), Optional.of(closes));
  }

  /** Enrolment from {@code opens} on, with no end. */
  public static EnrolmentWindow from(Instant opens) {
    return new EnrolmentWindow(Optional.of(opens), Optional.empty());
  }

  /** Enrolment open now until {@code closes}. */
  public static EnrolmentWindow until(Instant closes) {
    return new EnrolmentWindow(Optional.empty(), Optional.of(closes));
  }

  /** Whether a learner may enrol at {@code time}. */
  public boolean isOpenAt(Instant time) {
    Objects.requireNonNull(time, "time");
    return opens.map(start -> !time.isBefore(start)).orElse(true)
        && closes.map(time::isBefore).orElse(true);
  }
}
