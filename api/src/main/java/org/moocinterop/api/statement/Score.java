package org.moocinterop.api.statement;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The score of a result; every part is optional.
 *
 * <p>Rules (xAPI Data 2.4.5.1): {@code scaled} is in [-1, 1]; {@code min} is less than {@code
 * max}; {@code raw} is not below {@code min} nor above {@code max}. Numbers are {@link BigDecimal}
 * and compare with {@link BigDecimal#equals} (so {@code 0.5} and {@code 0.50} differ, as their
 * serializations do).
 *
 * @param scaled the score scaled to [-1, 1]
 * @param raw the score as achieved
 * @param min the lowest possible score
 * @param max the highest possible score
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2451-score">xAPI Data
 *     2.4.5.1 Score</a>
 */
public record Score(
    Optional<BigDecimal> scaled,
    Optional<BigDecimal> raw,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max) {

  /**
   * Checks the rules in the class comment.
   *
   * @throws IllegalArgumentException if one is broken
   */
  public Score {
    Objects.requireNonNull(scaled, "scaled");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    scaled.ifPresent(
        s -> {
          if (s.compareTo(BigDecimal.ONE) > 0 || s.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new IllegalArgumentException(
                "score.scaled must be between -1 and 1 (xAPI Data 2.4.5.1): " + s);
          }
        });
    if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) >= 0) {
      throw new IllegalArgumentException(
          "score.min must be less than score.max (xAPI Data 2.4.5.1): " + min.get() + " >= " + max.get());
    }
    if (raw.isPresent()) {
      BigDecimal r = raw.get();
      if (min.isPresent() && r.compareTo(min.get()) < 0) {
        throw new IllegalArgumentException(
            "score.raw must not be below score.min (xAPI Data 2.4.5.1): " + r + " < " + min.get());
      }
      if (max.isPresent() && r.compareTo(max.get()) > 0) {
        throw new IllegalArgumentException(
            "score.raw must not be above score.max (xAPI Data 2.4.5.1): " + r + " > " + max.get());
      }
    }
  }

  /** Returns a score with only {@code scaled}. */
  public static Score ofScaled(BigDecimal scaled) {
    return builder().scaled(scaled).build();
  }

  /** Returns a score with {@code raw} within {@code [min, max]}. */
  public static Score ofRaw(BigDecimal raw, BigDecimal min, BigDecimal max) {
    return builder().raw(raw).min(min).max(max).build();
  }

  /** Returns a builder of an empty score. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Score}. */
  public static final class Builder {
    private @Nullable BigDecimal scaled;
    private @Nullable BigDecimal raw;
    private @Nullable BigDecimal min;
    private @Nullable BigDecimal max;

    private Builder() {}

    /** Sets {@code scaled}. */
    public Builder scaled(BigDecimal value) {
      this.scaled = Objects.requireNonNull(value, "scaled");
      return this;
    }

    /** Sets {@code scaled} from a double ({@link BigDecimal#valueOf(double)}). */
    public Builder scaled(double value) {
      return scaled(BigDecimal.valueOf(value));
    }

    /** Sets {@code raw}. */
    public Builder raw(BigDecimal value) {
      this.raw = Objects.requireNonNull(value, "raw");
      return this;
    }

    /** Sets {@code raw} from a double. */
    public Builder raw(double value) {
      return raw(BigDecimal.valueOf(value));
    }

    /** Sets {@code min}. */
    public Builder min(BigDecimal value) {
      this.min = Objects.requireNonNull(value, "min");
      return this;
    }

    /** Sets {@code min} from a double. */
    public Builder min(double value) {
      return min(BigDecimal.valueOf(value));
    }

    /** Sets {@code max}. */
    public Builder max(BigDecimal value) {
      this.max = Objects.requireNonNull(value, "max");
      return this;
    }

    /** Sets {@code max} from a double. */
    public Builder max(double value) {
      return max(BigDecimal.valueOf(value));
    }

    /**
     * Builds the score.
     *
     * @throws IllegalArgumentException if a rule of {@link Score} is broken
     */
    public Score build() {
      return new Score(
          Optional.ofNullable(scaled),
          Optional.ofNullable(raw),
          Optional.ofNullable(min),
          Optional.ofNullable(max));
    }
  }
}
