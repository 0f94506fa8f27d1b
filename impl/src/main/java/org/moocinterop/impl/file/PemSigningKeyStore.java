package org.moocinterop.impl.file;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.spec.InvalidKeySpecException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.impl.internal.keys.Pem;
import org.moocinterop.impl.internal.keys.RsaKeys;

/**
 * A {@link SigningKeyStore} on a directory: one file {@code <kid>.pem} per key, readable by
 * OpenSSL and every PEM reader. Each file holds the key's dates as {@code name: value} lines of
 * explanatory text (RFC 7468 section 5.2, ignored by PEM readers), then a {@code PUBLIC KEY} block
 * (X.509 SubjectPublicKeyInfo) and a {@code PRIVATE KEY} block (unencrypted PKCS#8):
 *
 * <pre>
 * kid: 2026-01-key
 * created: 2026-01-01T00:00:00Z
 * active-from: 2026-01-01T01:00:00Z
 * expires-at: 2026-01-31T00:00:00Z
 * -----BEGIN PUBLIC KEY-----
 * ...
 * -----BEGIN PRIVATE KEY-----
 * ...
 * </pre>
 *
 * <p>A kid names a file, so it may hold only letters, digits, {@code .}, {@code _} and {@code -}
 * (at most {@value #MAX_KID_LENGTH} characters). A file is written whole to a temporary file and
 * then moved into place atomically, so a reader never sees half a key; on POSIX file systems the
 * directory (when this store creates it) and every key file are readable by their owner only.
 * {@link #add} holds a lock on the file {@code .lock} of the directory while it checks and moves,
 * so two processes sharing the directory cannot both store one kid.
 *
 * <p>Thread-safe.
 */
public final class PemSigningKeyStore implements SigningKeyStore {

  /** The longest kid accepted, in characters. */
  public static final int MAX_KID_LENGTH = 200;

  private static final Pattern SAFE_KID = Pattern.compile("[A-Za-z0-9._-]+");
  private static final String SUFFIX = ".pem";
  private static final String PUBLIC = "PUBLIC KEY";
  private static final String PRIVATE = "PRIVATE KEY";
  /** One monitor per directory, so that threads of this JVM do not overlap their file locks. */
  private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

  private final Path directory;
  private final Object monitor;

  private PemSigningKeyStore(Path directory) {
    this.directory = directory;
    this.monitor = MONITORS.computeIfAbsent(directory, d -> new Object());
  }

  /**
   * A store on {@code directory}, which is created (owner-only on POSIX) if missing. Keys already
   * in it are read on demand.
   *
   * @throws StoreException if the directory cannot be created or is not a directory
   */
  public static PemSigningKeyStore open(Path directory) {
    Objects.requireNonNull(directory, "directory");
    try {
      if (!Files.isDirectory(directory)) {
        Files.createDirectories(directory, ownerOnly(directory, "rwx------"));
      }
      return new PemSigningKeyStore(directory.toRealPath());
    } catch (IOException e) {
      throw new StoreException("could not open the key directory " + directory, e);
    }
  }

