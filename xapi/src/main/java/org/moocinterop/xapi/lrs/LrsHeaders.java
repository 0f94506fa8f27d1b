package org.moocinterop.xapi.lrs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP header fields: names compare case-insensitively, each name may carry several values,
 * insertion order of values is kept. Immutable; {@link #with} returns a copy.
 */
public final class LrsHeaders {

  private static final LrsHeaders EMPTY = new LrsHeaders(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));

  private final Map<String, List<String>> fields;

  private LrsHeaders(Map<String, List<String>> fields) {
    this.fields = fields;
  }

  /** No header fields. */
  public static LrsHeaders empty() {
    return EMPTY;
  }

  /** Header fields copied from {@code fields} (names of any case). */
  public static LrsHeaders of(Map<String, ? extends List<String>> fields) {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    fields.forEach((name, values) -> {
      Objects.requireNonNull(name, "name");
      copy.computeIfAbsent(name, n -> new ArrayList<>()).addAll(List.copyOf(values));
    });
    copy.replaceAll((name, values) -> List.copyOf(values));
    return new LrsHeaders(copy);
  }

  /** A copy with {@code value} added to the values of {@code name}. */
  public LrsHeaders with(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, List<String>> copy = copy();
    List<String> values = new ArrayList<>(copy.getOrDefault(name, List.of()));
    values.add(value);
    copy.put(name, List.copyOf(values));
    return new LrsHeaders(copy);
  }

  /** A copy in which {@code name} has exactly one value, {@code value}. */
  public LrsHeaders replacing(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Map<String, List<String>> copy = copy();
    copy.put(name, List.of(value));
    return new LrsHeaders(copy);
  }

  /** A copy without {@code name}. */
  public LrsHeaders without(String name) {
    Map<String, List<String>> copy = copy();
    copy.remove(name);
    return new LrsHeaders(copy);
  }

  // new TreeMap<>(fields) would pick the Map constructor and lose the case-insensitive order.
  private Map<String, List<String>> copy() {
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    copy.putAll(fields);
    return copy;
  }

  /** The first value of {@code name}, if present. */
  public Optional<String> first(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Every value of {@code name}, possibly none. */
  public List<String> all(String name) {
    return fields.getOrDefault(name, List.of());
  }

  /** Whether {@code name} is present. */
  public boolean contains(String name) {
    return fields.containsKey(name);
  }

  /** Every field, names in case-insensitive order. */
  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(fields);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("LrsHeaders[");
    fields.forEach((name, values) -> text.append(name).append('=')
        .append(name.toLowerCase(Locale.ROOT).equals("authorization") ? "(hidden)" : values).append(' '));
    return text.append(']').toString();
  }
}
