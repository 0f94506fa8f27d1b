package org.moocinterop.lti.jwks;

import org.moocinterop.api.MoocInteropException;

/** A key set could not be fetched (network, status, size limit) or parsed. */
public class JwksException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  /** @param message what failed, naming the URL */
  public JwksException(String message) {
    super(message);
  }

  /**
   * @param message what failed, naming the URL
   * @param cause the underlying failure
   */
  public JwksException(String message, Throwable cause) {
    super(message, cause);
  }
}
