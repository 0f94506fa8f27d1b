package org.moocinterop.xapi.internal;

import java.util.Objects;

/**
 * Best-effort IRI syntax (xAPI-Data 4.3 and 2.2; IEEE 9274.1.1 4.2.7), as the specification allows:
 * an absolute IRI starts with a scheme ({@code ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ) ":"}),
 * has something after the colon, and contains no character that RFC 3987 never allows (spaces,
 * controls, {@code < > " { } | \ ^ `}), nor a Unicode space or line separator (which {@link
 * org.moocinterop.api.Iri} refuses as well, so that every IRI accepted here maps to the model).
 */
public final class Iris {
  private Iris() {}

  /** Whether {@code text} is an absolute IRI (or IRL). */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n < 3 || !isAlpha(text.charAt(0))) {
      return false;
    }
    int colon = -1;
    for (int i = 1; i < n; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (!(isAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    if (colon < 0 || colon == n - 1) {
      return false;
    }
    for (int i = colon + 1; i < n; i++) {
      char c = text.charAt(i);
      if (c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
        return false;
      }
      if (c > 0x9f && Character.isWhitespace(c)) {
        return false; // Unicode spaces and line separators, which the model's Iri refuses too
      }
      switch (c) {
        case '<', '>', '"', '{', '}', '|', '\\', '^', '`' -> {
          return false;
        }
        default -> {
          // allowed
        }
      }
    }
    return true;
  }

  private static boolean isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
