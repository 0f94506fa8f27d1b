package org.moocinterop.lti.testing;

import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads fuzz inputs written in small, human-readable formats, so that seed files can be written
 * and read by hand.
 */
public final class FuzzInputs {

  private FuzzInputs() {}

  /**
   * Parameters as {@code name=value} lines (UTF-8, no escaping: a value runs to the end of its
   * line; a line without {@code =} is a name with an empty value; a later line wins).
   */
  public static Map<String, String> params(byte[] input) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String line : new String(input, StandardCharsets.UTF_8).split("\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int eq = line.indexOf('=');
      params.put(eq < 0 ? line : line.substring(0, eq), eq < 0 ? "" : line.substring(eq + 1));
    }
    return params;
  }

  /**
   * An HTTP request written as its message: a request line {@code METHOD TARGET}, header lines
   * {@code Name: value} up to an empty line, then the body bytes as they are.
   */
  public static HttpInput http(byte[] input) {
    int headEnd = indexOf(input, new byte[] {'\n', '\n'});
    byte[] head = headEnd < 0 ? input : Arrays.copyOfRange(input, 0, headEnd);
    byte[] body = headEnd < 0 ? new byte[0] : Arrays.copyOfRange(input, headEnd + 2, input.length);
    String[] lines = new String(head, StandardCharsets.UTF_8).split("\n", -1);
    String[] requestLine = lines[0].split(" ", 2);
    String method = requestLine[0].strip();
    String target = requestLine.length > 1 ? requestLine[1].strip() : "/";
    int q = target.indexOf('?');
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return new HttpInput(method.isEmpty() ? "GET" : method,
        q < 0 ? target : target.substring(0, q),
        q < 0 ? Optional.empty() : Optional.of(target.substring(q + 1)), headers, body);
  }

  /**
   * A compact JWS over exactly these header and payload bytes, with a valid RS256 signature of
   * {@code key}: whatever the bytes, signature verification passes, so the fuzzer reaches the
   * parsing of the header and of the claims behind it.
   */
  public static String signRaw(byte[] header, byte[] payload, com.nimbusds.jose.jwk.RSAKey key) {
    String signingInput = Base64URL.encode(header) + "." + Base64URL.encode(payload);
    try {
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key.toRSAPrivateKey());
      rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + Base64URL.encode(rsa.sign());
    } catch (GeneralSecurityException | com.nimbusds.jose.JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  static int indexOf(byte[] data, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= data.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** An HTTP request read by {@link #http(byte[])}. */
  public static final class HttpInput {
    private final String method;
    private final String path;
    private final Optional<String> query;
    private final Map<String, String> headers;
    private final byte[] body;

    HttpInput(String method, String path, Optional<String> query, Map<String, String> headers,
        byte[] body) {
      this.method = method;
      this.path = path;
      this.query = query;
      this.headers = Map.copyOf(headers);
      this.body = body.clone();
    }

    /** The method, as written. */
    public String method() {
      return method;
    }

    /** The path of the target. */
    public String path() {
      return path;
    }

    /** The raw query string, if the target has one. */
    public Optional<String> query() {
      return query;
    }

    /** The header's value (the first of that name), if present. */
    public Optional<String> header(String name) {
      return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The body bytes. */
    public byte[] body() {
      return body.clone();
    }
  }
}
