package org.moocinterop.xapi.internal;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

  /**
   * The UUID written in {@code length} characters of {@code chars} from {@code offset}, or null if
   * they are not one in the form {@link #isValid} accepts. Equal to {@code UUID.fromString} of the
   * same text; for the codec's fast path, which reads from the parser's characters in one pass
   * instead of making a String, checking it and parsing it again.
   */
  public static @Nullable UUID parse(char[] chars, int offset, int length) {
    if (length != 36) {
      return null;
    }
    long msb = 0;
    long lsb = 0;
    int digits = 0;
    for (int i = 0; i < 36; i++) {
      char c = chars[offset + i];
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return null;
        }
        continue;
      }
      int value;
      if (c >= '0' && c <= '9') {
        value = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        value = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        value = c - 'A' + 10;
      } else {
        return null;
      }
      if (digits++ < 16) {
        msb = msb << 4 | value;
      } else {
        lsb = lsb << 4 | value;
      }
    }
    return new UUID(msb, lsb);
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
