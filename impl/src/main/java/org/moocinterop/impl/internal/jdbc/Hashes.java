package org.moocinterop.impl.internal.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** Fixed-width digests of unbounded texts (IRIs, names, ids) for index columns. */
public final class Hashes {

  /**
   * One digest per thread: {@code MessageDigest.getInstance} looks the provider up on every call,
   * which costs more than hashing a short key. {@code digest} leaves the digest reset.
   */
  private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(Hashes::newSha256);

  private Hashes() {}

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** The SHA-256 digest of the UTF-8 text. */
  public static byte[] sha256(String text) {
    return SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The first 16 bytes of the SHA-256 digest: collisions are out of reach at any realistic number
   * of keys (about 2^64 keys for an even chance), and index entries stay small.
   */
  public static byte[] key(String text) {
    return Arrays.copyOf(sha256(text), 16);
  }
}
