package org.moocinterop.lti.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text (query strings and form bodies). */
public final class FormDecoder {

  private FormDecoder() {}

  /**
   * Adds the pairs of {@code encoded} to {@code into}, keeping the first value of a repeated name.
   *
   * @throws IllegalArgumentException if the percent-encoding is malformed
   */
  public static void decode(String encoded, Map<String, String> into) {
    if (encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      into.putIfAbsent(name, value);
    }
  }
}
