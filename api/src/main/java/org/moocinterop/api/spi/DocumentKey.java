package org.moocinterop.api.spi;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Identifies one xAPI document: its {@link DocumentScope} (kind, activity, agent, registration)
 * and its id within that scope (the {@code stateId} or {@code profileId}).
 *
 * @param scope the documents this one belongs to
 * @param documentId the state id or profile id; not empty
 */
public record DocumentKey(DocumentScope scope, String documentId) {

  public DocumentKey {
    Objects.requireNonNull(scope, "scope");
    DocumentScope.text(documentId, "documentId");
  }

  public DocumentKind kind() {
    return scope.kind();
  }

  public Optional<String> activityId() {
    return scope.activityId();
  }

  public Optional<String> agentKey() {
    return scope.agentKey();
  }

  public Optional<UUID> registration() {
    return scope.registration();
  }
}
