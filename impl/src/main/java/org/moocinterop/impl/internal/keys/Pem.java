package org.moocinterop.impl.internal.keys;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * PEM blocks (RFC 7468): base64 between {@code -----BEGIN label-----} and
 * {@code -----END label-----}, 64 characters a line. Text outside the blocks is ignored when
 * reading (RFC 7468 section 5.2 allows explanatory text there).
 */
public final class Pem {

  private static final Base64.Encoder ENCODER =
      Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));

  private Pem() {}

  /** One block, ending with a line break. */
  public static String encode(String label, byte[] der) {
    return "-----BEGIN " + label + "-----\n" + ENCODER.encodeToString(der)
        + "\n-----END " + label + "-----\n";
  }

  /**
   * The bytes of the first block labelled {@code label} in {@code text}.
   *
   * @throws IllegalArgumentException if there is no such block or its base64 is malformed
   */
  public static byte[] decode(String text, String label) {
    String begin = "-----BEGIN " + label + "-----";
    String end = "-----END " + label + "-----";
    int from = text.indexOf(begin);
    int to = from < 0 ? -1 : text.indexOf(end, from + begin.length());
    if (to < 0) {
      throw new IllegalArgumentException("no complete " + label + " block");
    }
    // The MIME decoder skips line breaks (and any character outside the base64 alphabet).
    return Base64.getMimeDecoder().decode(text.substring(from + begin.length(), to));
  }
}
