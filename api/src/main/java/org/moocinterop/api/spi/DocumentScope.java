package org.moocinterop.api.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The set of documents that share everything but their id: the states of one activity, agent and
 * registration, the profiles of one activity, or the profiles of one agent. Listing ids and
 * deleting several state documents at once work on a scope.
 *
 * <p>The agent is identified by an opaque, canonical string of its inverse functional identifier
 * (computed by the xAPI module); two requests about the same agent yield equal strings.
 */
public final class DocumentScope {

  private final DocumentKind kind;
  private final @Nullable String activityId;
  private final @Nullable String agentKey;
  private final @Nullable UUID registration;

  private DocumentScope(
      DocumentKind kind,
      @Nullable String activityId,
      @Nullable String agentKey,
      @Nullable UUID registration) {
    this.kind = kind;
    this.activityId = activityId;
    this.agentKey = agentKey;
    this.registration = registration;
  }

  /**
   * The state documents of one activity and agent, with or without a registration.
   *
   * @param registration the registration, or empty for documents stored without one
   */
  public static DocumentScope state(String activityId, String agentKey, Optional<UUID> registration) {
    Objects.requireNonNull(registration, "registration");
    return new DocumentScope(
        DocumentKind.STATE, text(activityId, "activityId"), text(agentKey, "agentKey"),
        registration.orElse(null));
  }

  /** The profile documents of one activity. */
  public static DocumentScope activityProfiles(String activityId) {
    return new DocumentScope(DocumentKind.ACTIVITY_PROFILE, text(activityId, "activityId"), null, null);
  }

  /** The profile documents of one agent. */
  public static DocumentScope agentProfiles(String agentKey) {
    return new DocumentScope(DocumentKind.AGENT_PROFILE, null, text(agentKey, "agentKey"), null);
  }

  /** The key of the document {@code documentId} in this scope. */
  public DocumentKey key(String documentId) {
    return new DocumentKey(this, documentId);
  }

  public DocumentKind kind() {
    return kind;
  }

  /** The activity IRI; present for {@link DocumentKind#STATE} and {@link DocumentKind#ACTIVITY_PROFILE}. */
  public Optional<String> activityId() {
    return Optional.ofNullable(activityId);
  }

  /** The canonical agent key; present for {@link DocumentKind#STATE} and {@link DocumentKind#AGENT_PROFILE}. */
  public Optional<String> agentKey() {
    return Optional.ofNullable(agentKey);
  }

  /** The registration of a state scope, if any. */
  public Optional<UUID> registration() {
    return Optional.ofNullable(registration);
  }

  static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DocumentScope that
        && kind == that.kind
        && Objects.equals(activityId, that.activityId)
        && Objects.equals(agentKey, that.agentKey)
        && Objects.equals(registration, that.registration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, activityId, agentKey, registration);
  }

  @Override
  public String toString() {
    return kind + "[activity=" + activityId + ", agent=" + agentKey + ", registration=" + registration + "]";
  }
}
