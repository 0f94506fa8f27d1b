package org.moocinterop.api.statement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A statement inside a statement's object, describing something other than a completed
 * experience (a plan, an assignment). It has no {@code id}, {@code stored}, {@code version} nor
 * {@code authority}, and its object is never another sub-statement.
 *
 * <p>Made with {@link #builder()}. Rules checked by {@link Builder#build()}: actor, verb and object
 * are given; the object is not a {@code SubStatement} (xAPI Data 2.4.4.3); {@code
 * context.revision} and {@code context.platform} only when the object is an activity (Data
 * 2.4.6).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2443-when-the-object-is-a-statement">
 *     xAPI Data 2.4.4.3</a>
 */
public final class SubStatement implements StatementObject {

  private final Actor actor;
  private final Verb verb;
  private final StatementObject object;
  private final Optional<Result> result;
  private final Optional<Context> context;
  private final Optional<Instant> timestamp;
  private final List<Attachment> attachments;

  private SubStatement(
      Actor actor,
      Verb verb,
      StatementObject object,
      Optional<Result> result,
      Optional<Context> context,
      Optional<Instant> timestamp,
      List<Attachment> attachments) {
    this.actor = actor;
    this.verb = verb;
    this.object = object;
    this.result = result;
    this.context = context;
    this.timestamp = timestamp;
    this.attachments = attachments;
    if (object instanceof SubStatement) {
      throw new IllegalArgumentException(
          "a SubStatement's object must not be a SubStatement (xAPI Data 2.4.4.3)");
    }
    StatementRules.checkContextFitsObject(context, object, "sub-statement");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this sub-statement's parts. */
  public Builder toBuilder() {
    Builder b = new Builder().actor(actor).verb(verb).object(object).attachments(attachments);
    result.ifPresent(b::result);
    context.ifPresent(b::context);
    timestamp.ifPresent(b::timestamp);
    return b;
  }

  /** Returns {@code actor}. */
  public Actor actor() {
    return actor;
  }

  /** Returns {@code verb}. */
  public Verb verb() {
    return verb;
  }

  /** Returns {@code object}; never a {@code SubStatement}. */
  public StatementObject object() {
    return object;
  }

  /** Returns {@code result}. */
  public Optional<Result> result() {
    return result;
  }

  /** Returns {@code context}. */
  public Optional<Context> context() {
    return context;
  }

  /** Returns {@code timestamp}. */
  public Optional<Instant> timestamp() {
    return timestamp;
  }

  /** Returns {@code attachments} (empty if absent). */
  public List<Attachment> attachments() {
    return attachments;
  }

  /**
   * The sub-statement as statement comparison sees it (xAPI Data 2.3.1): verb display, activity
   * definitions and attachments dropped, timestamp truncated to milliseconds.
   */
  SubStatement comparable() {
    return new SubStatement(
        actor,
        verb.withoutDisplay(),
        StatementRules.comparable(object),
        result,
        context.map(Context::withoutActivityDefinitions),
        timestamp.map(t -> t.truncatedTo(ChronoUnit.MILLIS)),
        List.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubStatement other
        && actor.equals(other.actor)
        && verb.equals(other.verb)
        && object.equals(other.object)
        && result.equals(other.result)
        && context.equals(other.context)
        && timestamp.equals(other.timestamp)
        && attachments.equals(other.attachments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor, verb, object, result, context, timestamp, attachments);
  }

  @Override
  public String toString() {
    return "SubStatement[actor=" + actor + ", verb=" + verb.id() + ", object=" + object + "]";
  }

  /** Builds a {@link SubStatement}. Lists are copied when given. */
  public static final class Builder {
    private @Nullable Actor actor;
    private @Nullable Verb verb;
    private @Nullable StatementObject object;
    private @Nullable Result result;
    private @Nullable Context context;
    private @Nullable Instant timestamp;
    private List<Attachment> attachments = List.of();

    private Builder() {}

    /** Sets {@code actor} (required). */
    public Builder actor(Actor value) {
      this.actor = Objects.requireNonNull(value, "actor");
      return this;
    }

    /** Sets {@code verb} (required). */
    public Builder verb(Verb value) {
      this.verb = Objects.requireNonNull(value, "verb");
      return this;
    }

    /** Sets {@code object} (required; not a {@code SubStatement}). */
    public Builder object(StatementObject value) {
      this.object = Objects.requireNonNull(value, "object");
      return this;
    }

    /** Sets {@code result}. */
    public Builder result(Result value) {
      this.result = Objects.requireNonNull(value, "result");
      return this;
    }

    /** Sets {@code context}. */
    public Builder context(Context value) {
      this.context = Objects.requireNonNull(value, "context");
      return this;
    }

    /** Sets {@code timestamp}. */
    public Builder timestamp(Instant value) {
      this.timestamp = Objects.requireNonNull(value, "timestamp");
      return this;
    }

    /** Sets {@code attachments} (copied). */
    public Builder attachments(List<Attachment> value) {
      this.attachments = List.copyOf(value);
      return this;
    }

    /**
     * Builds the sub-statement.
     *
     * @throws IllegalStateException if actor, verb or object is missing
     * @throws IllegalArgumentException if a rule in the class comment is broken
     */
    public SubStatement build() {
      if (actor == null || verb == null || object == null) {
        throw new IllegalStateException("a sub-statement needs an actor, a verb and an object");
      }
      return new SubStatement(
          actor,
          verb,
          object,
          Optional.ofNullable(result),
          Optional.ofNullable(context),
          Optional.ofNullable(timestamp),
          attachments);
    }
  }
}
