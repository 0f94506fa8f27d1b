package org.moocinterop.api.learner;

/** Where an {@link Enrolment} stands. {@link #ACTIVE} is the only status that has not ended. */
public enum EnrolmentStatus {
  /** Enrolled and taking part. */
  ACTIVE,
  /** Finished the course run, passed or not. */
  COMPLETED,
  /** Left before the end, by choice or by removal. */
  WITHDRAWN;

  /** Whether the enrolment is over (any status but {@link #ACTIVE}). */
  public boolean isEnded() {
    return this != ACTIVE;
  }
}
