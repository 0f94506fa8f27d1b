package org.moocinterop.xapi.lrs;

import java.util.Optional;

/**
 * Finds the credential of a Basic user name. Implementations must be thread-safe.
 *
 * @see InMemoryLrsCredentialStore
 */
@FunctionalInterface
public interface LrsCredentialStore {

  /** The credential whose key is {@code key}, if any. */
  Optional<LrsCredential> find(String key);
}
