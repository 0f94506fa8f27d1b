package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a statement: score, success, completion, response, duration, extensions. Made
 * with {@link #builder()}; every part is optional. Absent extensions are {@link
 * Extensions#empty()}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#245-result">xAPI Data
 *     2.4.5 Result</a>
 */
public final class Result {

  private final Optional<Score> score;
  private final Optional<Boolean> success;
  private final Optional<Boolean> completion;
  private final Optional<String> response;
  private final Optional<XapiDuration> duration;
  private final Extensions extensions;

  private Result(Builder b) {
    this.score = Optional.ofNullable(b.score);
    this.success = Optional.ofNullable(b.success);
    this.completion = Optional.ofNullable(b.completion);
    this.response = Optional.ofNullable(b.response);
    this.duration = Optional.ofNullable(b.duration);
    this.extensions = b.extensions;
  }

  /** Returns a builder of an empty result. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this result's parts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    score.ifPresent(b::score);
    success.ifPresent(b::success);
    completion.ifPresent(b::completion);
    response.ifPresent(b::response);
    duration.ifPresent(b::duration);
    return b.extensions(extensions);
  }

  /** Returns {@code score}. */
  public Optional<Score> score() {
    return score;
  }

  /** Returns {@code success}. */
  public Optional<Boolean> success() {
    return success;
  }

  /** Returns {@code completion}. */
  public Optional<Boolean> completion() {
    return completion;
  }

  /** Returns {@code response}. */
  public Optional<String> response() {
    return response;
  }

  /** Returns {@code duration}. */
  public Optional<XapiDuration> duration() {
    return duration;
  }

  /** Returns {@code extensions} (empty if absent). */
  public Extensions extensions() {
    return extensions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Result other
        && score.equals(other.score)
        && success.equals(other.success)
        && completion.equals(other.completion)
        && response.equals(other.response)
        && duration.equals(other.duration)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(score, success, completion, response, duration, extensions);
  }

  @Override
  public String toString() {
    return "Result[score=" + score + ", success=" + success + ", completion=" + completion
        + ", response=" + response + ", duration=" + duration + ", extensions=" + extensions + "]";
  }

  /** Builds a {@link Result}. */
  public static final class Builder {
    private @Nullable Score score;
    private @Nullable Boolean success;
    private @Nullable Boolean completion;
    private @Nullable String response;
    private @Nullable XapiDuration duration;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /** Sets {@code score}. */
    public Builder score(Score value) {
      this.score = Objects.requireNonNull(value, "score");
      return this;
    }

    /** Sets {@code success}. */
    public Builder success(boolean value) {
      this.success = value;
      return this;
    }

    /** Sets {@code completion}. */
    public Builder completion(boolean value) {
      this.completion = value;
      return this;
    }

    /** Sets {@code response}. */
    public Builder response(String value) {
      this.response = Objects.requireNonNull(value, "response");
      return this;
    }

    /** Sets {@code duration}. */
    public Builder duration(XapiDuration value) {
      this.duration = Objects.requireNonNull(value, "duration");
      return this;
    }

    /** Sets {@code extensions}. */
    public Builder extensions(Extensions value) {
      this.extensions = Objects.requireNonNull(value, "extensions");
      return this;
    }

    /** Builds the result. */
    public Result build() {
      return new Result(this);
    }
  }
}
