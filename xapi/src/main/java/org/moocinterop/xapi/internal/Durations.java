package org.moocinterop.xapi.internal;

import java.util.Objects;
import org.moocinterop.api.statement.XapiDuration;

/**
 * Syntax of ISO 8601:2004 durations in the format with designators (section 4.4.3.2), as xAPI
 * requires (xAPI-Data 4.6; IEEE 9274.1.1 4.2.7): {@code PnYnMnDTnHnMnS} with at least one
 * component, or {@code PnW} alone. Only the last component present may have a decimal fraction
 * (with {@code .} or {@code ,}). The alternative format ({@code P0003-01-29T...}) is rejected.
 */
public final class Durations {

  private static final String DATE_DESIGNATORS = "YMD";
  private static final String TIME_DESIGNATORS = "HMS";

  private Durations() {}

  /** Whether {@code text} is an ISO 8601 duration xAPI accepts. */
  public static boolean isValid(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    if (n < 3 || text.charAt(0) != 'P') {
      return false;
    }
    int i = 1;
    boolean inTime = false;
    int nextDesignator = 0;
    boolean any = false;
    boolean fractionSeen = false;
    boolean weeks = false;
    while (i < n) {
      char c = text.charAt(i);
      if (c == 'T') {
        if (inTime || weeks || i == n - 1) {
          return false;
        }
        inTime = true;
        nextDesignator = 0;
        i++;
        continue;
      }
      if (fractionSeen) {
        return false; // a fraction is allowed on the last component only
      }
      int start = i;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == start || i == n) {
        return false;
      }
      if (text.charAt(i) == '.' || text.charAt(i) == ',') {
        int fractionStart = ++i;
        while (i < n && isDigit(text.charAt(i))) {
          i++;
        }
        if (i == fractionStart || i == n || !inTime || text.charAt(i) != 'S') {
          return false;
        }
        fractionSeen = true;
      }
      char designator = text.charAt(i++);
      if (designator == 'W') {
        if (any || inTime) {
          return false;
        }
        weeks = true;
        any = true;
        continue;
      }
      if (weeks) {
        return false;
      }
      String designators = inTime ? TIME_DESIGNATORS : DATE_DESIGNATORS;
      int position = designators.indexOf(designator, nextDesignator);
      if (position < 0) {
        return false;
      }
      nextDesignator = position + 1;
      any = true;
    }
    return any && (!inTime || text.charAt(n - 1) != 'T') && inRange(text);
  }

  private static boolean inRange(String text) {
    try {
      XapiDuration.parse(text);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
