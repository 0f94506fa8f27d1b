package org.moocinterop.api.memory;

import org.moocinterop.api.spi.DocumentStore;
import org.moocinterop.api.testkit.DocumentStoreContract;
import org.moocinterop.api.testkit.MutableClock;

class InMemoryDocumentStoreTest extends DocumentStoreContract {
  @Override
  protected DocumentStore createStore(MutableClock clock) {
    return new InMemoryDocumentStore(clock);
  }
}
