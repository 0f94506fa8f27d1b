package org.moocinterop.api.statement;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The context of a statement. Made with {@link #builder()}; every part is optional. Absent lists
 * are empty, absent context activities are {@link ContextActivities#empty()}, absent extensions
 * are {@link Extensions#empty()}.
 *
 * <p>{@code revision} and {@code platform} are allowed only when the statement's object is an
 * activity (xAPI Data 2.4.6); {@link Statement} and {@link SubStatement} check that, since a
 * context does not know its statement. {@code language} is an RFC 5646 tag, compared without
 * case in {@code equals} (tags are case-insensitive).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#246-context">xAPI Data
 *     2.4.6 Context</a>
 */
public final class Context {

  private final Optional<UUID> registration;
  private final Optional<Actor> instructor;
  private final Optional<Group> team;
  private final ContextActivities contextActivities;
  private final Optional<String> revision;
  private final Optional<String> platform;
  private final Optional<String> language;
  private final Optional<StatementRef> statement;
  private final Extensions extensions;
  private final List<ContextAgent> contextAgents;
  private final List<ContextGroup> contextGroups;

  private Context(Builder b) {
    this.registration = Optional.ofNullable(b.registration);
    this.instructor = Optional.ofNullable(b.instructor);
    this.team = Optional.ofNullable(b.team);
    this.contextActivities = b.contextActivities;
    this.revision = Optional.ofNullable(b.revision);
    this.platform = Optional.ofNullable(b.platform);
    this.language = Optional.ofNullable(b.language);
    this.statement = Optional.ofNullable(b.statement);
    this.extensions = b.extensions;
    this.contextAgents = b.contextAgents;
    this.contextGroups = b.contextGroups;
  }

  /** Returns a builder of an empty context. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this context's parts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    registration.ifPresent(b::registration);
    instructor.ifPresent(b::instructor);
    team.ifPresent(b::team);
    revision.ifPresent(b::revision);
    platform.ifPresent(b::platform);
    language.ifPresent(b::language);
    statement.ifPresent(b::statement);
    return b.contextActivities(contextActivities)
        .extensions(extensions)
        .contextAgents(contextAgents)
        .contextGroups(contextGroups);
  }

  /** Returns {@code registration}. */
  public Optional<UUID> registration() {
    return registration;
  }

  /** Returns {@code instructor}. */
  public Optional<Actor> instructor() {
    return instructor;
  }

  /** Returns {@code team}. */
  public Optional<Group> team() {
    return team;
  }

  /** Returns {@code contextActivities} (all lists empty if absent). */
  public ContextActivities contextActivities() {
    return contextActivities;
  }

  /** Returns {@code revision}. */
  public Optional<String> revision() {
    return revision;
  }

  /** Returns {@code platform}. */
  public Optional<String> platform() {
    return platform;
  }

  /** Returns {@code language}, an RFC 5646 tag as given. */
  public Optional<String> language() {
    return language;
  }

  /** Returns {@code statement}. */
  public Optional<StatementRef> statement() {
    return statement;
  }

  /** Returns {@code extensions} (empty if absent). */
  public Extensions extensions() {
    return extensions;
  }

  /** Returns {@code contextAgents} (xAPI 2.0.0; empty if absent). */
  public List<ContextAgent> contextAgents() {
    return contextAgents;
  }

  /** Returns {@code contextGroups} (xAPI 2.0.0; empty if absent). */
  public List<ContextGroup> contextGroups() {
    return contextGroups;
  }

  /** Returns a copy whose context activities carry no definition, as comparison sees it. */
  Context withoutActivityDefinitions() {
    return toBuilder().contextActivities(contextActivities.withoutDefinitions()).build();
  }

  private Optional<String> languageKey() {
    return language.map(l -> l.toLowerCase(Locale.ROOT));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Context other
        && registration.equals(other.registration)
        && instructor.equals(other.instructor)
        && team.equals(other.team)
        && contextActivities.equals(other.contextActivities)
        && revision.equals(other.revision)
        && platform.equals(other.platform)
        && languageKey().equals(other.languageKey())
        && statement.equals(other.statement)
        && extensions.equals(other.extensions)
        && contextAgents.equals(other.contextAgents)
        && contextGroups.equals(other.contextGroups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        registration,
        instructor,
        team,
        contextActivities,
        revision,
        platform,
        languageKey(),
        statement,
        extensions,
        contextAgents,
        contextGroups);
  }

  @Override
  public String toString() {
    return "Context[registration=" + registration + ", instructor=" + instructor + ", team=" + team
        + ", contextActivities=" + contextActivities + ", revision=" + revision + ", platform="
        + platform + ", language=" + language + ", statement=" + statement + ", extensions="
        + extensions + ", contextAgents=" + contextAgents + ", contextGroups=" + contextGroups + "]";
  }

  /** Builds a {@link Context}. Lists are copied when given. */
  public static final class Builder {
    private @Nullable UUID registration;
    private @Nullable Actor instructor;
    private @Nullable Group team;
    private ContextActivities contextActivities = ContextActivities.empty();
    private @Nullable String revision;
    private @Nullable String platform;
    private @Nullable String language;
    private @Nullable StatementRef statement;
    private Extensions extensions = Extensions.empty();
    private List<ContextAgent> contextAgents = List.of();
    private List<ContextGroup> contextGroups = List.of();

    private Builder() {}

    /** Sets {@code registration}. */
    public Builder registration(UUID value) {
      this.registration = Objects.requireNonNull(value, "registration");
      return this;
    }

    /** Sets {@code instructor}. */
    public Builder instructor(Actor value) {
      this.instructor = Objects.requireNonNull(value, "instructor");
      return this;
    }

    /** Sets {@code team}. */
    public Builder team(Group value) {
      this.team = Objects.requireNonNull(value, "team");
      return this;
    }

    /** Sets {@code contextActivities}. */
    public Builder contextActivities(ContextActivities value) {
      this.contextActivities = Objects.requireNonNull(value, "contextActivities");
      return this;
    }

    /** Sets {@code revision} (only for statements about an activity). */
    public Builder revision(String value) {
      this.revision = Objects.requireNonNull(value, "revision");
      return this;
    }

    /** Sets {@code platform} (only for statements about an activity). */
    public Builder platform(String value) {
      this.platform = Objects.requireNonNull(value, "platform");
      return this;
    }

    /**
     * Sets {@code language}.
     *
     * @throws IllegalArgumentException if the value is not shaped like an RFC 5646 tag
     */
    public Builder language(String value) {
      Objects.requireNonNull(value, "language");
      LanguageMap.checkTag(value); // the same shape check as language-map keys
      this.language = value;
      return this;
    }

    /** Sets {@code statement}. */
    public Builder statement(StatementRef value) {
      this.statement = Objects.requireNonNull(value, "statement");
      return this;
    }

    /** Sets {@code extensions}. */
    public Builder extensions(Extensions value) {
      this.extensions = Objects.requireNonNull(value, "extensions");
      return this;
    }

    /** Sets {@code contextAgents} (copied). */
    public Builder contextAgents(List<ContextAgent> value) {
      this.contextAgents = List.copyOf(value);
      return this;
    }

    /** Sets {@code contextGroups} (copied). */
    public Builder contextGroups(List<ContextGroup> value) {
      this.contextGroups = List.copyOf(value);
      return this;
    }

    /** Builds the context. */
    public Context build() {
      return new Context(this);
    }
  }
}
