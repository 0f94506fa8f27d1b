package org.moocinterop.lti.platform;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Where a platform looks up its registered tools; {@link #of(Collection)} serves a fixed list. */
@FunctionalInterface
public interface ToolRegistrations {

  /** The tool with {@code clientId}. */
  Optional<ToolRegistration> find(String clientId);

  /**
   * Registrations held in memory.
   *
   * @throws IllegalStateException if two share a client_id
   */
  static ToolRegistrations of(Collection<ToolRegistration> tools) {
    Map<String, ToolRegistration> byId = tools.stream()
        .collect(Collectors.toUnmodifiableMap(ToolRegistration::clientId, Function.identity()));
    return clientId -> Optional.ofNullable(byId.get(Objects.requireNonNull(clientId, "clientId")));
  }

  /** Registrations held in memory. */
  static ToolRegistrations of(ToolRegistration... tools) {
    return of(java.util.List.of(tools));
  }
}
