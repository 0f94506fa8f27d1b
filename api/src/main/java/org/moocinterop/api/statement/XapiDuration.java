package org.moocinterop.api.statement;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 duration as xAPI allows it in {@code result.duration}: {@code PnYnMnDTnHnMnS} (any
 * part may be left out, only seconds may have a fraction) or {@code PnW}.
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
              + "(?:T(?<time>(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?))?)");

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
   * @throws IllegalArgumentException if the text is not {@code PnYnMnDTnHnMnS} or {@code PnW}, has
   *     no component, has an empty time part ({@code P1DT}), or a number too large for {@code
   *     java.time}
   */
  public static XapiDuration parse(String text) {
    Objects.requireNonNull(text, "text");
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
      Duration duration = time == null ? Duration.ZERO : Duration.parse("PT" + time);
      return new XapiDuration(text, period, duration);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new IllegalArgumentException("duration out of range (xAPI Data 4.6): '" + text + "'", e);
    }
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
