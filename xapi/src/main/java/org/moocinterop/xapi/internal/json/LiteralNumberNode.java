package org.moocinterop.xapi.internal.json;

import java.math.BigDecimal;

/**
 * A JSON number read from a document, keeping its literal text ({@code 1.10}, {@code 1e400},
 * {@code -0}) beside its decimal value, so that extensions are written back exactly as they were
 * received (xAPI Data 2.4.6.3 asks an LRS not to alter extension values).
 */
final class LiteralNumberNode extends com.fasterxml.jackson.databind.node.DecimalNode {
  private static final long serialVersionUID = 1L;

  private final String text;

  LiteralNumberNode(String text, BigDecimal value) {
    super(value);
    this.text = text;
  }

  /** The number exactly as written in the document. */
  String text() {
    return text;
  }

  @Override
  public String asText() {
    return text;
  }
}
