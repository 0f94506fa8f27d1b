package org.moocinterop.lti;

import java.util.Objects;
import org.moocinterop.api.MoocInteropException;

/**
 * An LTI 1.3 login initiation or launch was refused. Carries the {@link ReasonCode} of the first
 * rule the message broke and a message for logs that never contains a token, a key, a nonce or a
 * state value.
 */
public class LtiLaunchException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  private final ReasonCode reason;

  /**
   * @param reason the broken rule
   * @param message what was wrong, for a human; no secrets
   */
  public LtiLaunchException(ReasonCode reason, String message) {
    super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(message, "message"));
    this.reason = reason;
  }

  /**
   * @param reason the broken rule
   * @param message what was wrong, for a human; no secrets
   * @param cause the underlying failure (a parse error, an I/O error)
   */
  public LtiLaunchException(ReasonCode reason, String message, Throwable cause) {
    super(Objects.requireNonNull(reason, "reason") + ": " + Objects.requireNonNull(message, "message"), cause);
    this.reason = reason;
  }

  /** The rule the message broke. */
  public ReasonCode reason() {
    return reason;
  }
}