  /**
   * Whether {@code kid} can name a key file: only {@code [A-Za-z0-9._-]}, at most
   * {@value #MAX_KID_LENGTH} characters.
   */
  public static boolean isSafeKid(String kid) {
    Objects.requireNonNull(kid, "kid");
    return kid.length() <= MAX_KID_LENGTH && SAFE_KID.matcher(kid).matches();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if the kid cannot name a file (see {@link #isSafeKid}), or
   *     a half of the key cannot be exported in its standard encoding
   */
  @Override
  public void add(SigningKey key) {
    Objects.requireNonNull(key, "key");
    if (!isSafeKid(key.kid())) {
      throw new IllegalArgumentException("kid '" + key.kid() + "' cannot name a key file: use"
          + " only letters, digits, '.', '_' and '-', at most " + MAX_KID_LENGTH + " characters");
    }
    Path target = directory.resolve(key.kid() + SUFFIX);
    byte[] content = format(key);
    Path temp = null;
    try {
      temp = Files.createTempFile(directory, ".tmp-", ".part", ownerOnly(directory, "rw-------"));
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.write(ByteBuffer.wrap(content));
        channel.force(true);
      }
      publish(temp, target, key.kid());
    } catch (IOException e) {
      throw new StoreException("could not write signing key " + key.kid(), e);
    } finally {
      Arrays.fill(content, (byte) 0);
      deleteQuietly(temp);
    }
  }

  private void publish(Path temp, Path target, String kid) throws IOException {
    synchronized (monitor) {
      try (FileChannel lockFile = FileChannel.open(directory.resolve(".lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock lock = lockFile.lock();
        try {
          if (Files.exists(target)) {
            throw conflict(kid);
          }
          Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          lock.release();
        }
      }
    }
  }

  private static ConflictException conflict(String kid) {
    return new ConflictException(kid, "a signing key with kid " + kid + " was already stored");
  }

  @Override
  public Optional<SigningKey> find(String kid) {
    if (!isSafeKid(kid)) {
      return Optional.empty();
    }
    Path file = directory.resolve(kid + SUFFIX);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StoreException("could not read signing key " + kid, e);
    }
    return Optional.of(parse(text, file));
  }

  @Override
  public List<SigningKey> all() {
    List<SigningKey> keys = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        find(name.substring(0, name.length() - SUFFIX.length())).ifPresent(keys::add);
      }
    } catch (IOException e) {
      throw new StoreException("could not list the key directory " + directory, e);
    }
    keys.sort(Comparator.comparing(SigningKey::created).thenComparing(SigningKey::kid));
    return List.copyOf(keys);
  }

  private static byte[] format(SigningKey key) {
    byte[] privateKey = RsaKeys.privateKeyBytes(key);
    try {
      String text = "kid: " + key.kid() + "\n"
          + "created: " + key.created() + "\n"
          + "active-from: " + key.activeFrom() + "\n"
          + "expires-at: " + key.expiresAt() + "\n"
          + Pem.encode(PUBLIC, RsaKeys.publicKeyBytes(key))
          + Pem.encode(PRIVATE, privateKey);
      return text.getBytes(StandardCharsets.US_ASCII);
    } finally {
      Arrays.fill(privateKey, (byte) 0);
    }
  }

  private static SigningKey parse(String text, Path file) {
    String name = file.getFileName().toString();
    try {
      Map<String, String> fields = new HashMap<>();
      text.substring(0, Math.max(0, text.indexOf("-----BEGIN"))).lines().forEach(line -> {
        int colon = line.indexOf(':');
        if (colon > 0) {
          fields.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
        }
      });
      String kid = name.substring(0, name.length() - SUFFIX.length());
      if (!kid.equals(fields.get("kid"))) {
        throw new IllegalArgumentException("its kid line does not match its file name");
      }
      byte[] privateKey = Pem.decode(text, PRIVATE);
      try {
        return new SigningKey(kid,
            RsaKeys.publicKey(Pem.decode(text, PUBLIC)),
            RsaKeys.privateKey(privateKey),
            instant(fields, "created"),
            instant(fields, "active-from"),
            instant(fields, "expires-at"));
      } finally {
        Arrays.fill(privateKey, (byte) 0);
      }
    } catch (InvalidKeySpecException | ClassCastException | IllegalArgumentException
        | DateTimeParseException e) {
      // The message names the file and the problem, never the file's content.
      throw new StoreException("key file " + name + " is not a valid signing key: "
          + (e instanceof InvalidKeySpecException ? "not an RSA key" : e.getMessage()), e);
    }
  }

  private static Instant instant(Map<String, String> fields, String name) {
    String value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("its '" + name + ":' line is missing");
    }
    return Instant.parse(value);
  }

  private static FileAttribute<?>[] ownerOnly(Path where, String permissions) {
    boolean posix = where.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
        : new FileAttribute<?>[0];
  }

  private static void deleteQuietly(@Nullable Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // A leftover .part file is ignored by every read; nothing to report to the caller.
      }
    }
  }

  /** The directory this store reads and writes. */
  public Path directory() {
    return directory;
  }

  @Override
  public String toString() {
    return "PemSigningKeyStore[" + directory + "]";
  }
}
