package org.moocinterop.impl.internal.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.StoreException;

/** Turns JDBC failures into the exceptions of the SPIs, with messages that carry no data. */
public final class SqlErrors {

  /** SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private SqlErrors() {}

  /** Whether {@code e}, or an exception chained to it, is a unique or primary key violation. */
  public static boolean isUniqueViolation(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@link StoreException} saying that {@code action} failed, with the SQLSTATE but not the
   * driver's message (which may quote values); the cause is kept for the application's log.
   */
  public static StoreException storeException(String action, SQLException e) {
    return new StoreException("could not " + action + describe(e), e);
  }

  /** {@code " (SQLSTATE x)"} for the first SQLException in the causes of {@code e}, else "". */
  public static String describe(Throwable e) {
    @Nullable Throwable cause = e;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return " (SQLSTATE " + sql.getSQLState() + ")";
      }
    }
    return "";
  }
}
