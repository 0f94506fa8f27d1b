package org.moocinterop.xapi.internal;

import java.util.Objects;

/**
 * Syntax of UUIDs in xAPI (xAPI-Data 4.4; IEEE 9274.1.1 4.2.7): the RFC 4122 string form,
 * 8-4-4-4-12 hexadecimal digits, in either case. Version and variant are not checked, as the ADL
 * conformance suite does not require them.
 */
public final class Uuids {
  private Uuids() {}

  /** Whether {@code text} is a UUID in the 8-4-4-4-12 string form. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (!isHex(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
