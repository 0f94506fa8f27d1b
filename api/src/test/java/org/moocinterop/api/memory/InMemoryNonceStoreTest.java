package org.moocinterop.api.memory;

import org.moocinterop.api.spi.NonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.api.testkit.NonceStoreContract;

class InMemoryNonceStoreTest extends NonceStoreContract {
  @Override
  protected NonceStore createStore(MutableClock clock) {
    return new InMemoryNonceStore(clock);
  }
}
