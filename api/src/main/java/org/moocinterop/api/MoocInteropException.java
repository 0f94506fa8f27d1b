package org.moocinterop.api;

/**
 * Root of every exception mooc-interop throws for a failure that is not a programming error.
 *
 * <p>Each area has its own subclass carrying what a caller needs to react: the violated rules of
 * an invalid document ({@link ValidationException}), the conflicting identifier of a store write
 * ({@link ConflictException}), and so on. Programming errors (a null argument, a builder used
 * twice) remain {@link IllegalArgumentException} and {@link IllegalStateException}.
 */
public abstract class MoocInteropException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  protected MoocInteropException(String message) {
    super(message);
  }

  protected MoocInteropException(String message, Throwable cause) {
    super(message, cause);
  }
}
