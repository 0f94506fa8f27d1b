package org.moocinterop.xapi.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.Set;

/**
 * One HTTP Basic credential of the LRS: a key (user name), a secret kept only as a salted SHA-256
 * hash, the institution it belongs to, the authority Agent its statements get, and its scopes.
 *
 * <p>{@link #matches} compares hashes in constant time. {@link #toString()} never shows the secret
 * or its hash.
 */
public final class LrsCredential {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final String key;
  private final byte[] salt;
  private final byte[] secretHash;
  private final LrsPrincipal principal;

  private LrsCredential(String key, byte[] salt, byte[] secretHash, LrsPrincipal principal) {
    this.key = key;
    this.salt = salt;
    this.secretHash = secretHash;
    this.principal = principal;
  }

  /**
   * A credential for {@code key} and {@code secret}; the secret is hashed at once and not kept.
   *
   * @param authority the xAPI Agent JSON that stands for the institution in statements
   * @throws IllegalArgumentException if the key is empty or contains a colon, or the secret is empty
   */
  public static LrsCredential create(
      String key, String secret, String institution, ObjectNode authority, Set<XapiScope> scopes) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
    if (key.isEmpty() || key.indexOf(':') >= 0) {
      throw new IllegalArgumentException("a credential key must be non-empty and contain no colon");
    }
    if (secret.isEmpty()) {
      throw new IllegalArgumentException("a credential secret must not be empty");
    }
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return new LrsCredential(key, salt, hash(salt, secret),
        new LrsPrincipal(key, institution, authority, scopes));
  }

  /** The key (Basic user name). */
  public String key() {
    return key;
  }

  /** Whether {@code secret} is this credential's secret; takes the same time either way. */
  public boolean matches(String secret) {
    Objects.requireNonNull(secret, "secret");
    return MessageDigest.isEqual(secretHash, hash(salt, secret));
  }

  /** The principal a request authenticated with this credential acts as. */
  public LrsPrincipal principal() {
    return principal;
  }

  static byte[] hash(byte[] salt, String secret) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      return digest.digest(secret.getBytes(UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "LrsCredential[" + key + ", " + principal.institution() + ", scopes=" + principal.scopes() + "]";
  }
}
