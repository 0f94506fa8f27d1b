package org.moocinterop.api.statement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An xAPI statement: who ({@code actor}) did what ({@code verb}) to what ({@code object}), with
 * optional result, context, time, attachments, and the properties an LRS assigns ({@code id},
 * {@code stored}, {@code authority}, {@code version}).
 *
 * <p>Made with {@link #builder()}. Rules checked by {@link Builder#build()}:
 *
 * <ul>
 *   <li>actor, verb and object are given;
 *   <li>a voiding statement (verb {@code http://adlnet.gov/expapi/verbs/voided}) has a {@link
 *       StatementRef} object (xAPI Data 2.3.2);
 *   <li>{@code context.revision} and {@code context.platform} only when the object is an {@link
 *       Activity} (Data 2.4.6);
 *   <li>a {@link SubStatement} object never holds a sub-statement (Data 2.4.4.3, checked by {@link
 *       SubStatement}).
 * </ul>
 *
 * <p>{@code equals} compares every property (with the component equalities of this package, see
 * its description). {@link #isSameStatementAs(Statement)} is the specification's comparison.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#24-statement-properties">
 *     xAPI Data 2.4 Statement Properties</a>
 */
public final class Statement {

  private final Optional<UUID> id;
  private final StatementParts parts;
  private final Optional<Instant> stored;
  private final Optional<Actor> authority;
  private final Optional<String> version;

  private Statement(Builder b, StatementParts parts) {
    this.id = Optional.ofNullable(b.id);
    this.parts = parts;
    this.stored = Optional.ofNullable(b.stored);
    this.authority = Optional.ofNullable(b.authority);
    this.version = Optional.ofNullable(b.version);
    if (parts.verb().isVoiding() && !(parts.object() instanceof StatementRef)) {
      throw new IllegalArgumentException(
          "a voiding statement (verb "
              + parts.verb().id()
              + ") must have a StatementRef object (xAPI Data 2.3.2)");
    }
    parts.checkContextFitsObject("statement");
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this statement's parts, for example to assign {@code stored}. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.parts.fill(parts);
    id.ifPresent(b::id);
    stored.ifPresent(b::stored);
    authority.ifPresent(b::authority);
    version.ifPresent(b::version);
    return b;
  }

  /** Returns {@code id}; empty until the statement's sender or the LRS assigns one. */
  public Optional<UUID> id() {
    return id;
  }

  /** Returns {@code actor}. */
  public Actor actor() {
    return parts.actor();
  }

  /** Returns {@code verb}. */
  public Verb verb() {
    return parts.verb();
  }

  /** Returns {@code object}. */
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

  /** Returns {@code stored}, set by the LRS. */
  public Optional<Instant> stored() {
    return stored;
  }

  /** Returns {@code authority}. */
  public Optional<Actor> authority() {
    return authority;
  }

  /** Returns {@code version}, such as {@code 2.0.0}. */
  public Optional<String> version() {
    return version;
  }

  /** Returns {@code attachments} (empty if absent). */
  public List<Attachment> attachments() {
    return parts.attachments();
  }

  /** Whether this statement voids another (its verb is {@link Verb#VOIDED}). */
  public boolean isVoiding() {
    return parts.verb().isVoiding();
  }

  /**
   * Whether the two statements are the same statement in the sense of xAPI's statement comparison
   * (xAPI Data 2.3.1 "Statement Immutability" and its "Statement Comparison Requirements", which
   * xAPI 2.0.0 keeps): differences that an LRS may legitimately introduce are ignored, every other
   * difference counts. An LRS uses this to tell a repeated statement from a conflicting one, and to
   * check a signed statement against its signature.
   *
   * <p>Ignored:
   *
   * <ul>
   *   <li>{@code id} when either statement has none (the LRS assigns it); two ids must be equal;
   *   <li>{@code timestamp} when either statement has none (the LRS sets it to {@code stored});
   *       two timestamps must be the same instant, whatever their time zone, to the millisecond
   *       (Data 4.5 lets an LRS truncate them to milliseconds); a sub-statement's timestamp too;
   *   <li>{@code stored}, {@code authority} and {@code version} (assigned by the LRS);
   *   <li>{@code attachments}, of the statement and of a sub-statement (not part of the statement;
   *       an LRS may return statements without them);
   *   <li>the {@code display} of verbs (of the statement and of a sub-statement);
   *   <li>the {@code definition} of every activity: the object, a sub-statement's object, and
   *       every context activity of the statement and of a sub-statement;
   *   <li>the order of a group's members (by {@link Group#equals});
   *   <li>case where the value is case-insensitive (by the components' {@code equals}): an {@code
   *       mbox} domain, an {@code mbox_sha1sum}, language tags (language-map keys and {@code
   *       context.language}), UUIDs;
   *   <li>precision of {@code result.duration} beyond 0.01 s (by {@link XapiDuration#equals},
   *       xAPI 2.0.0).
   * </ul>
   *
   * <p>Everything else counts, including the order of context activities and of extensions'
   * arrays, the text of numbers in extensions ({@code 1.0} is not {@code 1}), and the text of
   * durations apart from precision (xAPI 1.0.3 treats a duration as a string for comparison).
   *
   * @param other the statement to compare with
   * @return whether they are the same statement
   * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#231-statement-immutability">
   *     xAPI Data 2.3.1 Statement Immutability</a>
   */
  public boolean isSameStatementAs(Statement other) {
    Objects.requireNonNull(other, "other");
    if (id.isPresent() && other.id.isPresent() && !id.equals(other.id)) {
      return false;
    }
    StatementParts mine = parts.comparable();
    StatementParts theirs = other.parts.comparable();
    if (mine.timestamp().isPresent()
        && theirs.timestamp().isPresent()
        && !mine.timestamp().equals(theirs.timestamp())) {
      return false;
    }
    return mine.actor().equals(theirs.actor())
        && mine.verb().equals(theirs.verb())
        && mine.object().equals(theirs.object())
        && mine.result().equals(theirs.result())
        && mine.context().equals(theirs.context());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Statement other
        && id.equals(other.id)
        && parts.equals(other.parts)
        && stored.equals(other.stored)
        && authority.equals(other.authority)
        && version.equals(other.version);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, parts, stored, authority, version);
  }

  @Override
  public String toString() {
    return "Statement[id=" + id.map(UUID::toString).orElse("-") + ", actor=" + parts.actor()
        + ", verb=" + parts.verb().id() + ", object=" + parts.object() + "]";
  }

  /** Builds a {@link Statement}. Lists are copied when given. */
  public static final class Builder {
    private final StatementParts.Draft parts = new StatementParts.Draft();
    private @Nullable UUID id;
    private @Nullable Instant stored;
    private @Nullable Actor authority;
    private @Nullable String version;

    private Builder() {}

    /** Sets {@code id}. */
    public Builder id(UUID value) {
      this.id = Objects.requireNonNull(value, "id");
      return this;
    }

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

    /** Sets {@code object} (required). */
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

    /** Sets {@code stored} (normally only an LRS does). */
    public Builder stored(Instant value) {
      this.stored = Objects.requireNonNull(value, "stored");
      return this;
    }

    /** Sets {@code authority}. */
    public Builder authority(Actor value) {
      this.authority = Objects.requireNonNull(value, "authority");
      return this;
    }

    /**
     * Sets {@code version}.
     *
     * @throws IllegalArgumentException if the value is blank
     */
    public Builder version(String value) {
      Objects.requireNonNull(value, "version");
      if (value.isBlank()) {
        throw new IllegalArgumentException("version must not be blank (xAPI Data 2.4.10)");
      }
      this.version = value;
      return this;
    }

    /** Sets {@code attachments} (copied). */
    public Builder attachments(List<Attachment> value) {
      parts.attachments(value);
      return this;
    }

    /**
     * Builds the statement.
     *
     * @throws IllegalStateException if actor, verb or object is missing
     * @throws IllegalArgumentException if a rule in the class comment is broken
     */
    public Statement build() {
      return new Statement(this, parts.build("statement"));
    }
  }
}
