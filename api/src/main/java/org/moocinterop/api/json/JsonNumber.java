package org.moocinterop.api.json;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A JSON number that keeps its literal text exactly as written ({@code 1.10} stays {@code 1.10},
 * {@code 1e400} stays {@code 1e400}), so that a statement is stored and returned unchanged.
 *
 * <p>Equality compares the literal text: {@code 1.0} and {@code 1} are different values, as xAPI
 * Data 2.3.1 does not let differences of serialization be ignored. Use {@link
 * #numericallyEquals(JsonNumber)} to compare values.
 */
public final class JsonNumber implements JsonValue {

  private final String text;

  private JsonNumber(String text) {
    this.text = text;
  }

  /**
   * Returns the number written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a number in the RFC 8259 grammar
   */
  public static JsonNumber of(String text) {
    Objects.requireNonNull(text, "text");
    if (!isNumber(text)) {
      throw new IllegalArgumentException("not a JSON number (RFC 8259 section 6): '" + text + "'");
    }
    return new JsonNumber(text);
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, in one pass. */
  static boolean isNumber(String s) {
    int n = s.length();
    int i = 0;
    if (i < n && s.charAt(i) == '-') {
      i++;
    }
    if (i >= n) {
      return false;
    }
    if (s.charAt(i) == '0') {
      i++;
    } else {
      int start = i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && s.charAt(i) == '.') {
      int start = ++i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int start = i;
      i = digits(s, i);
      if (i == start) {
        return false;
      }
    }
    return i == n;
  }

  /** The index after the run of ASCII digits starting at {@code i}. */
  private static int digits(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** Returns the number written as {@link Long#toString(long)} does. */
  public static JsonNumber of(long value) {
    return new JsonNumber(Long.toString(value));
  }

  /** Returns the number written as {@link BigDecimal#toString()} does. */
  public static JsonNumber of(BigDecimal value) {
    return of(value.toString());
  }

  /**
   * Returns the number written as {@link Double#toString(double)} does.
   *
   * @throws IllegalArgumentException if the value is NaN or infinite (JSON has no such numbers)
   */
  public static JsonNumber of(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("JSON has no NaN or infinite numbers: " + value);
    }
    return of(Double.toString(value));
  }

  /** Returns the literal text, exactly as given. */
  public String text() {
    return text;
  }

  /**
   * Returns the exact value.
   *
   * @throws ArithmeticException if the exponent is beyond what {@link BigDecimal} represents
   *     (its scale is an {@code int})
   */
  public BigDecimal toBigDecimal() {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ArithmeticException("exponent out of range: " + text);
    }
  }

  /** Whether both numbers have the same value, whatever their text ({@code 1.0} and {@code 1e0}). */
  public boolean numericallyEquals(JsonNumber other) {
    if (text.equals(other.text)) {
      return true;
    }
    try {
      return toBigDecimal().compareTo(other.toBigDecimal()) == 0;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonNumber other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
