package org.moocinterop.api.memory;

import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.api.testkit.SigningKeyStoreContract;

class InMemorySigningKeyStoreTest extends SigningKeyStoreContract {
  @Override
  protected SigningKeyStore createStore() {
    return new InMemorySigningKeyStore();
  }
}
