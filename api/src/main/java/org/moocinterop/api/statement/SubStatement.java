package org.moocinterop.api.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

  private final StatementParts parts;

  private SubStatement(StatementParts parts) {
    this.parts = parts;
    if (parts.object() instanceof SubStatement) {
      throw new IllegalArgumentException(
          "a SubStatement's object must not be a SubStatement (xAPI Data 2.4.4.3)");
    }
    parts.checkContextFitsObject("sub-statement");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this sub-statement's parts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.parts.fill(parts);
    return b;
  }

  /** Returns {@code actor}. */
  public Actor actor() {
    return parts.actor();
  }

  /** Returns {@code verb}. */
  public Verb verb() {
    return parts.verb();
  }

  /** Returns {@code object}; never a {@code SubStatement}. */
  public StatementObject object() {
    return parts.object();
  }

  /** Returns {@code result}. */
  public Optional<Result> result() {
    return parts.result();
  }

  /** Returns {@code context}. */
  public Optional<Context> context() {
    return parts.context();
  }

  /** Returns {@code timestamp}. */
  public Optional<Instant> timestamp() {
    return parts.timestamp();
  }

  /** Returns {@code attachments} (empty if absent). */
  public List<Attachment> attachments() {
    return parts.attachments();
  }

  /**
   * The sub-statement as statement comparison sees it (xAPI Data 2.3.1): verb display, activity
   * definitions and attachments dropped, timestamp truncated to milliseconds.
   */
  SubStatement comparable() {
    return new SubStatement(parts.comparable());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubStatement other && parts.equals(other.parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode();
  }

  @Override
  public String toString() {
    return "SubStatement[actor=" + parts.actor() + ", verb=" + parts.verb().id() + ", object="
        + parts.object() + "]";
  }

  /** Builds a {@link SubStatement}. Lists are copied when given. */
  public static final class Builder {
    private final StatementParts.Draft parts = new StatementParts.Draft();

    private Builder() {}

    /** Sets {@code actor} (required). */
    public Builder actor(Actor value) {
      parts.actor(value);
      return this;
    }

    /** Sets {@code verb} (required). */
    public Builder verb(Verb value) {
      parts.verb(value);
      return this;
    }

    /** Sets {@code object} (required; not a {@code SubStatement}). */
    public Builder object(StatementObject value) {
      parts.object(value);
      return this;
    }

    /** Sets {@code result}. */
    public Builder result(Result value) {
      parts.result(value);
      return this;
    }

    /** Sets {@code context}. */
    public Builder context(Context value) {
      parts.context(value);
      return this;
    }

    /** Sets {@code timestamp}. */
    public Builder timestamp(Instant value) {
      parts.timestamp(value);
      return this;
    }

    /** Sets {@code attachments} (copied). */
    public Builder attachments(List<Attachment> value) {
      parts.attachments(value);
      return this;
    }

    /**
     * Builds the sub-statement.
     *
     * @throws IllegalStateException if actor, verb or object is missing
     * @throws IllegalArgumentException if a rule in the class comment is broken
     */
    public SubStatement build() {
      return new SubStatement(parts.build("sub-statement"));
    }
  }
}
