package org.moocinterop.impl.internal.keys;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.spi.SigningKey;

/** RSA keys to and from their standard encodings: X.509 SubjectPublicKeyInfo and PKCS#8. */
public final class RsaKeys {

  private RsaKeys() {}

  /**
   * The X.509 encoding of the key's public half.
   *
   * @throws IllegalArgumentException if the key cannot be exported in that format
   */
  public static byte[] publicKeyBytes(SigningKey key) {
    return exported(key.publicKey().getEncoded(), key.publicKey().getFormat(), "X.509", key);
  }

  /**
   * The PKCS#8 encoding of the key's private half. Callers should overwrite the array once
   * written.
   *
   * @throws IllegalArgumentException if the key cannot be exported in that format (for example a
   *     key held by a hardware token)
   */
  public static byte[] privateKeyBytes(SigningKey key) {
    return exported(key.privateKey().getEncoded(), key.privateKey().getFormat(), "PKCS#8", key);
  }

  private static byte[] exported(
      byte @Nullable [] encoded, @Nullable String format, String expected, SigningKey key) {
    if (encoded == null || !expected.equals(format)) {
      throw new IllegalArgumentException("signing key " + key.kid()
          + " cannot be exported as " + expected + " (its format is " + format + ")");
    }
    return encoded;
  }

  /** Decodes an X.509 SubjectPublicKeyInfo holding an RSA key. */
  public static RSAPublicKey publicKey(byte[] x509) throws InvalidKeySpecException {
    return (RSAPublicKey) rsa().generatePublic(new X509EncodedKeySpec(x509));
  }

  /** Decodes a PKCS#8 PrivateKeyInfo holding an RSA key. */
  public static RSAPrivateKey privateKey(byte[] pkcs8) throws InvalidKeySpecException {
    return (RSAPrivateKey) rsa().generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
  }

  private static KeyFactory rsa() {
    try {
      return KeyFactory.getInstance("RSA");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has RSA", e);
    }
  }
}
