package org.moocinterop.api.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the documents of the xAPI State, Activity Profile and Agent Profile resources.
 *
 * <p>Writes are compare-and-set: each carries a {@link DocumentPrecondition} on what is currently
 * stored, and the store checks it and writes in one atomic step. Of two writers that both expect
 * the same entity tag, exactly one succeeds; the other gets {@link DocumentWrite.Refused}. The
 * LRS builds optimistic concurrency (If-Match, If-None-Match) and JSON merges on this.
 *
 * <p>The store stamps each written document with its own clock; {@link #ids} compares
 * {@code since} to that stamp. Implementations must be thread-safe. Contract:
 * {@code DocumentStoreContract} in the {@code org.moocinterop.api.testkit} test kit.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#22-document-resources">
 *     xAPI Communication 2.2 Document Resources, 3.1 Concurrency</a>
 */
public interface DocumentStore {

  /** The document stored under {@code key}, if any. */
  Optional<StoredDocument> find(DocumentKey key);

  /**
   * The ids of the documents in {@code scope}, oldest write first.
   *
   * @param since when present, only documents written strictly after this instant
   */
  List<String> ids(DocumentScope scope, Optional<Instant> since);

  /**
   * Stores {@code content} under {@code key} if {@code precondition} holds for what is stored.
   *
   * @param content the bytes as received
   * @param contentType the media type as received
   * @return {@link DocumentWrite.Done} with the new document, or {@link DocumentWrite.Refused}
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is written
   */
  DocumentWrite put(DocumentKey key, byte[] content, String contentType, DocumentPrecondition precondition);

  /**
   * Deletes the document under {@code key} if {@code precondition} holds. Deleting a document that
   * does not exist under {@link DocumentPrecondition#none()} succeeds.
   *
   * @return {@link DocumentWrite.Done} (with an empty document), or {@link DocumentWrite.Refused}
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is deleted
   */
  DocumentWrite delete(DocumentKey key, DocumentPrecondition precondition);

  /**
   * Deletes every document of {@code scope}.
   *
   * @return how many documents were deleted
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is deleted
   */
  int deleteAll(DocumentScope scope);
}
