package org.moocinterop.xapi.lrs;

import java.util.Objects;
import org.moocinterop.api.MoocInteropException;

/**
 * A request the LRS refuses, with the HTTP status to answer and the rule it broke. Resources
 * (the statements resource among them) throw it; {@link XapiLrs} turns it into a JSON error body
 * {@code {"error": {"status", "rule", "section", "message"}}}.
 */
public class LrsException extends MoocInteropException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String rule;
  private final String section;

  /**
   * @param status the HTTP status, 4xx for the caller's mistakes
   * @param rule a stable identifier of the broken rule, such as {@code XAPI-COMM-3.3.version-header}
   * @param section the specification section stating it, such as {@code xAPI-Communication 3.3}
   * @param message a sentence for a human
   */
  public LrsException(int status, String rule, String section, String message) {
    super(message);
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an LrsException carries a 4xx or 5xx status, not " + status);
    }
    this.status = status;
    this.rule = Objects.requireNonNull(rule, "rule");
    this.section = Objects.requireNonNull(section, "section");
  }

  public int status() {
    return status;
  }

  public String rule() {
    return rule;
  }

  public String section() {
    return section;
  }
}
