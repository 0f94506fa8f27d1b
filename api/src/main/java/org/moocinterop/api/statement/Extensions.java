package org.moocinterop.api.statement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonValue;

/**
 * xAPI extensions: IRIs mapped to any JSON value, in the order given. Equality ignores the order
 * (a JSON object's members are unordered).
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#41-extensions">xAPI
 *     Data 4.1 Extensions</a>
 */
public final class Extensions {

  private static final Extensions EMPTY = new Extensions(Map.of());

  private final Map<Iri, JsonValue> entries;

  private Extensions(Map<Iri, JsonValue> entries) {
    this.entries = entries;
  }

  /** Returns the extensions without entries. */
  public static Extensions empty() {
    return EMPTY;
  }

  /** Returns extensions with one entry. */
  public static Extensions of(Iri key, JsonValue value) {
    return of(Map.of(key, value));
  }

  /** Returns extensions of these entries in the iteration order of {@code entries} (copied). */
  public static Extensions of(Map<Iri, ? extends JsonValue> entries) {
    Objects.requireNonNull(entries, "entries");
    if (entries.size() == 1) {
      // One entry, a common case: no hash table.
      Map.Entry<Iri, ? extends JsonValue> e = entries.entrySet().iterator().next();
      return new Extensions(
          Collections.singletonMap(
              Objects.requireNonNull(e.getKey(), "extension key"),
              Objects.requireNonNull(e.getValue(), "extension value")));
    }
    Map<Iri, JsonValue> copy = new LinkedHashMap<>((entries.size() * 4 + 2) / 3 + 1);
    entries.forEach(
        (key, value) ->
            copy.put(
                Objects.requireNonNull(key, "extension key"),
                Objects.requireNonNull(value, "extension value")));
    return copy.isEmpty() ? EMPTY : new Extensions(Collections.unmodifiableMap(copy));
  }

  /** Returns a copy with this entry added, or replacing the entry of the same key. */
  public Extensions with(Iri key, JsonValue value) {
    Map<Iri, JsonValue> copy = new LinkedHashMap<>(entries);
    copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return new Extensions(Collections.unmodifiableMap(copy));
  }

  /** Returns the entries, unmodifiable, in their order. */
  public Map<Iri, JsonValue> asMap() {
    return entries;
  }

  /** Returns the value of this extension. */
  public Optional<JsonValue> get(Iri key) {
    return Optional.ofNullable(entries.get(key));
  }

  /** Whether there is no entry. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Extensions other && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "Extensions" + entries;
  }
}
