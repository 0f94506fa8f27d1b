package org.moocinterop.api.statement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parts that {@link Statement} and {@link SubStatement} have in common, with the checks on
 * them, so that both classes and both builders share one copy of each rule. A record, so equality
 * is that of every part.
 */
record StatementParts(
    Actor actor,
    Verb verb,
    StatementObject object,
    Optional<Result> result,
    Optional<Context> context,
    Optional<Instant> timestamp,
    List<Attachment> attachments) {

  /**
   * Checks that {@code context.revision} and {@code context.platform} appear only when the object
   * is an activity (xAPI Data 2.4.6).
   *
   * @param what {@code statement} or {@code sub-statement}, for the message
   */
  void checkContextFitsObject(String what) {
    StatementRules.checkContextFitsObject(context, object, what);
  }

  /**
   * The parts as statement comparison sees them (xAPI Data 2.3.1): verb display, activity
   * definitions and attachments dropped, timestamp truncated to milliseconds.
   */
  StatementParts comparable() {
    return new StatementParts(
        actor,
        verb.withoutDisplay(),
        StatementRules.comparable(object),
        result,
        context.map(Context::withoutActivityDefinitions),
        timestamp.map(t -> t.truncatedTo(ChronoUnit.MILLIS)),
        List.of());
  }

  /** The shared parts while a builder fills them in; each setter refuses null. */
  static final class Draft {
    private @Nullable Actor actor;
    private @Nullable Verb verb;
    private @Nullable StatementObject object;
    private @Nullable Result result;
    private @Nullable Context context;
    private @Nullable Instant timestamp;
    private List<Attachment> attachments = List.of();

    void actor(Actor value) {
      this.actor = Objects.requireNonNull(value, "actor");
    }

    void verb(Verb value) {
      this.verb = Objects.requireNonNull(value, "verb");
    }

    void object(StatementObject value) {
      this.object = Objects.requireNonNull(value, "object");
    }

    void result(Result value) {
      this.result = Objects.requireNonNull(value, "result");
    }

    void context(Context value) {
      this.context = Objects.requireNonNull(value, "context");
    }

    void timestamp(Instant value) {
      this.timestamp = Objects.requireNonNull(value, "timestamp");
    }

    void attachments(List<Attachment> value) {
      this.attachments = List.copyOf(value);
    }

    /** Fills this draft with {@code parts}, as {@code toBuilder()} does. */
    void fill(StatementParts parts) {
      actor = parts.actor();
      verb = parts.verb();
      object = parts.object();
      result = parts.result().orElse(null);
      context = parts.context().orElse(null);
      timestamp = parts.timestamp().orElse(null);
      attachments = parts.attachments();
    }

    /**
     * The parts drafted so far.
     *
     * @param what {@code statement} or {@code sub-statement}, for the message
     * @throws IllegalStateException if actor, verb or object is missing
     */
    StatementParts build(String what) {
      if (actor == null || verb == null || object == null) {
        throw new IllegalStateException("a " + what + " needs an actor, a verb and an object");
      }
      return new StatementParts(
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
