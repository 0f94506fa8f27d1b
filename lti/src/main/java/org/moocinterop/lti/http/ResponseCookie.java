package org.moocinterop.lti.http;

import java.time.Duration;
import java.util.Objects;

/**
 * A cookie an LTI endpoint sets. LTI runs in third-party iframes, so every cookie is {@code
 * Secure; HttpOnly; SameSite=None}.
 *
 * @param name the cookie name (an RFC 6265 token)
 * @param value the value (RFC 6265 cookie-octets)
 * @param path the path the browser sends it to
 * @param maxAge its lifetime; zero deletes it
 */
public record ResponseCookie(String name, String value, String path, Duration maxAge) {

  public ResponseCookie {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(maxAge, "maxAge");
    if (name.isEmpty() || !name.chars().allMatch(ResponseCookie::isTokenChar)) {
      throw new IllegalArgumentException("invalid cookie name " + name);
    }
    if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';'
        && c != '\\')) {
      throw new IllegalArgumentException("invalid cookie value");
    }
    if (!path.startsWith("/") || path.contains(";")) {
      throw new IllegalArgumentException("invalid cookie path " + path);
    }
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative");
    }
  }

  /** The value of a {@code Set-Cookie} header. */
  public String toHeaderValue() {
    return name + "=" + value + "; Max-Age=" + maxAge.toSeconds() + "; Path=" + path
        + "; Secure; HttpOnly; SameSite=None";
  }

  private static boolean isTokenChar(int c) {
    return c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0;
  }
}
