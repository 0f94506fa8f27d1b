package org.moocinterop.api.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentKind;
import org.moocinterop.api.spi.DocumentPrecondition;
import org.moocinterop.api.spi.DocumentScope;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.spi.DocumentWrite;
import org.moocinterop.api.spi.StoredDocument;

/**
 * The contract of {@link DocumentStore}. An implementation's test extends this class and supplies
 * a fresh, empty store that stamps writes with the given clock.
 */
public abstract class DocumentStoreContract {

  protected static final String ACTIVITY = "http://example.com/activities/1";
  protected static final String AGENT = "mbox:mailto:learner@example.com";
  protected static final String JSON = "application/json";

  protected final MutableClock clock = MutableClock.atSomeInstant();
  private DocumentStore store;

  /** A new, empty store on {@code clock}. */
  protected abstract DocumentStore createStore(MutableClock clock);

  @BeforeEach
  void setUpStore() {
    store = createStore(clock);
  }

  private static DocumentScope states() {
    return DocumentScope.state(ACTIVITY, AGENT, Optional.empty());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(UTF_8);
  }

  private StoredDocument put(DocumentKey key, String content) {
    DocumentWrite write = store.put(key, bytes(content), JSON, DocumentPrecondition.none());
    assertThat(write).isInstanceOf(DocumentWrite.Done.class);
    return ((DocumentWrite.Done) write).document().orElseThrow();
  }

