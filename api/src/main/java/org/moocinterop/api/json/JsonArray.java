package org.moocinterop.api.json;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A JSON array. Equality respects element order.
 *
 * @param elements the elements, in order; an unmodifiable copy
 */
public record JsonArray(List<JsonValue> elements) implements JsonValue {

  public JsonArray {
    elements = List.copyOf(Objects.requireNonNull(elements, "elements"));
  }

  /** Returns an array of these elements (copied). */
  public static JsonArray of(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /** Returns an array of these elements. */
  public static JsonArray of(JsonValue... elements) {
    return new JsonArray(Arrays.asList(elements));
  }

  /** Returns the number of elements. */
  public int size() {
    return elements.size();
  }
}
