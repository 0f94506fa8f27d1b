package org.moocinterop.xapi.lrs;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Credentials held in memory, as configured at start-up. Thread-safe. */
public final class InMemoryLrsCredentialStore implements LrsCredentialStore {

  private final Map<String, LrsCredential> credentials = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryLrsCredentialStore() {
    // credentials are added with add()
  }

  /** A store holding {@code credentials}. */
  public static InMemoryLrsCredentialStore of(LrsCredential... credentials) {
    InMemoryLrsCredentialStore store = new InMemoryLrsCredentialStore();
    for (LrsCredential credential : credentials) {
      store.add(credential);
    }
    return store;
  }

  /**
   * Adds a credential.
   *
   * @throws IllegalArgumentException if a credential with the same key is already held
   */
  public InMemoryLrsCredentialStore add(LrsCredential credential) {
    Objects.requireNonNull(credential, "credential");
    if (credentials.putIfAbsent(credential.key(), credential) != null) {
      throw new IllegalArgumentException("a credential with key " + credential.key() + " exists");
    }
    return this;
  }

  @Override
  public Optional<LrsCredential> find(String key) {
    return Optional.ofNullable(credentials.get(key));
  }
}
