package org.moocinterop.xapi.internal;

import java.util.HexFormat;
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
      if (!fits(text.charAt(i), i)) {
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
      if (!fits(c, i)) {
        return null;
      }
      if (c == '-') {
        continue;
      }
      int value = HexFormat.fromHexDigit(c);
      if (digits++ < 16) {
        msb = msb << 4 | value;
      } else {
        lsb = lsb << 4 | value;
      }
    }
    return new UUID(msb, lsb);
  }

  /** Whether {@code c} may stand at {@code index} of the form: a dash or an ASCII hex digit. */
  private static boolean fits(char c, int index) {
    return (index == 8 || index == 13 || index == 18 || index == 23) ? c == '-'
        : HexFormat.isHexDigit(c);
  }
}
