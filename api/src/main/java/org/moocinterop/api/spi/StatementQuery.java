package org.moocinterop.api.spi;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.Iri;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Group;
import org.moocinterop.api.statement.InverseFunctionalIdentifier;

/**
 * The filters of a {@code GET /statements} without {@code statementId}: every filter given must
 * match (xAPI Communication 2.1.3). Voided statements never match. Made with {@link #builder()}.
 *
 * <ul>
 *   <li>{@code agent}: the actor or the object is an Agent or identified Group with this inverse
 *       functional identifier, or a Group with a member that has it; with {@code relatedAgents},
 *       also the authority, {@code context.instructor}, {@code context.team}, the agents and groups
 *       of {@code context.contextAgents} and {@code context.contextGroups} (xAPI 2.0.0), and the
 *       same parts of a sub-statement;
 *   <li>{@code verb}: the verb id;
 *   <li>{@code activity}: the object is an Activity with this id; with {@code relatedActivities},
 *       also any context activity, and the same parts of a sub-statement;
 *   <li>{@code registration}: {@code context.registration};
 *   <li>{@code authority}: the authority is this actor (for the {@code statements/read/mine}
 *       scope; an extension of this library, never applied through a StatementRef);
 *   <li>a statement whose object is a StatementRef also matches a filter above (except
 *       {@code authority}) when the statement it targets matches it, recursively, even when the
 *       targeted statement is voided ("Filter Conditions for StatementRefs");
 *   <li>{@code since} (exclusive) and {@code until} (inclusive) compare {@code stored}, and apply
 *       to the returned statement itself;
 *   <li>order: by {@code stored}, newest first unless {@code ascending}; ties in store order;
 *   <li>{@code limit}: at most that many statements per page; {@code after}: the page starts after
 *       this cursor (from a previous page's {@link StatementPage#next()}).
 * </ul>
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#213-get-statements">
 *     xAPI Communication 2.1.3 GET Statements</a>
 */
public final class StatementQuery {

  /** The limit of a query that sets none. */
  public static final int DEFAULT_LIMIT = 100;

  private final @Nullable InverseFunctionalIdentifier agent;
  private final boolean relatedAgents;
  private final @Nullable Iri verb;
  private final @Nullable Iri activity;
  private final boolean relatedActivities;
  private final @Nullable UUID registration;
  private final @Nullable Actor authority;
  private final @Nullable Instant since;
  private final @Nullable Instant until;
  private final int limit;
  private final boolean ascending;
  private final @Nullable StatementCursor after;

  private StatementQuery(Builder b) {
    this.agent = b.agent;
    this.relatedAgents = b.relatedAgents;
    this.verb = b.verb;
    this.activity = b.activity;
    this.relatedActivities = b.relatedActivities;
    this.registration = b.registration;
    this.authority = b.authority;
    this.since = b.since;
    this.until = b.until;
    this.limit = b.limit;
    this.ascending = b.ascending;
    this.after = b.after;
  }

  /** A builder of the query that matches every statement that is not voided. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this query's filters, for example to set {@link Builder#after}. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.agent = agent;
    b.relatedAgents = relatedAgents;
    b.verb = verb;
    b.activity = activity;
    b.relatedActivities = relatedActivities;
    b.registration = registration;
    b.authority = authority;
    b.since = since;
    b.until = until;
    b.limit = limit;
    b.ascending = ascending;
    b.after = after;
    return b;
  }

  /** The query for the page after {@code cursor}. */
  public StatementQuery after(StatementCursor cursor) {
    return toBuilder().after(cursor).build();
  }

  /** The inverse functional identifier of the agent filter. */
  public Optional<InverseFunctionalIdentifier> agent() {
    return Optional.ofNullable(agent);
  }

  /** Whether the agent filter applies broadly ({@code related_agents}). */
  public boolean relatedAgents() {
    return relatedAgents;
  }

  /** The verb id filter. */
  public Optional<Iri> verb() {
    return Optional.ofNullable(verb);
  }

  /** The activity id filter. */
  public Optional<Iri> activity() {
    return Optional.ofNullable(activity);
  }

  /** Whether the activity filter applies broadly ({@code related_activities}). */
  public boolean relatedActivities() {
    return relatedActivities;
  }

  /** The registration filter. */
  public Optional<UUID> registration() {
    return Optional.ofNullable(registration);
  }

  /** The authority filter (statements/read/mine). */
  public Optional<Actor> authority() {
    return Optional.ofNullable(authority);
  }

  /** Only statements stored strictly after this instant. */
  public Optional<Instant> since() {
    return Optional.ofNullable(since);
  }

  /** Only statements stored at or before this instant. */
  public Optional<Instant> until() {
    return Optional.ofNullable(until);
  }

