package org.moocinterop.xapi.internal.lrs;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads query parameters strictly: a name outside the allowed set (a misspelling, another case)
 * or a repeated name is a 400.
 */
public final class Params {

  private final Map<String, List<String>> query;

  private Params(Map<String, List<String>> query) {
    this.query = query;
  }

  /**
   * Checks {@code query} against {@code allowed}.
   *
   * @throws org.moocinterop.xapi.lrs.LrsException 400 for an unknown or repeated parameter
   */
  public static Params of(Map<String, List<String>> query, Set<String> allowed) {
    for (Map.Entry<String, List<String>> entry : query.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw Rules.badRequest(Rules.UNKNOWN_PARAMETER, "3.2",
            "parameter '" + entry.getKey() + "' is not recognised here; allowed: " + allowed);
      }
      if (entry.getValue().size() > 1) {
        throw Rules.badRequest(Rules.REPEATED_PARAMETER, "3.2",
            "parameter '" + entry.getKey() + "' is given more than once");
      }
    }
    return new Params(query);
  }

  /** The value of {@code name}, if given. */
  public Optional<String> optional(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The value of {@code name}; a 400 naming the parameter when absent. */
  public String required(String name, String section) {
    return optional(name).orElseThrow(() -> Rules.badRequest(Rules.MISSING_PARAMETER, section,
        "parameter '" + name + "' is required"));
  }

  /** Whether {@code name} is given. */
  public boolean has(String name) {
    return query.containsKey(name);
  }
}
