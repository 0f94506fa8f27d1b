package org.moocinterop.lti.testing;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;

/** Test-only RSA key pairs, read from fixture files (generating keys is slow). */
public final class TestKeys {

  public static final RSAKey PLATFORM_1 = load("platform-1");
  public static final RSAKey PLATFORM_2 = load("platform-2");
  public static final RSAKey TOOL = load("tool");
  /** A key no party publishes, with the kid of {@link #PLATFORM_1}. */
  public static final RSAKey STRANGER = load("stranger");

  private TestKeys() {}

  private static RSAKey load(String name) {
    try (InputStream in = TestKeys.class.getResourceAsStream("/keys/" + name + ".jwk.json")) {
      if (in == null) {
        throw new IllegalArgumentException("no key fixture " + name);
      }
      return RSAKey.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }
}
