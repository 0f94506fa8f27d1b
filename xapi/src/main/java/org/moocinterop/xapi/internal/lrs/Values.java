package org.moocinterop.xapi.internal.lrs;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parsers of the simple typed parameters: IRIs, UUIDs, timestamps. */
public final class Values {

  private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`]+$");
  private static final Pattern UUID_TEXT = Pattern.compile(
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  private Values() {}

  /** Whether {@code text} is an absolute IRI (a scheme, a colon, no spaces or forbidden characters). */
  public static boolean isIri(String text) {
    return IRI.matcher(text).matches();
  }

  /** {@code text} as an IRI parameter named {@code name}; 400 otherwise. */
  public static String iri(String name, String text) {
    if (!isIri(text)) {
      throw Rules.badData(Rules.IRI_PARAMETER, "4.2 IRIs",
          "parameter '" + name + "' must be an absolute IRI, got '" + abbreviate(text) + "'");
    }
    return text;
  }

  /** {@code text} as a UUID parameter named {@code name}; 400 otherwise. */
  public static UUID uuid(String name, String text) {
    if (!UUID_TEXT.matcher(text).matches()) {
      throw Rules.badData(Rules.UUID_PARAMETER, "4.5 UUIDs",
          "parameter '" + name + "' must be a UUID, got '" + abbreviate(text) + "'");
    }
    return UUID.fromString(text.toLowerCase(Locale.ROOT));
  }

  /** {@code text} as an ISO 8601 timestamp with an offset, named {@code name}; 400 otherwise. */
  public static Instant timestamp(String name, String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      throw Rules.badData(Rules.TIMESTAMP_PARAMETER, "4.5 ISO 8601 Timestamps",
          "parameter '" + name + "' must be an ISO 8601 timestamp with a time zone, got '"
              + abbreviate(text) + "'");
    }
  }

  static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
