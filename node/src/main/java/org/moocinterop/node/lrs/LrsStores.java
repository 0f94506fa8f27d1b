package org.moocinterop.node.lrs;

import java.util.Objects;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.xapi.lrs.StatementsResource;

/**
 * The one place that chooses where the node's LRS keeps its data. Today: documents in memory,
 * and no statements resource yet (see {@link StatementsNotInstalled}); the JDBC stores replace
 * these here.
 *
 * @param documents state and profile documents
 * @param statements what answers {@code /statements}
 */
public record LrsStores(DocumentStore documents, StatementsResource statements) {

  public LrsStores {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(statements, "statements");
  }

  /** Stores that live as long as the process. */
  public static LrsStores inMemory() {
    return new LrsStores(new InMemoryDocumentStore(), new StatementsNotInstalled());
  }
}
