package org.moocinterop.api.course;

import java.time.Duration;
import java.util.Objects;

/**
 * The effort a {@link CourseRun} asks of a learner: so many hours a week, or so many in total.
 *
 * @param effort the time, above zero
 * @param per whether {@code effort} is per week or for the whole run
 */
public record Workload(Duration effort, Per per) {

  /** What an effort is counted over. */
  public enum Per {
    /** Each week of the run. */
    WEEK,
    /** The whole run. */
    TOTAL
  }

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code effort} is zero or negative
   */
  public Workload {
    Objects.requireNonNull(effort, "effort");
    Objects.requireNonNull(per, "per");
    if (effort.isZero() || effort.isNegative()) {
      throw new IllegalArgumentException("a workload must be above zero, not " + effort);
    }
  }

  /** {@code hours} hours a week. */
  public static Workload hoursPerWeek(int hours) {
    return new Workload(Duration.ofHours(hours), Per.WEEK);
  }

  /** {@code hours} hours for the whole run. */
  public static Workload hoursInTotal(int hours) {
    return new Workload(Duration.ofHours(hours), Per.TOTAL);
  }
}
