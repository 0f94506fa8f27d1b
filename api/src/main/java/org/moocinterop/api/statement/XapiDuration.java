package org.moocinterop.api.statement;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ISO 8601 duration as xAPI allows it in {@code result.duration}: {@code PnYnMnDTnHnMnS} (any
 * part may be left out, only seconds may have a fraction) or {@code PnW}. The decimal sign of the
 * seconds may be a full stop or a comma (ISO 8601:2004 4.4.3.2 and 3.2.6 allow both), so {@code
 * PT0,5S} is read as half a second and kept as written. This is exactly the form the xAPI
 * validator accepts.
 *
 * <p>The text is kept exactly as given and is what a codec writes back. It is read with {@code
 * java.time}: the date part as a {@link Period} (weeks become 7 days), the time part as a {@link
 * Duration}.
 *
 * <p><b>Equality</b> follows xAPI 2.0.0 (and 1.0.3 Data 4.6): precision beyond 0.01 s is not
 * compared. It is <em>truncated</em> (never rounded), as the LRS conformance suite requires:
 * {@code PT0.1237S} equals {@code PT0.12S} but not {@code PT0.13S}. Two durations are equal when
 * their date parts are equal {@link Period}s (years, months and days compared field by field, so
 * {@code P1Y} is not {@code P12M} and {@code P1D} is not {@code PT24H}: xAPI Data 2.3.1 forbids
 * converting between units of variable length) and their time parts, truncated to centiseconds,
 * are equal {@link Duration}s (so {@code PT60S} equals {@code PT1M}).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#46-iso-8601-durations">
 *     xAPI Data 4.6 ISO 8601 Durations</a>
 */
public final class XapiDuration {

  private static final Pattern SHAPE =
      Pattern.compile(
          "P(?:(?<weeks>[0-9]+W)|(?<date>(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+D)?)"
              + "(?:T(?<time>(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:[.,][0-9]+)?S)?))?)");

  private final String text;
  private final Period datePart;
  private final Duration timePart;

  private XapiDuration(String text, Period datePart, Duration timePart) {
    this.text = text;
    this.datePart = datePart;
    this.timePart = timePart;
  }

  /**
   * Reads an xAPI duration.
   *
   * <p>A fraction of seconds may have any number of digits; those beyond nanoseconds are dropped
   * from the value (not from the text).
   *
   * @throws IllegalArgumentException if the text is not {@code PnYnMnDTnHnMnS} or {@code PnW}, has
   *     no component, has an empty time part ({@code P1DT}), or a number too large for {@code
   *     java.time}
   */
  public static XapiDuration parse(String text) {
    Objects.requireNonNull(text, "text");
    XapiDuration common = parseCommon(text);
    return common != null ? common : parseWithPattern(text);
  }

  /**
   * One pass over the usual durations: every number of at most 8 digits (a fraction of seconds
   * may be longer), so that nothing can overflow. Returns null for anything else (invalid or not), which {@link
   * #parseWithPattern} then decides, so the result is the same either way.
   */
  static @Nullable XapiDuration parseCommon(String text) {
    int n = text.length();
    if (n < 3 || text.charAt(0) != 'P' || text.charAt(n - 1) == 'T') {
      return null;
    }
    int years = 0;
    int months = 0;
    int days = 0;
    long seconds = 0;
    int nanos = 0;
    int stage = 0; // the last part read: 1 Y, 2 M, 3 D, 4 T, 5 H, 6 M, 7 S, 8 W
    int i = 1;
    while (i < n) {
      char c = text.charAt(i);
      if (c == 'T') {
        if (stage >= 4) {
          return null;
        }
        stage = 4;
        i++;
        continue;
      }
      int start = i;
      int value = 0;
      while (i < n && (c = text.charAt(i)) >= '0' && c <= '9') {
        if (i - start == 8) {
          return null;
        }
        value = value * 10 + (c - '0');
        i++;
      }
      if (i == start || i == n) {
        return null;
      }
      if (c == '.' || c == ',') {
        int fractionStart = ++i;
        int fraction = 0;
        while (i < n && (c = text.charAt(i)) >= '0' && c <= '9') {
          if (i - fractionStart < 9) {
            fraction = fraction * 10 + (c - '0'); // digits beyond nanoseconds are dropped
          }
          i++;
        }
        if (i == fractionStart || c != 'S' || stage >= 7 || stage < 4) {
          return null;
        }
        for (int k = i - fractionStart; k < 9; k++) {
          fraction *= 10;
        }
        nanos = fraction;
      }
      int next;
      switch (c) {
        case 'Y' -> next = stage < 4 ? 1 : -1;
        case 'M' -> next = stage < 4 ? 2 : 6;
        case 'D' -> next = stage < 4 ? 3 : -1;
        case 'H' -> next = stage >= 4 ? 5 : -1;
        case 'S' -> next = stage >= 4 ? 7 : -1;
        case 'W' -> next = stage == 0 && i == n - 1 ? 8 : -1;
        default -> next = -1;
      }
      if (next <= stage) {
        return null;
      }
      switch (next) {
        case 1 -> years = value;
        case 2 -> months = value;
        case 3 -> days = value;
        case 5 -> seconds += value * 3600L;
        case 6 -> seconds += value * 60L;
        case 7 -> seconds += value;
        default -> days = value * 7; // 8: weeks
      }
      stage = next;
      i++;
    }
    return new XapiDuration(text, Period.of(years, months, days), Duration.ofSeconds(seconds, nanos));
  }