  @Test
  void aStoredDocumentIsFoundWithItsBytesTypeTagAndTime() {
    DocumentKey key = states().key("s1");
    store.put(key, bytes("{\"a\":1}"), "application/json; charset=utf-8", DocumentPrecondition.none());
    StoredDocument found = store.find(key).orElseThrow();
    assertThat(found.content()).isEqualTo(bytes("{\"a\":1}"));
    assertThat(found.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(found.etag()).isEqualTo(StoredDocument.etagOf(bytes("{\"a\":1}"))).hasSize(40);
    assertThat(found.updated()).isEqualTo(clock.instant());
  }

  @Test
  void anUnknownKeyFindsNothing() {
    assertThat(store.find(states().key("missing"))).isEmpty();
  }

  @Test
  void kindsActivitiesAgentsAndRegistrationsSeparateDocuments() {
    UUID registration = UUID.randomUUID();
    put(states().key("id"), "1");
    put(DocumentScope.state(ACTIVITY, AGENT, Optional.of(registration)).key("id"), "2");
    put(DocumentScope.activityProfiles(ACTIVITY).key("id"), "3");
    put(DocumentScope.agentProfiles(AGENT).key("id"), "4");
    put(DocumentScope.state(ACTIVITY + "/other", AGENT, Optional.empty()).key("id"), "5");
    assertThat(new String(store.find(states().key("id")).orElseThrow().content(), UTF_8)).isEqualTo("1");
    assertThat(store.find(DocumentScope.state(ACTIVITY, AGENT, Optional.of(registration)).key("id"))
        .orElseThrow().content()).isEqualTo(bytes("2"));
    assertThat(store.find(DocumentScope.activityProfiles(ACTIVITY).key("id")).orElseThrow().content())
        .isEqualTo(bytes("3"));
    assertThat(store.find(DocumentScope.agentProfiles(AGENT).key("id")).orElseThrow().content())
        .isEqualTo(bytes("4"));
    assertThat(DocumentScope.agentProfiles(AGENT).kind()).isEqualTo(DocumentKind.AGENT_PROFILE);
  }

  @Test
  void aPutReplacesTheDocumentAndItsTag() {
    DocumentKey key = states().key("s1");
    StoredDocument first = put(key, "{\"a\":1}");
    clock.advance(Duration.ofSeconds(5));
    StoredDocument second = put(key, "{\"a\":2}");
    assertThat(second.etag()).isNotEqualTo(first.etag());
    assertThat(store.find(key).orElseThrow().updated()).isEqualTo(first.updated().plusSeconds(5));
  }

  @Test
  void aPutExpectingAbsenceIsRefusedWhenADocumentExists() {
    DocumentKey key = states().key("s1");
    StoredDocument existing = put(key, "old");
    DocumentWrite write = store.put(key, bytes("new"), JSON, DocumentPrecondition.absent());
    assertThat(write).isEqualTo(new DocumentWrite.Refused(Optional.of(existing)));
    assertThat(store.find(key).orElseThrow().content()).isEqualTo(bytes("old"));
  }

  @Test
  void aPutExpectingAbsenceSucceedsOnAFreeKey() {
    DocumentWrite write = store.put(states().key("s1"), bytes("new"), JSON, DocumentPrecondition.absent());
    assertThat(write.done()).isTrue();
  }

  @Test
  void aPutExpectingATagSucceedsOnlyWhenTheTagMatches() {
    DocumentKey key = states().key("s1");
    StoredDocument existing = put(key, "old");
    assertThat(store.put(key, bytes("x"), JSON, DocumentPrecondition.matches("0000")).done()).isFalse();
    assertThat(store.put(key, bytes("new"), JSON, DocumentPrecondition.matches(existing.etag())).done())
        .isTrue();
    assertThat(store.find(key).orElseThrow().content()).isEqualTo(bytes("new"));
  }

  @Test
  void aPutExpectingATagIsRefusedWhenNothingIsStored() {
    DocumentWrite write = store.put(states().key("s1"), bytes("x"), JSON, DocumentPrecondition.matches("abc"));
    assertThat(write).isEqualTo(new DocumentWrite.Refused(Optional.empty()));
    assertThat(store.find(states().key("s1"))).isEmpty();
  }

  @Test
  void aPutExpectingExistenceIsRefusedWhenNothingIsStored() {
    assertThat(store.put(states().key("s1"), bytes("x"), JSON, DocumentPrecondition.exists()).done())
        .isFalse();
  }

  @Test
  void aDeleteHonoursItsPrecondition() {
    DocumentKey key = states().key("s1");
    StoredDocument existing = put(key, "old");
    assertThat(store.delete(key, DocumentPrecondition.matches("0000")).done()).isFalse();
    assertThat(store.find(key)).isPresent();
    assertThat(store.delete(key, DocumentPrecondition.matches(existing.etag())).done()).isTrue();
    assertThat(store.find(key)).isEmpty();
  }

  @Test
  void deletingAMissingDocumentWithoutPreconditionSucceeds() {
    assertThat(store.delete(states().key("none"), DocumentPrecondition.none()).done()).isTrue();
  }

  @Test
  void idsListOneScopeOldestFirst() {
    put(states().key("b"), "1");
    clock.advance(Duration.ofSeconds(1));
    put(states().key("a"), "2");
    put(DocumentScope.state(ACTIVITY, AGENT, Optional.of(UUID.randomUUID())).key("c"), "3");
    put(DocumentScope.activityProfiles(ACTIVITY).key("d"), "4");
    assertThat(store.ids(states(), Optional.empty())).containsExactly("b", "a");
  }

  @Test
  void idsSinceAnInstantListOnlyLaterWrites() {
    put(states().key("early"), "1");
    Instant since = clock.instant();
    clock.advance(Duration.ofSeconds(1));
    put(states().key("late"), "2");
    assertThat(store.ids(states(), Optional.of(since))).containsExactly("late");
    assertThat(store.ids(states(), Optional.of(clock.instant()))).isEmpty();
  }

  @Test
  void deleteAllRemovesOnlyTheScope() {
    put(states().key("a"), "1");
    put(states().key("b"), "2");
    DocumentScope other = DocumentScope.state(ACTIVITY, AGENT, Optional.of(UUID.randomUUID()));
    put(other.key("a"), "3");
    assertThat(store.deleteAll(states())).isEqualTo(2);
    assertThat(store.ids(states(), Optional.empty())).isEmpty();
    assertThat(store.ids(other, Optional.empty())).containsExactly("a");
  }

  @Test
  void storedContentIsACopy() {
    byte[] content = bytes("abc");
    DocumentKey key = states().key("s1");
    store.put(key, content, JSON, DocumentPrecondition.none());
    content[0] = 'x';
    store.find(key).orElseThrow().content()[1] = 'y';
    assertThat(store.find(key).orElseThrow().content()).isEqualTo(bytes("abc"));
  }

  @Test
  void emptyIdsAreProgrammingErrors() {
    assertThatThrownBy(() -> states().key("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DocumentScope.activityProfiles("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ofTwoWritersExpectingTheSameTagExactlyOneWins() throws Exception {
    int threads = 8;
    int rounds = 50;
    DocumentKey key = states().key("contended");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < rounds; round++) {
        String expected = put(key, "round " + round).etag();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          byte[] content = bytes("round " + round + " writer " + t);
          Callable<Boolean> call = () -> {
            start.await();
            return store.put(key, content, JSON, DocumentPrecondition.matches(expected)).done();
          };
          results.add(pool.submit(call));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          if (result.get(30, TimeUnit.SECONDS)) {
            winners++;
          }
        }
        assertThat(winners).as("winners of round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void ofTwoCreatorsExpectingAbsenceExactlyOneWins() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 50; round++) {
        DocumentKey key = states().key("new-" + round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          byte[] content = bytes("writer " + t);
          results.add(pool.submit(() -> {
            start.await();
            return store.put(key, content, JSON, DocumentPrecondition.absent()).done();
          }));
        }
        start.countDown();
        int winners = 0;
        for (Future<Boolean> result : results) {
          winners += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
        }
        assertThat(winners).as("winners of round %d", round).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
