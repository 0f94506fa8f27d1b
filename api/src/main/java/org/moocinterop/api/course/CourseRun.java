package org.moocinterop.api.course;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.text.LanguageTags;

/**
 * One offering of a {@link Course}: when it runs, who may enrol and when, how learners progress,
 * in which language, and at what price. An LTI context or a catalog's "course instance" is a run.
 *
 * <p>Immutable; build one with {@link #builder}. Rules:
 *
 * <ul>
 *   <li>the run ends after it starts;
 *   <li>an {@link RunMode#INSTRUCTOR_PACED instructor-paced} or {@link RunMode#COHORT cohort} run
 *       has a start (a self-paced run may be always open);
 *   <li>enrolment opens before the run ends, and closes no later than the run ends;
 *   <li>a capacity is at least one learner.
 * </ul>
 *
 * @param id the run's id
 * @param courseId the course this run offers
 * @param mode how learners progress
 * @param start when the run starts, if scheduled
 * @param end when the run ends, if it ends
 * @param enrolment when learners may enrol
 * @param language the language the run is taught in, if stated
 * @param capacity the most learners it takes; absent when unlimited
 * @param price what it costs
 * @param workload the effort it asks, if stated
 */
public record CourseRun(
    CourseRunId id,
    CourseId courseId,
    RunMode mode,
    Optional<Instant> start,
    Optional<Instant> end,
    EnrolmentWindow enrolment,
    Optional<Locale> language,
    OptionalInt capacity,
    Price price,
    Optional<Workload> workload) {

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a part breaks a rule stated on the class
   */
  public CourseRun {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(courseId, "courseId");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(enrolment, "enrolment");
    Objects.requireNonNull(language, "language")
        .ifPresent(tag -> LanguageTags.require(tag, "language"));
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(workload, "workload");
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      throw new IllegalArgumentException("a run must end after it starts, but it starts at "
          + start.get() + " and ends at " + end.get());
    }
    if (mode != RunMode.SELF_PACED && start.isEmpty()) {
      throw new IllegalArgumentException("a " + mode.token() + " run needs a start");
    }
    if (end.isPresent()) {
      Instant runEnd = end.get();
      enrolment.opens().filter(opens -> !opens.isBefore(runEnd)).ifPresent(opens -> {
        throw new IllegalArgumentException("enrolment must open before the run ends, but it opens"
            + " at " + opens + " and the run ends at " + runEnd);
      });
      enrolment.closes().filter(closes -> closes.isAfter(runEnd)).ifPresent(closes -> {
        throw new IllegalArgumentException("enrolment must close no later than the run ends, but"
            + " it closes at " + closes + " and the run ends at " + runEnd);
      });
    }
    if (capacity.isPresent() && capacity.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "a capacity must be at least 1 learner, not " + capacity.getAsInt());
    }
  }

  /** A builder for the run {@code id} of course {@code courseId}, progressing in {@code mode}. */
  public static Builder builder(CourseRunId id, CourseId courseId, RunMode mode) {
    return new Builder(id, courseId, mode);
  }

  /**
   * Builds a {@link CourseRun}. By default the run is unscheduled, always open for enrolment,
   * unlimited and {@link Price#free() free}. Not thread-safe.
   */
  public static final class Builder {
    private final CourseRunId id;
    private final CourseId courseId;
    private final RunMode mode;
    private @Nullable Instant start;
    private @Nullable Instant end;
    private EnrolmentWindow enrolment = EnrolmentWindow.always();
    private @Nullable Locale language;
    private OptionalInt capacity = OptionalInt.empty();
    private Price price = Price.free();
    private @Nullable Workload workload;

    private Builder(CourseRunId id, CourseId courseId, RunMode mode) {
      this.id = Objects.requireNonNull(id, "id");
      this.courseId = Objects.requireNonNull(courseId, "courseId");
      this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Sets when the run starts. */
    public Builder start(Instant start) {
      this.start = Objects.requireNonNull(start, "start");
      return this;
    }

    /** Sets when the run ends. */
    public Builder end(Instant end) {
      this.end = Objects.requireNonNull(end, "end");
      return this;
    }

    /** Sets when learners may enrol. */
    public Builder enrolment(EnrolmentWindow enrolment) {
      this.enrolment = Objects.requireNonNull(enrolment, "enrolment");
      return this;
    }

    /**
     * Sets the language, as a BCP 47 tag.
     *
     * @throws IllegalArgumentException if the tag is not well formed
     */
    public Builder language(String languageTag) {
      this.language = LanguageTags.parse(languageTag);
      return this;
    }

    /** Sets the most learners the run takes; checked on {@link #build()}. */
    public Builder capacity(int capacity) {
      this.capacity = OptionalInt.of(capacity);
      return this;
    }

    /** Sets the price. */
    public Builder price(Price price) {
      this.price = Objects.requireNonNull(price, "price");
      return this;
    }

    /** Sets the workload. */
    public Builder workload(Workload workload) {
      this.workload = Objects.requireNonNull(workload, "workload");
      return this;
    }

    /**
     * Builds the value from what was set.
     *
     * @throws IllegalArgumentException if a part breaks a rule of {@link CourseRun}
     */
    public CourseRun build() {
      return new CourseRun(id, courseId, mode, Optional.ofNullable(start),
          Optional.ofNullable(end), enrolment, Optional.ofNullable(language), capacity, price,
          Optional.ofNullable(workload));
    }
  }
}
