package org.moocinterop.api.memory;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentPrecondition;
import org.moocinterop.api.spi.DocumentScope;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.DocumentWrite;
import org.moocinterop.api.spi.StoredDocument;

/**
 * A {@link DocumentStore} in a {@link ConcurrentHashMap}: each conditional write is one atomic
 * {@code compute} on its key, so preconditions are race-free within one JVM. Not shared between
 * nodes and lost on restart.
 */
public final class InMemoryDocumentStore implements DocumentStore {

  private final Clock clock;
  private final AtomicLong sequence = new AtomicLong();
  private final Map<DocumentKey, Entry> entries = new ConcurrentHashMap<>();

  /** A store that stamps writes with {@code clock}. */
  public InMemoryDocumentStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A store on the system UTC clock. */
  public InMemoryDocumentStore() {
    this(Clock.systemUTC());
  }

  @Override
  public Optional<StoredDocument> find(DocumentKey key) {
    Objects.requireNonNull(key, "key");
    return Optional.ofNullable(entries.get(key)).map(Entry::document);
  }

  @Override
  public List<String> ids(DocumentScope scope, Optional<Instant> since) {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(since, "since");
    return entries.entrySet().stream()
        .filter(e -> e.getKey().scope().equals(scope))
        .filter(e -> since.isEmpty() || e.getValue().document().updated().isAfter(since.get()))
        .sorted(Comparator.comparingLong(e -> e.getValue().sequence()))
        .map(e -> e.getKey().documentId())
        .toList();
  }

  @Override
  public DocumentWrite put(
      DocumentKey key, byte[] content, String contentType, DocumentPrecondition precondition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(precondition, "precondition");
    StoredDocument candidate = StoredDocument.of(content, contentType, clock.instant());
    DocumentWrite[] outcome = new DocumentWrite[1];
    entries.compute(key, (k, existing) -> {
      Optional<StoredDocument> current = Optional.ofNullable(existing).map(Entry::document);
      if (!precondition.test(current)) {
        outcome[0] = new DocumentWrite.Refused(current);
        return existing;
      }
      outcome[0] = new DocumentWrite.Done(Optional.of(candidate));
      return new Entry(candidate, sequence.incrementAndGet());
    });
    return Objects.requireNonNull(outcome[0]);
  }

  @Override
  public DocumentWrite delete(DocumentKey key, DocumentPrecondition precondition) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(precondition, "precondition");
    DocumentWrite[] outcome = new DocumentWrite[1];
    entries.compute(key, (k, existing) -> {
      Optional<StoredDocument> current = Optional.ofNullable(existing).map(Entry::document);
      if (!precondition.test(current)) {
        outcome[0] = new DocumentWrite.Refused(current);
        return existing;
      }
      outcome[0] = new DocumentWrite.Done(Optional.empty());
      return nothing();
    });
    return Objects.requireNonNull(outcome[0]);
  }

  @Override
  public int deleteAll(DocumentScope scope) {
    Objects.requireNonNull(scope, "scope");
    int[] removed = {0};
    entries.keySet().stream()
        .filter(key -> key.scope().equals(scope))
        .toList()
        .forEach(key -> {
          if (entries.remove(key) != null) {
            removed[0]++;
          }
        });
    return removed[0];
  }

  private static @Nullable Entry nothing() {
    return null;
  }

  private record Entry(StoredDocument document, long sequence) {}
}
