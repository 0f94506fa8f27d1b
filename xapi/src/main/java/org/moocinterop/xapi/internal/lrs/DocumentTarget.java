package org.moocinterop.xapi.internal.lrs;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentKind;
import org.moocinterop.api.spi.DocumentScope;

/**
 * What a document request addresses, read strictly from its query parameters: the scope, the
 * document id when one is given, and {@code since} for id lists.
 *
 * @param scope the documents addressed
 * @param documentId the {@code stateId} or {@code profileId}, if given
 * @param since only for GET without a document id: list documents written after this
 */
public record DocumentTarget(DocumentScope scope, Optional<String> documentId, Optional<Instant> since) {

  /** The key of the one document addressed; callers check {@link #documentId()} first. */
  public DocumentKey key() {
    return scope.key(documentId.orElseThrow());
  }

  /** Reads the parameters of a {@code method} request to the resource of {@code kind}. */
  public static DocumentTarget read(
      DocumentKind kind, String method, java.util.Map<String, java.util.List<String>> query,
      AgentParser agents) {
    String idName = kind == DocumentKind.STATE ? "stateId" : "profileId";
    String section = section(kind);
    Set<String> allowed = allowed(kind, method, idName);
    Params params = Params.of(query, allowed);
    DocumentScope scope = switch (kind) {
      case STATE -> DocumentScope.state(
          Values.iri("activityId", params.required("activityId", section)),
          agents.parse("agent", params.required("agent", section)).key(),
          params.optional("registration").map(r -> Values.uuid("registration", r)));
      case ACTIVITY_PROFILE -> DocumentScope.activityProfiles(
          Values.iri("activityId", params.required("activityId", section)));
      case AGENT_PROFILE -> DocumentScope.agentProfiles(
          agents.parse("agent", params.required("agent", section)).key());
    };
    boolean idRequired = method.equals("PUT") || method.equals("POST")
        || (method.equals("DELETE") && kind != DocumentKind.STATE);
    Optional<String> id = idRequired
        ? Optional.of(params.required(idName, section))
        : params.optional(idName);
    if (id.isPresent() && id.get().isEmpty()) {
      throw Rules.badRequest(Rules.MISSING_PARAMETER, section, "parameter '" + idName + "' is empty");
    }
    Optional<Instant> since = params.optional("since").map(s -> Values.timestamp("since", s));
    return new DocumentTarget(scope, id, since);
  }

  private static Set<String> allowed(DocumentKind kind, String method, String idName) {
    boolean get = method.equals("GET");
    return switch (kind) {
      case STATE -> get
          ? Set.of("activityId", "agent", "registration", idName, "since")
          : Set.of("activityId", "agent", "registration", idName);
      case ACTIVITY_PROFILE -> get ? Set.of("activityId", idName, "since") : Set.of("activityId", idName);
      case AGENT_PROFILE -> get ? Set.of("agent", idName, "since") : Set.of("agent", idName);
    };
  }

  private static String section(DocumentKind kind) {
    return switch (kind) {
      case STATE -> "2.3";
      case ACTIVITY_PROFILE -> "2.7";
      case AGENT_PROFILE -> "2.6";
    };
  }
}
