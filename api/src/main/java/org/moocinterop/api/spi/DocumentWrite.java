package org.moocinterop.api.spi;

import java.util.Objects;
import java.util.Optional;

/** The outcome of a conditional write or delete on a {@link DocumentStore}. */
public sealed interface DocumentWrite {

  /** Whether the write or delete happened. */
  default boolean done() {
    return this instanceof Done;
  }

  /**
   * The write happened.
   *
   * @param document the document now stored, or empty after a delete
   */
  record Done(Optional<StoredDocument> document) implements DocumentWrite {
    public Done {
      Objects.requireNonNull(document, "document");
    }
  }

  /**
   * The precondition did not hold; nothing changed.
   *
   * @param current what is stored under the key, if anything
   */
  record Refused(Optional<StoredDocument> current) implements DocumentWrite {
    public Refused {
      Objects.requireNonNull(current, "current");
    }
  }
}
