package org.moocinterop.api.spi;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.moocinterop.api.statement.Statement;

/** The outcome of {@link StatementStore#store}: the whole batch was stored, or none of it. */
public sealed interface StatementWrite {

  /** Whether the batch was stored. */
  default boolean stored() {
    return this instanceof Stored;
  }

  /**
   * The batch was stored, in one atomic step.
   *
   * @param written the ids of the statements written, in batch order
   * @param alreadyStored statements of the batch whose id was taken by the same statement
   *     ({@link Statement#isSameStatementAs}); they were not written again, and these are the
   *     stored copies (a PUT of one of them is answered 204, a POST lists its id)
   */
  record Stored(List<UUID> written, List<Statement> alreadyStored) implements StatementWrite {
    public Stored {
      written = List.copyOf(Objects.requireNonNull(written, "written"));
      alreadyStored = List.copyOf(Objects.requireNonNull(alreadyStored, "alreadyStored"));
    }
  }

  /**
   * At least one statement's id is taken by a different statement; nothing was written (the LRS
   * answers 409 Conflict).
   *
   * @param conflicts every such statement, with the stored one; never empty
   */
  record Conflicted(List<StatementConflict> conflicts) implements StatementWrite {
    public Conflicted {
      conflicts = List.copyOf(Objects.requireNonNull(conflicts, "conflicts"));
      if (conflicts.isEmpty()) {
        throw new IllegalArgumentException("a conflicted write has at least one conflict");
      }
    }
  }
}
