package org.moocinterop.api.spi;

import java.util.List;
import java.util.Optional;

/**
 * Persists signing keys. Rotation policy (when to generate the next key) is the caller's; the
 * store only keeps keys and guarantees that a kid is never stored twice.
 *
 * <p>Implementations must be thread-safe. Contract: {@code SigningKeyStoreContract} in the
 * {@code org.moocinterop.api.testkit} test kit.
 */
public interface SigningKeyStore {

  /**
   * Stores a new key.
   *
   * @throws org.moocinterop.api.ConflictException if a key with the same kid was ever stored
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is stored
   */
  void add(SigningKey key);

  /** The key with this kid, if stored. */
  Optional<SigningKey> find(String kid);

  /** Every stored key, oldest {@code created} first. */
  List<SigningKey> all();
}
