package org.moocinterop.api;

import java.util.Objects;

/**
 * One broken rule of a specification, found at one place of a document.
 *
 * @param rule a stable identifier of the rule, such as {@code XAPI-DATA-2.4.2.a} or
 *     {@code LTI-CORE-5.3.3}; tests and clients may match on it
 * @param section the specification section that states the rule, such as
 *     {@code xAPI-Data 2.4.2}
 * @param pointer an RFC 6901 JSON pointer (or, for non-JSON documents, a path) to the offending
 *     value; the empty string points at the whole document
 * @param message a sentence a human understands
 */
public record Violation(String rule, String section, String pointer, String message) {

  public Violation {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
  }

  /** Creates a violation. */
  public static Violation of(String rule, String section, String pointer, String message) {
    return new Violation(rule, section, pointer, message);
  }

  @Override
  public String toString() {
    return rule + " at '" + pointer + "': " + message + " (" + section + ")";
  }
}
