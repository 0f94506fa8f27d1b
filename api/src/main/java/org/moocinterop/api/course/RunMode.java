package org.moocinterop.api.course;

import java.util.Locale;
import java.util.Objects;

/**
 * How the learners of a {@link CourseRun} progress through it.
 *
 * <p>A closed enum, not an open vocabulary: these three modes are the ones MOOC platforms share,
 * and bridges to catalogs and cartridges must map each of them, which a {@code switch} over an
 * enum checks. A partner's other modes are mapped to the nearest of these by the bridge that reads
 * them. Each mode has a {@link #token() token} for wire formats and configuration.
 */
public enum RunMode {
  /** Learners start and progress when they like; content is all available from the start. */
  SELF_PACED("self-paced"),
  /** Instructors release content and set deadlines on a schedule; learners may join late. */
  INSTRUCTOR_PACED("instructor-paced"),
  /** A closed group starts and progresses together, usually with peer and tutor interaction. */
  COHORT("cohort");

  private final String token;

  RunMode(String token) {
    this.token = token;
  }

  /** The mode's token: {@code self-paced}, {@code instructor-paced} or {@code cohort}. */
  public String token() {
    return token;
  }

  /**
   * The mode whose token is {@code token}, ignoring case; the constant's name
   * ({@code SELF_PACED}) is accepted too.
   *
   * @throws IllegalArgumentException if no mode has this token
   */
  public static RunMode parse(String token) {
    Objects.requireNonNull(token, "token");
    String wanted = token.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (RunMode mode : values()) {
      if (mode.token.equals(wanted)) {
        return mode;
      }
    }
    throw new IllegalArgumentException(
        "a run mode is self-paced, instructor-paced or cohort, not '" + token + "'");
  }
}
