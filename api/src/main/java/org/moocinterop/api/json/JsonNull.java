package org.moocinterop.api.json;

/** JSON {@code null}. It has one instance. */
public enum JsonNull implements JsonValue {
  /** The JSON {@code null} value. */
  INSTANCE;

  @Override
  public String toString() {
    return "null";
  }
}
