package org.moocinterop.api.json;

import java.util.Objects;

/**
 * A JSON string.
 *
 * @param value the decoded text (no quotes, no escapes)
 */
public record JsonString(String value) implements JsonValue {

  public JsonString {
    Objects.requireNonNull(value, "value");
  }

  /** Returns the JSON string with this text. */
  public static JsonString of(String value) {
    return new JsonString(value);
  }
}
