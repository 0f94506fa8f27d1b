package org.moocinterop.impl.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binds and reads instants as {@code TIMESTAMP WITH TIME ZONE}, to the microsecond (PostgreSQL's
 * precision; H2 columns hold more, so both vendors return the same instant).
 */
public final class Timestamps {

  private Timestamps() {}

  /** {@code instant} as stored: cut to the microsecond. */
  public static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * A parameter the database turns into a {@code TIMESTAMP WITH TIME ZONE} from the text of
   * {@link #text(Instant)}. Rows written in bulk share a few instants: formatting each once
   * and letting the database read the text (as it reads a driver's own text form) saves the
   * driver's conversion on every row.
   */
  public static final String TEXT_PARAMETER = "CAST(? AS TIMESTAMP WITH TIME ZONE)";

  /** {@code instant}, cut to the microsecond, as ISO 8601 text in UTC, for {@link #TEXT_PARAMETER}. */
  public static String text(Instant instant) {
    return stored(instant).toString();
  }

  /** Binds {@code instant} (cut to the microsecond) to parameter {@code index}. */
  public static void bind(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC));
  }

  /** Reads column {@code column}, which must not be null. */
  public static Instant read(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    if (value == null) {
      throw new SQLException("column " + column + " is null", "22004");
    }
    return value.toInstant();
  }
}
