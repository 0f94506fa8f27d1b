package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.Iri;

/**
 * A group related to a statement's context, with the kinds of relation (xAPI 2.0.0, {@code
 * context.contextGroups}; in JSON an object of {@code objectType} {@code contextGroup}).
 *
 * @param group the group
 * @param relevantTypes IRIs of the relation's types; when present, not empty
 */
public record ContextGroup(Group group, Optional<List<Iri>> relevantTypes) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code relevantTypes} is present and empty
   */
  public ContextGroup {
    Objects.requireNonNull(group, "group");
    relevantTypes = checkRelevantTypes(relevantTypes);
  }

  /** Returns the context group without relevant types. */
  public static ContextGroup of(Group group) {
    return new ContextGroup(group, Optional.empty());
  }

  /**
   * Returns the context group with these relevant types (copied).
   *
   * @throws IllegalArgumentException if {@code relevantTypes} is empty
   */
  public static ContextGroup of(Group group, List<Iri> relevantTypes) {
    return new ContextGroup(group, Optional.of(relevantTypes));
  }

  static Optional<List<Iri>> checkRelevantTypes(Optional<List<Iri>> relevantTypes) {
    Objects.requireNonNull(relevantTypes, "relevantTypes");
    Optional<List<Iri>> copy = relevantTypes.map(List::copyOf);
    if (copy.isPresent() && copy.get().isEmpty()) {
      throw new IllegalArgumentException(
          "relevantTypes, when present, must not be empty (xAPI 2.0.0 Data 2.4.6, contextAgents"
              + " and contextGroups)");
    }
    return copy;
  }
}
