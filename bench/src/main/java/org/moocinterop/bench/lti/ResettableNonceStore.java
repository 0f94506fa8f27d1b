package org.moocinterop.bench.lti;

import java.time.Instant;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.spi.NonceStore;

/**
 * The in-memory nonce store, replaced by an empty one when the benchmark's token pool starts over,
 * so that every validation still meets a nonce the store has not seen.
 */
final class ResettableNonceStore implements NonceStore {

  private NonceStore delegate = new InMemoryNonceStore();

  void reset() {
    delegate = new InMemoryNonceStore();
  }

  @Override
  public boolean remember(String scope, String value, Instant expiresAt) {
    return delegate.remember(scope, value, expiresAt);
  }

  @Override
  public int purgeExpired() {
    return delegate.purgeExpired();
  }
}
