package org.moocinterop.api;

import java.util.Objects;

/**
 * A write collided with what a store already holds: a different statement under an existing id,
 * a document changed since the caller read it. Nothing was written.
 */
public class ConflictException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  private final String id;

  /**
   * @param id the identifier of the existing record the write collided with
   * @param message what collided, for a human
   */
  public ConflictException(String id, String message) {
    super(message);
    this.id = Objects.requireNonNull(id, "id");
  }

  /** The identifier of the existing record the write collided with. */
  public String id() {
    return id;
  }
}
