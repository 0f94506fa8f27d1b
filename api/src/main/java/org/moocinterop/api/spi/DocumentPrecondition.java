package org.moocinterop.api.spi;

import java.util.Objects;
import java.util.Optional;

/**
 * What must hold of the currently stored document for a write to go ahead; the store checks it
 * and writes in one atomic step.
 */
public sealed interface DocumentPrecondition {

  /** Whether {@code current} (empty when nothing is stored) satisfies this precondition. */
  boolean test(Optional<StoredDocument> current);

  /** No condition: write whatever is stored. */
  static DocumentPrecondition none() {
    return None.INSTANCE;
  }

  /** Only when nothing is stored under the key. */
  static DocumentPrecondition absent() {
    return Absent.INSTANCE;
  }

  /** Only when a document is stored and its entity tag is {@code etag} (unquoted). */
  static DocumentPrecondition matches(String etag) {
    return new Matches(etag);
  }

  /** Only when some document is stored, whatever its tag. */
  static DocumentPrecondition exists() {
    return Exists.INSTANCE;
  }

  /** See {@link #none()}. */
  enum None implements DocumentPrecondition {
    INSTANCE;

    @Override
    public boolean test(Optional<StoredDocument> current) {
      return true;
    }
  }

  /** See {@link #absent()}. */
  enum Absent implements DocumentPrecondition {
    INSTANCE;

    @Override
    public boolean test(Optional<StoredDocument> current) {
      return current.isEmpty();
    }
  }

  /** See {@link #exists()}. */
  enum Exists implements DocumentPrecondition {
    INSTANCE;

    @Override
    public boolean test(Optional<StoredDocument> current) {
      return current.isPresent();
    }
  }

  /**
   * See {@link #matches(String)}.
   *
   * @param etag the unquoted entity tag the stored document must have
   */
  record Matches(String etag) implements DocumentPrecondition {
    public Matches {
      Objects.requireNonNull(etag, "etag");
    }

    @Override
    public boolean test(Optional<StoredDocument> current) {
      return current.isPresent() && current.get().etag().equals(etag);
    }
  }
}
