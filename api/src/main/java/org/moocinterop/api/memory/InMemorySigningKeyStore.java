package org.moocinterop.api.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;

/** A {@link SigningKeyStore} in memory: keys are lost on restart. */
public final class InMemorySigningKeyStore implements SigningKeyStore {

  private final Map<String, SigningKey> keys = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemorySigningKeyStore() {}

  @Override
  public void add(SigningKey key) {
    Objects.requireNonNull(key, "key");
    if (keys.putIfAbsent(key.kid(), key) != null) {
      throw new ConflictException(key.kid(), "a signing key with kid " + key.kid() + " exists");
    }
  }

  @Override
  public Optional<SigningKey> find(String kid) {
    Objects.requireNonNull(kid, "kid");
    return Optional.ofNullable(keys.get(kid));
  }

  @Override
  public List<SigningKey> all() {
    return keys.values().stream()
        .sorted(Comparator.comparing(SigningKey::created).thenComparing(SigningKey::kid))
        .toList();
  }
}
