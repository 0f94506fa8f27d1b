package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.Iri;

/**
 * An agent related to a statement's context, with the kinds of relation (xAPI 2.0.0, {@code
 * context.contextAgents}; in JSON an object of {@code objectType} {@code contextAgent}).
 *
 * @param agent the agent
 * @param relevantTypes IRIs of the relation's types; when present, not empty
 */
public record ContextAgent(Agent agent, Optional<List<Iri>> relevantTypes) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code relevantTypes} is present and empty
   */
  public ContextAgent {
    Objects.requireNonNull(agent, "agent");
    relevantTypes = ContextGroup.checkRelevantTypes(relevantTypes);
  }

  /** Returns the context agent without relevant types. */
  public static ContextAgent of(Agent agent) {
    return new ContextAgent(agent, Optional.empty());
  }

  /**
   * Returns the context agent with these relevant types (copied).
   *
   * @throws IllegalArgumentException if {@code relevantTypes} is empty
   */
  public static ContextAgent of(Agent agent, List<Iri> relevantTypes) {
    return new ContextAgent(agent, Optional.of(relevantTypes));
  }
}