  /** The most statements a page holds (at least 1). */
  public int limit() {
    return limit;
  }

  /** Whether the oldest statements come first. */
  public boolean ascending() {
    return ascending;
  }

  /** Where the page starts (exclusive). */
  public Optional<StatementCursor> cursor() {
    return Optional.ofNullable(after);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof StatementQuery q
        && Objects.equals(agent, q.agent) && relatedAgents == q.relatedAgents
        && Objects.equals(verb, q.verb) && Objects.equals(activity, q.activity)
        && relatedActivities == q.relatedActivities
        && Objects.equals(registration, q.registration) && Objects.equals(authority, q.authority)
        && Objects.equals(since, q.since) && Objects.equals(until, q.until)
        && limit == q.limit && ascending == q.ascending && Objects.equals(after, q.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agent, relatedAgents, verb, activity, relatedActivities, registration,
        authority, since, until, limit, ascending, after);
  }

  @Override
  public String toString() {
    return "StatementQuery[agent=" + agent + (relatedAgents ? " (related)" : "") + ", verb=" + verb
        + ", activity=" + activity + (relatedActivities ? " (related)" : "") + ", registration="
        + registration + ", authority=" + authority + ", since=" + since + ", until=" + until
        + ", limit=" + limit + ", ascending=" + ascending + ", after=" + after + "]";
  }

  /** Builds a {@link StatementQuery}. */
  public static final class Builder {
    private @Nullable InverseFunctionalIdentifier agent;
    private boolean relatedAgents;
    private @Nullable Iri verb;
    private @Nullable Iri activity;
    private boolean relatedActivities;
    private @Nullable UUID registration;
    private @Nullable Actor authority;
    private @Nullable Instant since;
    private @Nullable Instant until;
    private int limit = DEFAULT_LIMIT;
    private boolean ascending;
    private @Nullable StatementCursor after;

    private Builder() {}

    /** Filters on the agent or identified group with this identifier. */
    public Builder agent(InverseFunctionalIdentifier value) {
      this.agent = Objects.requireNonNull(value, "agent");
      return this;
    }

    /**
     * Filters on this agent or identified group (by its identifier; names do not count).
     *
     * @throws IllegalArgumentException if {@code value} is an anonymous group, which the agent
     *     parameter cannot name (xAPI Communication 2.1.3)
     */
    public Builder agent(Actor value) {
      Objects.requireNonNull(value, "agent");
      if (value instanceof Agent a) {
        return agent(a.ifi());
      }
      Group group = (Group) value;
      return agent(group.ifi().orElseThrow(() -> new IllegalArgumentException(
          "the agent filter takes an Agent or an identified Group, not an anonymous Group"
              + " (xAPI Communication 2.1.3)")));
    }

    /** Applies the agent filter broadly ({@code related_agents=true}). */
    public Builder relatedAgents(boolean value) {
      this.relatedAgents = value;
      return this;
    }

    /** Filters on the verb id. */
    public Builder verb(Iri value) {
      this.verb = Objects.requireNonNull(value, "verb");
      return this;
    }

    /** Filters on the activity id. */
    public Builder activity(Iri value) {
      this.activity = Objects.requireNonNull(value, "activity");
      return this;
    }

    /** Applies the activity filter broadly ({@code related_activities=true}). */
    public Builder relatedActivities(boolean value) {
      this.relatedActivities = value;
      return this;
    }

    /** Filters on {@code context.registration}. */
    public Builder registration(UUID value) {
      this.registration = Objects.requireNonNull(value, "registration");
      return this;
    }

    /** Only statements whose authority is {@code value} (statements/read/mine). */
    public Builder authority(Actor value) {
      this.authority = Objects.requireNonNull(value, "authority");
      return this;
    }

    /** Only statements stored strictly after {@code value}. */
    public Builder since(Instant value) {
      this.since = Objects.requireNonNull(value, "since");
      return this;
    }

    /** Only statements stored at or before {@code value}. */
    public Builder until(Instant value) {
      this.until = Objects.requireNonNull(value, "until");
      return this;
    }

    /**
     * At most {@code value} statements per page.
     *
     * @throws IllegalArgumentException if {@code value} is below 1 (the LRS maps the parameter's
     *     0, "the server's maximum", to its own maximum)
     */
    public Builder limit(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("limit must be at least 1: " + value);
      }
      this.limit = value;
      return this;
    }

    /** Oldest first ({@code ascending=true}); newest first otherwise. */
    public Builder ascending(boolean value) {
      this.ascending = value;
      return this;
    }

    /** Starts the page after {@code cursor}. */
    public Builder after(StatementCursor cursor) {
      this.after = Objects.requireNonNull(cursor, "cursor");
      return this;
    }

    /** Builds the query. */
    public StatementQuery build() {
      return new StatementQuery(this);
    }
  }
}
