package org.moocinterop.api.memory;

import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.api.testkit.StatementStoreContract;

class InMemoryStatementStoreTest extends StatementStoreContract {
  @Override
  protected StatementStore createStore(MutableClock clock) {
    return new InMemoryStatementStore(clock);
  }
}
