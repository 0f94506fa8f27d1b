package org.moocinterop.api;

import java.util.List;

/**
 * A document from outside broke one or more rules of its specification. Carries every violation
 * found, not just the first, so that a client can fix them all at once.
 */
public class ValidationException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<Violation> violations;

  /**
   * @param violations at least one violation
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(List<Violation> violations) {
    super(summary(violations));
    this.violations = List.copyOf(violations);
  }

  /** Creates an exception for a single violation. */
  public static ValidationException of(Violation violation) {
    return new ValidationException(List.of(violation));
  }

  /** Every violation found, in document order; never empty. */
  public List<Violation> violations() {
    return violations;
  }

  private static String summary(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    Violation first = violations.get(0);
    return violations.size() == 1
        ? first.toString()
        : first + " (and " + (violations.size() - 1) + " more)";
  }
}
