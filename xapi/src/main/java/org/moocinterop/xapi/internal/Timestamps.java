package org.moocinterop.xapi.internal;

import static java.time.temporal.ChronoField.DAY_OF_MONTH;
import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.MONTH_OF_YEAR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.OFFSET_SECONDS;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;
import static java.time.temporal.ChronoField.YEAR;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.moocinterop.xapi.XapiVersion;

/**
 * Reads xAPI timestamps.
 *
 * <p>2.0.0 (IEEE 9274.1.1 4.2.7): RFC 3339 {@code date-time}: {@code YYYY-MM-DDThh:mm:ss[.f]} then
 * {@code Z} or {@code +hh:mm}. As RFC 3339 section 5.6 allows, {@code t}, {@code z} and a space in
 * place of {@code T} are read too. Offsets are converted to UTC.
 *
 * <p>1.0.3 (xAPI-Data 4.5): ISO 8601 in extended ({@code 2008-09-15T15:53:00.601+02:00}) or basic
 * ({@code 20080915T155300.601+0200}) format; seconds may be omitted; the offset may be {@code Z},
 * {@code ±hh:mm}, {@code ±hhmm} or {@code ±hh}, and when it is absent the time is read as UTC.
 *
 * <p>Both versions reject the offsets {@code -00:00}, {@code -0000} and {@code -00} (an unknown
 * local offset) and accept timestamps in the future. Fractions of up to nine digits are kept.
 */
public final class Timestamps {

  private static final DateTimeFormatter RFC3339 = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendValue(YEAR, 4).appendLiteral('-').appendValue(MONTH_OF_YEAR, 2)
      .appendLiteral('-').appendValue(DAY_OF_MONTH, 2)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
      .appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .appendOffset("+HH:MM", "Z")
      .toFormatter()
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ISO_EXTENDED = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendValue(YEAR, 4).appendLiteral('-').appendValue(MONTH_OF_YEAR, 2)
      .appendLiteral('-').appendValue(DAY_OF_MONTH, 2)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2).appendLiteral(':').appendValue(MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter()
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ISO_BASIC = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .appendValue(YEAR, 4).appendValue(MONTH_OF_YEAR, 2).appendValue(DAY_OF_MONTH, 2)
      .appendLiteral('T')
      .appendValue(HOUR_OF_DAY, 2).appendValue(MINUTE_OF_HOUR, 2)
      .optionalStart().appendValue(SECOND_OF_MINUTE, 2)
      .optionalStart().appendFraction(NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter()
      .withChronology(IsoChronology.INSTANCE)
      .withResolverStyle(ResolverStyle.STRICT);

  private Timestamps() {}

  /** Why a text is not a timestamp; {@link #VALID} when it is one. */
  public enum Problem {
    VALID,
    /** Not in the format of the version, or not a real date and time. */
    FORMAT,
    /** Uses {@code -00:00}, {@code -0000} or {@code -00}. */
    NEGATIVE_ZERO_OFFSET
  }

  /**
   * Reads a timestamp of {@code version} as an instant (UTC).
   *
   * @throws IllegalArgumentException if {@code text} is not a timestamp of {@code version}
   */
  public static Instant parse(String text, XapiVersion version) {
    Instant instant = parseOrNull(text, version);
    if (instant == null) {
      throw new IllegalArgumentException(
          "not an xAPI " + version + " timestamp: " + Texts.abbreviate(text));
    }
    return instant;
  }

  /** Reads a timestamp of {@code version}, or returns empty if it is not one. */
  public static Optional<Instant> tryParse(String text, XapiVersion version) {
    return Optional.ofNullable(parseOrNull(text, version));
  }

  /** Checks a timestamp of {@code version} without keeping its value. */
  public static Problem check(String text, XapiVersion version) {
    if (parseOrNull(text, version) != null) {
      return Problem.VALID;
    }
    return hasNegativeZeroOffset(text) && parseOrNull(positiveZero(text), version) != null
        ? Problem.NEGATIVE_ZERO_OFFSET
        : Problem.FORMAT;
  }

  private static @Nullable Instant parseOrNull(String text, XapiVersion version) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(version, "version");
    // the form nearly every client sends, valid in both versions; anything else takes the full path
    Instant fast = FastTimestamps.parse(text);
    return fast != null ? fast : parseWithFormatter(text, version);
  }

  /** The full {@code java.time} path, without the fast path (visible for tests). */
  static @Nullable Instant parseWithFormatter(String text, XapiVersion version) {
    if (text.length() < 11 || text.length() > 64 || hasNegativeZeroOffset(text)) {
      return null;
    }
    DateTimeFormatter formatter;
    String input = text;
    if (version == XapiVersion.V2_0_0) {
      formatter = RFC3339;
      if (text.charAt(10) == ' ') {
        input = text.substring(0, 10) + 'T' + text.substring(11);
      }
    } else {
      formatter = text.charAt(4) == '-' ? ISO_EXTENDED : ISO_BASIC;
    }
    try {
      TemporalAccessor parsed = formatter.parse(input);
      LocalDateTime local = LocalDateTime.from(parsed);
      ZoneOffset offset = parsed.isSupported(OFFSET_SECONDS)
          ? ZoneOffset.ofTotalSeconds(parsed.get(OFFSET_SECONDS))
          : ZoneOffset.UTC;
      return local.toInstant(offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean hasNegativeZeroOffset(String text) {
    return text.endsWith("-00") || text.endsWith("-0000") || text.endsWith("-00:00");
  }

  private static String positiveZero(String text) {
    int dash = text.lastIndexOf('-');
    return text.substring(0, dash) + '+' + text.substring(dash + 1);
  }
}
