package org.moocinterop.lti.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;

/**
 * Typed reads of a JSON object as nimbus parses it (Map, List, String, Boolean, Long, Double).
 * A wrong type is an {@link ReasonCode#INVALID_CLAIM}; absence is an empty Optional.
 */
public final class Json {

  private final Map<String, Object> object;
  private final String path;

  private Json(Map<String, Object> object, String path) {
    this.object = object;
    this.path = path;
  }

  /** A reader of {@code object}, named {@code path} in error messages. */
  public static Json of(Map<String, Object> object, String path) {
    return new Json(object, path);
  }

  /** Whether {@code key} is present with a non-null value. */
  public boolean has(String key) {
    return object.get(key) != null;
  }

  /** The string at {@code key}; empty if absent, null or blank. */
  public Optional<String> string(String key) {
    Object value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof String text)) {
      throw invalid(key, "a string");
    }
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** The absolute URI at {@code key}; empty if absent. */
  public Optional<URI> uri(String key) {
    Optional<String> text = string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text.get());
      if (!uri.isAbsolute()) {
        throw invalid(key, "an absolute URI");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw invalid(key, "a URI");
    }
  }

  /** The boolean at {@code key}; empty if absent. */
  public Optional<Boolean> bool(String key) {
    Object value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Boolean b)) {
      throw invalid(key, "a boolean");
    }
    return Optional.of(b);
  }

  /** The integer at {@code key}; empty if absent. */
  public OptionalInt integer(String key) {
    Object value = object.get(key);
    if (value == null) {
      return OptionalInt.empty();
    }
    if (value instanceof Number number) {
      double d = number.doubleValue();
      if (d == Math.rint(d) && d >= Integer.MIN_VALUE && d <= Integer.MAX_VALUE) {
        return OptionalInt.of((int) d);
      }
    }
    throw invalid(key, "an integer");
  }

  /** The strings of the array at {@code key}; empty if absent. */
  public Optional<List<String>> strings(String key) {
    Object value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof List<?> list)) {
      throw invalid(key, "an array of strings");
    }
    List<String> result = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw invalid(key, "an array of strings");
      }
      result.add(text);
    }
    return Optional.of(List.copyOf(result));
  }

  /** A reader of the object at {@code key}; empty if absent. */
  public Optional<Json> object(String key) {
    Object value = object.get(key);
    if (value == null) {
      return Optional.empty();
    }
    if (!(value instanceof Map)) {
      throw invalid(key, "a JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) value;
    return Optional.of(new Json(map, name(key)));
  }

  /** The raw value at {@code key}, or null. */
  public @Nullable Object raw(String key) {
    return object.get(key);
  }

  /** The entries of this object. */
  public Map<String, Object> entries() {
    return object;
  }

  /** The name of {@code key} within this object, for messages. */
  public String name(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** An INVALID_CLAIM exception for {@code key}. */
  public LtiLaunchException invalid(String key, String expected) {
    return new LtiLaunchException(ReasonCode.INVALID_CLAIM, name(key) + " must be " + expected);
  }

  /** A MISSING_CLAIM exception for {@code key}. */
  public LtiLaunchException missing(String key) {
    return new LtiLaunchException(ReasonCode.MISSING_CLAIM, name(key) + " is required");
  }
}
