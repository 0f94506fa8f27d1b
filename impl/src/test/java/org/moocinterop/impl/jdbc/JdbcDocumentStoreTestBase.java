package org.moocinterop.impl.jdbc;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.spi.DocumentKey;
import org.moocinterop.api.spi.DocumentPrecondition;
import org.moocinterop.api.spi.DocumentScope;
import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.testkit.DocumentStoreContract;
import org.moocinterop.api.testkit.MutableClock;

/** The document contract plus what only a shared database adds, run once per vendor. */
abstract class JdbcDocumentStoreTestBase extends DocumentStoreContract {

  private JdbcDatabase database;

  abstract TestDatabases databases();

  @Override
  protected DocumentStore createStore(MutableClock clock) {
    database = databases().open();
    return new JdbcDocumentStore(database, clock);
  }

  @Test
  void nodesSharingTheDatabaseSeeEachOthersDocuments() {
    DocumentStore nodeA = new JdbcDocumentStore(database, clock);
    DocumentStore nodeB = new JdbcDocumentStore(databases().open(), clock);
    DocumentKey key = DocumentScope.activityProfiles(ACTIVITY).key("p");
    assertThat(nodeA.put(key, "a".getBytes(UTF_8), JSON, DocumentPrecondition.absent()).done()).isTrue();
    assertThat(nodeB.put(key, "b".getBytes(UTF_8), JSON, DocumentPrecondition.absent()).done()).isFalse();
    assertThat(nodeB.find(key).orElseThrow().content()).isEqualTo("a".getBytes(UTF_8));
  }

  @Test
  void idsAndIrisOfAnyLengthAreKept() {
    DocumentStore store = new JdbcDocumentStore(database, clock);
    String activity = ACTIVITY + "/" + "x".repeat(5000);
    DocumentKey key = DocumentScope.state(activity, AGENT, Optional.empty()).key("s".repeat(5000));
    store.put(key, "1".getBytes(UTF_8), JSON, DocumentPrecondition.none());
    assertThat(store.ids(key.scope(), Optional.empty())).containsExactly("s".repeat(5000));
  }
}
