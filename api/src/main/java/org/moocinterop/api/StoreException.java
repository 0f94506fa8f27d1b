package org.moocinterop.api;

/**
 * A store could not do what was asked for a reason outside the caller's control: the database is
 * unreachable, a transaction was rolled back. Nothing was written when this is thrown from a
 * write.
 */
public class StoreException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
