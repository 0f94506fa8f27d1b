package org.moocinterop.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;

/**
 * The contract of {@link SigningKeyStore}. An implementation's test extends this class and
 * supplies a fresh, empty store.
 */
public abstract class SigningKeyStoreContract {

  private static KeyPair pair;
  private SigningKeyStore store;

  /** A new, empty store. */
  protected abstract SigningKeyStore createStore();

  @BeforeAll
  static void generatePair() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    pair = generator.generateKeyPair();
  }

  @BeforeEach
  void setUpStore() {
    store = createStore();
  }

  /** A key with the given kid created at {@code created}, sharing one RSA pair for speed. */
  protected static SigningKey key(String kid, Instant created) {
    return new SigningKey(kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate(),
        created, created.plus(Duration.ofHours(1)), created.plus(Duration.ofDays(30)));
  }

  @Test
  void anAddedKeyIsFoundByKidWithItsDates() {
    SigningKey key = key("k1", Instant.parse("2026-01-01T00:00:00Z"));
    store.add(key);
    SigningKey found = store.find("k1").orElseThrow();
    assertThat(found.kid()).isEqualTo("k1");
    assertThat(found.created()).isEqualTo(key.created());
    assertThat(found.activeFrom()).isEqualTo(key.activeFrom());
    assertThat(found.expiresAt()).isEqualTo(key.expiresAt());
    assertThat(found.publicKey().getEncoded()).isEqualTo(key.publicKey().getEncoded());
    assertThat(found.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
  }

  @Test
  void anUnknownKidIsEmpty() {
    assertThat(store.find("nope")).isEmpty();
  }

  @Test
  void aKidIsNeverStoredTwice() {
    store.add(key("k1", Instant.parse("2026-01-01T00:00:00Z")));
    assertThatThrownBy(() -> store.add(key("k1", Instant.parse("2026-02-01T00:00:00Z"))))
        .isInstanceOf(ConflictException.class)
        .satisfies(e -> assertThat(((ConflictException) e).id()).isEqualTo("k1"));
    assertThat(store.find("k1").orElseThrow().created())
        .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
  }

  @Test
  void allListsKeysOldestFirst() {
    store.add(key("late", Instant.parse("2026-03-01T00:00:00Z")));
    store.add(key("early", Instant.parse("2026-01-01T00:00:00Z")));
    store.add(key("middle", Instant.parse("2026-02-01T00:00:00Z")));
    assertThat(store.all()).extracting(SigningKey::kid).containsExactly("early", "middle", "late");
  }
}
