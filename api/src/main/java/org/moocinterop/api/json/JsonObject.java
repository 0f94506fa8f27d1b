package org.moocinterop.api.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON object: member names mapped to values, in the order they were given. Equality ignores
 * member order (RFC 8259 section 4 leaves it without meaning).
 */
public final class JsonObject implements JsonValue {

  private static final JsonObject EMPTY = new JsonObject(Map.of());

  private final Map<String, JsonValue> members;

  private JsonObject(Map<String, JsonValue> members) {
    this.members = members;
  }

  /** Returns the object without members. */
  public static JsonObject empty() {
    return EMPTY;
  }

  /**
   * Returns an object of these members, in the iteration order of {@code members} (copied).
   *
   * @throws NullPointerException if a name or a value is null (use {@link JsonNull#INSTANCE})
   */
  public static JsonObject of(Map<String, ? extends JsonValue> members) {
    Objects.requireNonNull(members, "members");
    if (members.size() == 1) {
      // One member, a common case: no hash table.
      Map.Entry<String, ? extends JsonValue> e = members.entrySet().iterator().next();
      return new JsonObject(
          Collections.singletonMap(
              Objects.requireNonNull(e.getKey(), "member name"),
              Objects.requireNonNull(e.getValue(), "member value")));
    }
    Map<String, JsonValue> copy = new LinkedHashMap<>((members.size() * 4 + 2) / 3 + 1);
    members.forEach(
        (name, value) ->
            copy.put(
                Objects.requireNonNull(name, "member name"),
                Objects.requireNonNull(value, "member value")));
    return new JsonObject(Collections.unmodifiableMap(copy));
  }

  /** Returns the members, unmodifiable, in their order. */
  public Map<String, JsonValue> members() {
    return members;
  }

  /** Returns the value of the member with this name. */
  public Optional<JsonValue> get(String name) {
    return Optional.ofNullable(members.get(name));
  }

  /** Returns the number of members. */
  public int size() {
    return members.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonObject other && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "JsonObject" + members;
  }
}
