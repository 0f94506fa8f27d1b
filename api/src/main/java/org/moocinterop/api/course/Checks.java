package org.moocinterop.api.course;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Argument checks shared by the types of this package; each throws a message naming the rule. */
final class Checks {

  static final int MAX_ID_LENGTH = 255;

  private Checks() {}

  /** An identifier: 1 to 255 characters, none of them whitespace or control characters. */
  static String requireId(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty() || value.length() > MAX_ID_LENGTH
        || value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_ID_LENGTH
          + " characters without whitespace or control characters, not '" + value + "'");
    }
    return value;
  }

  /** A human-readable text that is not blank. */
  static String requireText(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** An absolute http or https URL with a host. */
  static URI requireWebUrl(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          what + " must be an absolute http or https URL with a host, not '" + uri + "'");
    }
    return uri;
  }

  /**
   * A path inside a package (a cartridge or a zip): relative, with '/' separators, and no empty,
   * '.' or '..' segment, so that it can never point outside the package.
   */
  static String requireRelativePath(String path, String what) {
    Objects.requireNonNull(path, what);
    boolean bad = path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0
        || path.indexOf(':') >= 0 || path.chars().anyMatch(Character::isISOControl);
    if (!bad) {
      for (String segment : path.split("/", -1)) {
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          bad = true;
          break;
        }
      }
    }
    if (bad) {
      throw new IllegalArgumentException(what + " must be a relative path with '/' separators and"
          + " no empty, '.' or '..' segment, not '" + path + "'");
    }
    return path;
  }

  /** An unmodifiable copy of {@code values}, refusing duplicates. */
  static <T> List<T> distinctCopy(List<T> values, String what) {
    List<T> copy = List.copyOf(Objects.requireNonNull(values, what));
    Set<T> seen = new HashSet<>();
    for (T value : copy) {
      if (!seen.add(value)) {
        throw new IllegalArgumentException(what + " must not repeat '" + value + "'");
      }
    }
    return copy;
  }
}
