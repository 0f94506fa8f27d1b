package org.moocinterop.impl.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.api.testkit.SigningKeyStoreContract;
import org.moocinterop.impl.testing.Race;

class PemSigningKeyStoreTest extends SigningKeyStoreContract {

  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path root;

  private Path keys() {
    return root.resolve("keys");
  }

  @Override
  protected SigningKeyStore createStore() {
    return PemSigningKeyStore.open(keys());
  }

  @Test
  void keysSurviveReopeningTheDirectory() {
    SigningKey key = key("k1", JAN);
    PemSigningKeyStore.open(keys()).add(key);
    SigningKey found = PemSigningKeyStore.open(keys()).find("k1").orElseThrow();
    assertThat(found.toString()).isEqualTo(key.toString());
    assertThat(found.privateKey().getEncoded()).isEqualTo(key.privateKey().getEncoded());
    assertThat(PemSigningKeyStore.open(keys()).all()).extracting(SigningKey::kid)
        .containsExactly("k1");
  }

  @Test
  void theFileIsStandardPemWithTheDatesBeforeIt() throws Exception {
    SigningKey key = key("k1", JAN);
    PemSigningKeyStore.open(keys()).add(key);
    String text = Files.readString(keys().resolve("k1.pem"), StandardCharsets.US_ASCII);
    assertThat(text).startsWith("kid: k1\ncreated: 2026-01-01T00:00:00Z\n")
        .contains("-----BEGIN PUBLIC KEY-----\n", "-----END PRIVATE KEY-----\n");
    assertThat(text.lines().filter(line -> !line.startsWith("-----")))
        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(64));
    String base64 = text.substring(text.indexOf("-----BEGIN PRIVATE KEY-----") + 27,
        text.indexOf("-----END PRIVATE KEY-----"));
    byte[] pkcs8 = Base64.getMimeDecoder().decode(base64);
    assertThat(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)))
        .isEqualTo(key.privateKey());
  }

  @Test
  void theDirectoryAndKeyFilesAreOwnerOnly() throws Exception {
    PemSigningKeyStore.open(keys()).add(key("k1", JAN));
    if (keys().getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys())))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(
          Files.getPosixFilePermissions(keys().resolve("k1.pem")))).isEqualTo("rw-------");
    }
  }

  @Test
  void noTemporaryFileIsLeftBehind() throws Exception {
    SigningKeyStore store = PemSigningKeyStore.open(keys());
    store.add(key("k1", JAN));
    assertThatThrownBy(() -> store.add(key("k1", JAN))).isInstanceOf(ConflictException.class);
    try (Stream<Path> files = Files.list(keys())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
          "k1.pem", ".lock");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../escape", "a/b", "a\\b", "k1 ", "k\u00e9", "k:1", "/abs", "~"})
  void aKidThatCannotNameAFileIsRefusedClearly(String kid) {
    SigningKeyStore store = PemSigningKeyStore.open(keys());
    assertThatThrownBy(() -> store.add(key(kid, JAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot name a key file")
        .hasMessageContaining("letters, digits, '.', '_' and '-'");
    assertThat(store.find(kid)).isEmpty();
    assertThat(root.resolve("escape.pem")).doesNotExist();
  }

  @Test
  void aTooLongKidIsRefused() {
    String kid = "k".repeat(PemSigningKeyStore.MAX_KID_LENGTH + 1);
    assertThat(PemSigningKeyStore.isSafeKid(kid)).isFalse();
    assertThat(PemSigningKeyStore.isSafeKid(kid.substring(1))).isTrue();
    assertThatThrownBy(() -> PemSigningKeyStore.open(keys()).add(key(kid, JAN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exactlyOneOfManyStoresOnTheDirectoryStoresAKid() throws Exception {
    List<Race.Outcome> outcomes = Race.run(8, i -> {
      PemSigningKeyStore.open(keys()).add(key("raced", JAN.plusSeconds(i)));
      return true;
    });
    assertThat(Race.winners(outcomes)).isEqualTo(1);
    assertThat(outcomes).filteredOn(o -> !o.won())
        .allSatisfy(o -> assertThat(o.failure()).isInstanceOf(ConflictException.class));
  }

  @Test
  void aDamagedFileGivesAStoreExceptionWithoutItsContent() throws Exception {
    SigningKeyStore store = PemSigningKeyStore.open(keys());
    store.add(key("k1", JAN));
    Path file = keys().resolve("k1.pem");
    Files.writeString(file, Files.readString(file).replace("created: ", "created: soon"));
    assertThatThrownBy(() -> store.find("k1"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("key file k1.pem is not a valid signing key")
        .hasMessageNotContaining("PRIVATE");
    Files.writeString(file, "kid: k1\n-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    assertThatThrownBy(store::all).isInstanceOf(StoreException.class);
  }

  @Test
  void filesThatAreNotKeysAreIgnored() throws Exception {
    SigningKeyStore store = PemSigningKeyStore.open(keys());
    store.add(key("k1", JAN));
    Files.writeString(keys().resolve("README.txt"), "not a key");
    Files.writeString(keys().resolve("bad name.pem"), "not a key");
    assertThat(store.all()).extracting(SigningKey::kid).containsExactly("k1");
  }

  @Test
  void aPathThatIsAFileCannotBeOpened() throws Exception {
    Path file = Files.createFile(root.resolve("plain"));
    assertThatThrownBy(() -> PemSigningKeyStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("could not open the key directory");
  }
}