  static XapiDuration parseWithPattern(String text) {
    Matcher m = SHAPE.matcher(text);
    if (!m.matches() || text.equals("P") || text.endsWith("T")) {
      throw new IllegalArgumentException(
          "not an ISO 8601 duration of the form PnYnMnDTnHnMnS or PnW (xAPI Data 4.6): '"
              + text
              + "'");
    }
    try {
      String weeks = m.group("weeks");
      String date = m.group("date");
      String time = m.group("time");
      Period period;
      if (weeks != null) {
        period = Period.parse("P" + weeks);
      } else if (date != null && !date.isEmpty()) {
        period = Period.parse("P" + date);
      } else {
        period = Period.ZERO;
      }
      Duration duration = time == null ? Duration.ZERO : Duration.parse("PT" + nanoPrecision(time));
      return new XapiDuration(text, period, duration);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("duration out of range (xAPI Data 4.6): '" + text + "'", e);
    }
  }

  /**
   * The time part with a fraction of seconds cut to nine digits ({@link Duration#parse} reads no
   * more): xAPI-Data 4.6 says an LRS should not reject precision beyond 0.01 s.
   */
  private static String nanoPrecision(String time) {
    int sign = Math.max(time.indexOf('.'), time.indexOf(','));
    int end = time.length() - 1; // the 'S'
    return sign < 0 || end - sign - 1 <= 9 ? time : time.substring(0, sign + 10) + 'S';
  }

  /**
   * Returns the duration with the text {@link Duration#toString()} gives (for example {@code
   * PT1H30M0.5S}).
   *
   * @throws IllegalArgumentException if the duration is negative
   */
  public static XapiDuration of(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("an xAPI duration cannot be negative: " + duration);
    }
    return parse(duration.toString());
  }

  /** Returns the text exactly as given. */
  public String text() {
    return text;
  }

  /** Returns the date part (years, months, days; {@code PnW} gives 7n days); zero if absent. */
  public Period datePart() {
    return datePart;
  }

  /** Returns the time part (hours, minutes, seconds), at full precision; zero if absent. */
  public Duration timePart() {
    return timePart;
  }

  /** Returns the time part with the digits beyond 0.01 s dropped (truncated, not rounded). */
  public Duration timePartToCentiseconds() {
    // The time part is never negative, so dropping nanoseconds truncates towards zero.
    return Duration.ofSeconds(timePart.getSeconds(), timePart.getNano() / 10_000_000 * 10_000_000L);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof XapiDuration other
        && datePart.equals(other.datePart)
        && timePartToCentiseconds().equals(other.timePartToCentiseconds());
  }

  @Override
  public int hashCode() {
    return 31 * datePart.hashCode() + timePartToCentiseconds().hashCode();
  }

  /** Returns the text exactly as given. */
  @Override
  public String toString() {
    return text;
  }
}
