package org.moocinterop.lti.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** RSA keys for tests, generated once per JVM (generation is slow). */
public final class TestKeys {

  public static final RSAKey PLATFORM_1 = generate("platform-key-1");
  public static final RSAKey PLATFORM_2 = generate("platform-key-2");
  public static final RSAKey TOOL = generate("tool-key-1");
  /** A key no party publishes. */
  public static final RSAKey STRANGER = generate("platform-key-1");

  private TestKeys() {}

  public static RSAKey generate(String kid) {
    try {
      return new RSAKeyGenerator(2048)
          .keyID(kid)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
