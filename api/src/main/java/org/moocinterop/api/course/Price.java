package org.moocinterop.api.course;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * What a learner pays to take a {@link CourseRun}: {@link #free()}, or an amount in a currency.
 */
public sealed interface Price permits Price.Free, Price.Paid {

  /** No charge. */
  static Price free() {
    return new Free();
  }

  /**
   * A price of {@code amount} in {@code currency}.
   *
   * @throws IllegalArgumentException if the amount is not above zero or has more decimal places
   *     than the currency uses
   */
  static Price of(BigDecimal amount, Currency currency) {
    return new Paid(amount, currency);
  }

  /**
   * A price of {@code amount} in the ISO 4217 currency {@code currencyCode} (such as {@code EUR}).
   *
   * @throws IllegalArgumentException if the code names no currency, or as {@link #of(BigDecimal,
   *     Currency)}
   */
  static Price of(String amount, String currencyCode) {
    return new Paid(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** Whether the run costs nothing. */
  default boolean isFree() {
    return this instanceof Free;
  }

  /** No charge; use {@link Price#free()}. */
  record Free() implements Price {}

  /**
   * A charge.
   *
   * @param amount above zero, with no more decimal places than the currency uses
   * @param currency the ISO 4217 currency
   */
  record Paid(BigDecimal amount, Currency currency) implements Price {

    /**
     * Creates the value, checking its rules.
     *
     * @throws IllegalArgumentException if a rule stated on the parameters is broken
     */
    public Paid {
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(currency, "currency");
      if (amount.signum() <= 0) {
        throw new IllegalArgumentException(
            "a price must be above zero (use Price.free() for none), not " + amount);
      }
      int digits = currency.getDefaultFractionDigits();
      if (digits >= 0 && amount.stripTrailingZeros().scale() > digits) {
        throw new IllegalArgumentException("a price in " + currency.getCurrencyCode()
            + " has at most " + digits + " decimal places, not " + amount.toPlainString());
      }
    }
  }
}
