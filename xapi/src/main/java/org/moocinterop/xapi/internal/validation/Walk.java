package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Iris;
import org.moocinterop.xapi.internal.LanguageTags;
import org.moocinterop.xapi.internal.Texts;
import org.moocinterop.xapi.internal.Uuids;
import org.moocinterop.xapi.validation.XapiRule;

/**
 * One walk over one document: where the walk is (a stack of keys and indexes, turned into a JSON
 * pointer only when a violation is found) and the violations found so far. Not thread-safe; one
 * per validation call.
 */
final class Walk {
  private static final int MAX_DEPTH = 48;

  final XapiVersion version;
  private final Object[] segments = new Object[MAX_DEPTH];
  private int depth;
  private List<Violation> violations = List.of();

  Walk(XapiVersion version) {
    this.version = version;
  }

  List<Violation> violations() {
    return violations;
  }

  void reset() {
    depth = 0;
    violations = List.of();
  }

  /**
   * Enters property {@code key}. The statement grammar is bounded (sub-statements and groups do
   * not nest, extension values are not walked), so the stack never overflows.
   */
  void push(String key) {
    segments[depth++] = key;
  }

  void push(int index) {
    segments[depth++] = index;
  }

  void pop() {
    depth--;
  }

  /** Records a violation at the current position. */
  void report(XapiRule rule, String message) {
    add(rule, pointer(null), message);
  }

  /** Records a violation at property {@code key} of the current object. */
  void report(XapiRule rule, String key, String message) {
    add(rule, pointer(key), message);
  }

  private void add(XapiRule rule, String pointer, String message) {
    if (violations.isEmpty()) {
      violations = new ArrayList<>(4);
    }
    violations.add(Violation.of(rule.id(), rule.section(version), pointer, message));
  }

  private String pointer(@org.jspecify.annotations.Nullable String leaf) {
    JsonPointer pointer = JsonPointer.empty();
    for (int i = 0; i < depth; i++) {
      Object segment = segments[i];
      pointer = segment instanceof Integer index
          ? pointer.appendIndex(index)
          : pointer.appendProperty((String) segment);
    }
    if (leaf != null) {
      pointer = pointer.appendProperty(leaf);
    }
    return pointer.toString();
  }

  // ---- checks of single values, reporting at property `key` of the current object ----

  /** Reports an unknown key, or one that differs only in case from a known one. */
  void unknown(String key, Set<String> known) {
    for (String candidate : known) {
      if (candidate.equalsIgnoreCase(key)) {
        report(XapiRule.PROPERTY_CASE, key,
            "property " + Texts.abbreviate(key) + " must be written \"" + candidate + "\"");
        return;
      }
    }
    report(XapiRule.PROPERTY_UNKNOWN, key,
        "property " + Texts.abbreviate(key) + " is not allowed here");
  }

  /** Whether {@code value} is not JSON null; reports it otherwise. */
  boolean notNull(String key, JsonNode value) {
    if (value.isNull()) {
      report(XapiRule.PROPERTY_NULL, key, "\"" + key + "\" must not be null");
      return false;
    }
    return true;
  }

  boolean object(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isObject(), "an object", value);
  }

  boolean array(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isArray(), "an array", value);
  }

  boolean string(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isTextual(), "a string", value);
  }

  boolean number(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isNumber(), "a number", value);
  }

  boolean bool(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isBoolean(), "a boolean", value);
  }

  boolean integer(String key, JsonNode value) {
    return notNull(key, value) && type(key, value.isIntegralNumber(), "an integer", value);
  }

  private boolean type(String key, boolean ok, String expected, JsonNode value) {
    if (!ok) {
      report(XapiRule.PROPERTY_TYPE, key,
          "\"" + key + "\" must be " + expected + ", not " + describe(value));
    }
    return ok;
  }

  static String describe(JsonNode value) {
    return switch (value.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case NULL -> "null";
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  void iri(String key, JsonNode value) {
    if (string(key, value) && !Iris.isValid(value.textValue())) {
      report(XapiRule.IRI_FORMAT, key, "\"" + key + "\" must be an IRI with a scheme, not "
          + Texts.abbreviate(value.textValue()));
    }
  }

  void uuid(String key, JsonNode value) {
    if (string(key, value) && !Uuids.isValid(value.textValue())) {
      report(XapiRule.UUID_FORMAT, key, "\"" + key + "\" must be a UUID (8-4-4-4-12 hex), not "
          + Texts.abbreviate(value.textValue()));
    }
  }

  void languageTag(String key, JsonNode value) {
    if (string(key, value) && !LanguageTags.isValid(value.textValue())) {
      report(XapiRule.LANGUAGE_TAG_FORMAT, key,
          Texts.abbreviate(value.textValue()) + " is not an RFC 5646 language tag");
    }
  }

  /** A language map: RFC 5646 keys, string values. */
  void languageMap(String key, JsonNode value) {
    if (!object(key, value)) {
      return;
    }
    push(key);
    for (var entry : value.properties()) {
      String tag = entry.getKey();
      if (!LanguageTags.isValid(tag)) {
        report(XapiRule.LANGUAGE_TAG_FORMAT, tag,
            "language map key " + Texts.abbreviate(tag) + " is not an RFC 5646 language tag");
      }
      string(tag, entry.getValue());
    }
    pop();
  }

  /** Extensions: IRI keys, any value (null included). */
  void extensions(String key, JsonNode value) {
    if (!object(key, value)) {
      return;
    }
    push(key);
    for (var entry : value.properties()) {
      String name = entry.getKey();
      if (!Iris.isValid(name)) {
        report(XapiRule.IRI_FORMAT, name,
            "extension key " + Texts.abbreviate(name) + " must be an IRI with a scheme");
      }
    }
    pop();
  }
}
