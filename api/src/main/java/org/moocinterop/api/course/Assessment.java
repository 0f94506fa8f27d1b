package org.moocinterop.api.course;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A graded or ungraded activity that produces a result: a quiz, an exam, a survey or an
 * assignment.
 *
 * <p>Rules: a maximum score is finite and above zero, and a survey has none (it is not graded);
 * a maximum number of attempts is at least one (absent means unlimited).
 *
 * @param title the title; not blank
 * @param kind what sort of assessment it is
 * @param maxScore the highest score, if graded (xAPI {@code result.score.max}, LTI AGS
 *     {@code scoreMaximum})
 * @param maxAttempts how many attempts a learner has; absent when unlimited
 */
public record Assessment(String title, Kind kind, OptionalDouble maxScore, OptionalInt maxAttempts)
    implements LearningResource {

  /** The sorts of assessment, as Common Cartridge's QTI profile distinguishes them. */
  public enum Kind {
    /** A short, usually formative, test. */
    QUIZ,
    /** A summative examination. */
    EXAM,
    /** A questionnaire with no right answers and no score. */
    SURVEY,
    /** Work handed in and graded, often by a person. */
    ASSIGNMENT
  }

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a part breaks a rule stated on the class
   */
  public Assessment {
    Checks.requireText(title, "an assessment title");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(maxScore, "maxScore").ifPresent(score -> {
      if (!(score > 0) || Double.isInfinite(score)) {
        throw new IllegalArgumentException(
            "a maximum score must be finite and above zero, not " + score);
      }
      if (kind == Kind.SURVEY) {
        throw new IllegalArgumentException("a survey is not scored, so it has no maximum score");
      }
    });
    Objects.requireNonNull(maxAttempts, "maxAttempts").ifPresent(attempts -> {
      if (attempts < 1) {
        throw new IllegalArgumentException(
            "a maximum number of attempts must be at least 1, not " + attempts);
      }
    });
  }

  /** An assessment of {@code kind} titled {@code title}, ungraded, with unlimited attempts. */
  public static Assessment of(String title, Kind kind) {
    return new Assessment(title, kind, OptionalDouble.empty(), OptionalInt.empty());
  }

  /**
   * This assessment scored out of {@code maxScore}.
   *
   * @throws IllegalArgumentException if the score is not finite and above zero, or this is a survey
   */
  public Assessment withMaxScore(double maxScore) {
    return new Assessment(title, kind, OptionalDouble.of(maxScore), maxAttempts);
  }

  /**
   * This assessment allowing {@code maxAttempts} attempts.
   *
   * @throws IllegalArgumentException if {@code maxAttempts} is below one
   */
  public Assessment withMaxAttempts(int maxAttempts) {
    return new Assessment(title, kind, maxScore, OptionalInt.of(maxAttempts));
  }

  /** Always {@link LearningResource.Type#ASSESSMENT}. */
  @Override
  public Type type() {
    return Type.ASSESSMENT;
  }
}
