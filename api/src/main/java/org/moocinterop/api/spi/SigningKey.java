package org.moocinterop.api.spi;

import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Objects;

/**
 * An RSA key pair used to sign tokens (LTI id_tokens, signed xAPI statements), with the dates of
 * its life: published from {@code created}, used for signing from {@code activeFrom}, still
 * published (so that tokens it signed verify) until {@code expiresAt}.
 *
 * <p>Its {@code kid} is unique for all time in one store: a rotated key gets a new kid, and a kid
 * is never reused.
 *
 * @param kid the key id, as published in a JWKS
 * @param publicKey the public half
 * @param privateKey the private half; never logged ({@link #toString()} omits it)
 * @param created when the key was generated and first published
 * @param activeFrom from when it signs (a new key is published before it signs, so that
 *     verifiers caching the JWKS already know it)
 * @param expiresAt when it is no longer published
 */
public record SigningKey(
    String kid,
    RSAPublicKey publicKey,
    RSAPrivateKey privateKey,
    Instant created,
    Instant activeFrom,
    Instant expiresAt) {

  public SigningKey {
    Objects.requireNonNull(kid, "kid");
    if (kid.isBlank()) {
      throw new IllegalArgumentException("kid must not be blank");
    }
    Objects.requireNonNull(publicKey, "publicKey");
    Objects.requireNonNull(privateKey, "privateKey");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(activeFrom, "activeFrom");
    Objects.requireNonNull(expiresAt, "expiresAt");
    if (activeFrom.isBefore(created)) {
      throw new IllegalArgumentException("activeFrom must not be before created");
    }
    if (!expiresAt.isAfter(activeFrom)) {
      throw new IllegalArgumentException("expiresAt must be after activeFrom");
    }
  }

  /** The pair, for APIs that take a {@link KeyPair}. */
  public KeyPair keyPair() {
    return new KeyPair(publicKey, privateKey);
  }

  /** Whether the key is to be published (in a JWKS) at {@code now}. */
  public boolean isPublishedAt(Instant now) {
    return !now.isBefore(created) && now.isBefore(expiresAt);
  }

  /** Whether the key may sign at {@code now}. */
  public boolean canSignAt(Instant now) {
    return !now.isBefore(activeFrom) && now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + kid + ", created=" + created + ", activeFrom=" + activeFrom
        + ", expiresAt=" + expiresAt + "]";
  }
}
