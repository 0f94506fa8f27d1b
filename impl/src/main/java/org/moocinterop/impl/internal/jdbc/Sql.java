package org.moocinterop.impl.internal.jdbc;

import java.util.Collections;
import java.util.List;
import org.moocinterop.impl.jdbc.JdbcDatabase;

/** SQL that differs between H2 and PostgreSQL. */
public final class Sql {

  private Sql() {}

  /**
   * An insert of one row that does nothing when a row with the same key exists. On H2 the
   * statement takes the key values again after the row's values (a concurrent insert of the same
   * key then fails with a unique violation, which callers retry); on PostgreSQL it does not.
   */
  public static String insertIfAbsent(
      JdbcDatabase.Vendor vendor, String table, List<String> columns, List<String> keyColumns) {
    String names = String.join(", ", columns);
    String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
    return switch (vendor) {
      case POSTGRESQL -> "INSERT INTO " + table + " (" + names + ") VALUES (" + marks
          + ") ON CONFLICT DO NOTHING";
      case H2 -> "INSERT INTO " + table + " (" + names + ") SELECT " + marks
          + " FROM (VALUES (0)) WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE "
          + String.join(" AND ", keyColumns.stream().map(c -> c + " = ?").toList()) + ")";
    };
  }

  /** Whether {@link #insertIfAbsent} binds the key values a second time. */
  public static boolean bindsKeysTwice(JdbcDatabase.Vendor vendor) {
    return vendor == JdbcDatabase.Vendor.H2;
  }

  /** A query returning {@code count} new values of {@code sequence}, one per row. */
  public static String nextValues(JdbcDatabase.Vendor vendor, String sequence) {
    return switch (vendor) {
      case POSTGRESQL -> "SELECT nextval('" + sequence + "') FROM generate_series(1, ?)";
      case H2 -> "SELECT NEXT VALUE FOR " + sequence + " FROM SYSTEM_RANGE(1, ?)";
    };
  }

  /** An expression that takes the next value of {@code sequence}. */
  public static String nextValue(JdbcDatabase.Vendor vendor, String sequence) {
    return switch (vendor) {
      case POSTGRESQL -> "nextval('" + sequence + "')";
      case H2 -> "NEXT VALUE FOR " + sequence;
    };
  }
}
