package org.moocinterop.xapi.internal.json;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the timestamp form nearly every client sends, {@code YYYY-MM-DDTHH:MM:SS},
 * an optional fraction of up to nine digits, then {@code Z} or {@code ±HH:MM} (valid in 2.0.0 and
 * 1.0.3 alike). Anything else, including {@code -00:00}, returns null so that the caller falls back
 * to the full parser of the version.
 */
final class FastTimestamps {

  private FastTimestamps() {}

  static @Nullable Instant parse(String s) {
    int n = s.length();
    if (n < 20 || n > 35 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
        || s.charAt(13) != ':' || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null;
    }
    int i = 19;
    int nanos = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      int count = i - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(s, start, count);
      for (int k = count; k < 9; k++) {
        nanos *= 10;
      }
    }
    int offsetSeconds;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offsetSeconds = 0;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int oh = digits(s, i + 1, 2);
      int om = digits(s, i + 4, 2);
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > 18 * 60 || (oh == 0 && om == 0 && s.charAt(i) == '-')) {
        return null;
      }
      offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
    } else {
      return null;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Writes an instant as {@link Instant#toString()} does (UTC, {@code Z}, the fraction in groups of
   * three digits, as many as needed) for years 0 to 9999; other years use {@code toString()}.
   */
  static String format(Instant instant) {
    long seconds = instant.getEpochSecond();
    long epochDay = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) Math.floorMod(seconds, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(epochDay);
    int year = date.getYear();
    if (year < 0 || year > 9999) {
      return instant.toString();
    }
    char[] out = new char[30];
    put(out, 0, year, 4);
    out[4] = '-';
    put(out, 5, date.getMonthValue(), 2);
    out[7] = '-';
    put(out, 8, date.getDayOfMonth(), 2);
    out[10] = 'T';
    put(out, 11, secondOfDay / 3600, 2);
    out[13] = ':';
    put(out, 14, secondOfDay / 60 % 60, 2);
    out[16] = ':';
    put(out, 17, secondOfDay % 60, 2);
    int end = 19;
    int nanos = instant.getNano();
    if (nanos != 0) {
      out[end++] = '.';
      if (nanos % 1_000_000 == 0) {
        put(out, end, nanos / 1_000_000, 3);
        end += 3;
      } else if (nanos % 1000 == 0) {
        put(out, end, nanos / 1000, 6);
        end += 6;
      } else {
        put(out, end, nanos, 9);
        end += 9;
      }
    }
    out[end++] = 'Z';
    return new String(out, 0, end);
  }

  private static void put(char[] out, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      out[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  /** The value of {@code count} decimal digits at {@code start}, or -1. */
  private static int digits(String s, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
