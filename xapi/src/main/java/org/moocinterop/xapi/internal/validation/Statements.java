package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Durations;
import org.moocinterop.xapi.internal.Texts;
import org.moocinterop.xapi.internal.Timestamps;
import org.moocinterop.xapi.validation.XapiRule;

/**
 * Statements and sub-statements, their verb, object, result and attachments (xAPI-Data 2.2 to
 * 2.4.11; IEEE 9274.1.1 4.2). Context is in {@link Contexts}.
 */
final class Statements {

  static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
  private static final Set<String> STATEMENT_KEYS = Set.of("id", "actor", "verb", "object",
      "result", "context", "timestamp", "stored", "authority", "version", "attachments");
  private static final Set<String> SUB_STATEMENT_KEYS = Set.of("objectType", "actor", "verb",
      "object", "result", "context", "timestamp", "attachments");
  private static final Set<String> VERB_KEYS = Set.of("id", "display");
  private static final Set<String> REF_KEYS = Set.of("objectType", "id");
  private static final Set<String> RESULT_KEYS =
      Set.of("score", "success", "completion", "response", "duration", "extensions");
  private static final Set<String> SCORE_KEYS = Set.of("scaled", "raw", "min", "max");
  private static final Set<String> ATTACHMENT_KEYS = Set.of("usageType", "display",
      "description", "contentType", "length", "sha2", "fileUrl");

  /** What a statement's object is. */
  enum Kind {
    ACTIVITY, AGENT, GROUP, STATEMENT_REF, SUB_STATEMENT, INVALID
  }

  private Statements() {}

  /** Checks a statement (or, with {@code sub}, a sub-statement) at the current position. */
  static void statement(Walk walk, JsonNode node, boolean sub) {
    JsonNode object = node.get("object");
    Kind kind = object == null ? Kind.INVALID : kind(object);
    boolean actor = false;
    boolean verb = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "actor" -> {
          actor = true;
          Actors.check(walk, key, value, Actors.Role.ACTOR);
        }
        case "verb" -> {
          verb = true;
          verb(walk, value);
        }
        case "object" -> object(walk, value, kind, sub);
        case "result" -> result(walk, value);
        case "context" -> Contexts.check(walk, value, kind);
        case "timestamp" -> timestamp(walk, key, value);
        case "attachments" -> attachments(walk, value);
        case "id", "stored", "authority", "version" -> {
          if (sub) {
            walk.report(XapiRule.SUB_STATEMENT_FORBIDDEN_PROPERTY, key,
                "a sub-statement must not have \"" + key + "\"");
          } else {
            switch (key) {
              case "id" -> walk.uuid(key, value);
              case "stored" -> timestamp(walk, key, value);
              case "authority" -> Actors.check(walk, key, value, Actors.Role.AUTHORITY);
              default -> version(walk, value);
            }
          }
        }
        case "objectType" -> {
          if (!sub) {
            walk.unknown(key, STATEMENT_KEYS);
          } // a sub-statement's objectType was read by kind()
        }
        default -> walk.unknown(key, sub ? SUB_STATEMENT_KEYS : STATEMENT_KEYS);
      }
    }
    if (!actor || !verb || object == null) {
      walk.report(XapiRule.STATEMENT_REQUIRED, (sub ? "a sub-statement" : "a statement")
          + " must have \"actor\", \"verb\" and \"object\"; missing:" + (actor ? "" : " actor")
          + (verb ? "" : " verb") + (object == null ? " object" : ""));
    }
    if (!sub && kind != Kind.STATEMENT_REF && kind != Kind.INVALID && isVoiding(node)) {
      walk.report(XapiRule.VOIDING_OBJECT_STATEMENT_REF, "object",
          "a voiding statement's object must be a StatementRef");
    }
  }

  private static boolean isVoiding(JsonNode statement) {
    JsonNode verb = statement.get("verb");
    JsonNode id = verb == null ? null : verb.get("id");
    return id != null && VOIDED.equals(id.textValue());
  }

  /** What the object is, from its objectType (or, when absent, Activity). */
  static Kind kind(JsonNode object) {
    if (!object.isObject()) {
      return Kind.INVALID;
    }
    JsonNode type = object.get("objectType");
    if (type == null) {
      if (!Actors.looksLikeActor(object)) {
        return Kind.ACTIVITY;
      }
      return object.has("member") ? Kind.GROUP : Kind.AGENT;
    }
    String text = type.textValue();
    if (text == null) {
      return Kind.INVALID;
    }
    return switch (text) {
      case "Activity" -> Kind.ACTIVITY;
      case "Agent" -> Kind.AGENT;
      case "Group" -> Kind.GROUP;
      case "StatementRef" -> Kind.STATEMENT_REF;
      case "SubStatement" -> Kind.SUB_STATEMENT;
      default -> Kind.INVALID;
    };
  }

  private static void object(Walk walk, JsonNode node, Kind kind, boolean sub) {
    if (!walk.object("object", node)) {
      return;
    }
    walk.push("object");
    switch (kind) {
      case ACTIVITY -> Activities.checkHere(walk, node);
      case AGENT, GROUP -> Actors.checkHere(walk, node, Actors.Role.OBJECT);
      case STATEMENT_REF -> statementRefHere(walk, node);
      case SUB_STATEMENT -> {
        if (sub) {
          walk.report(XapiRule.SUB_STATEMENT_NESTED,
              "a sub-statement must not have a sub-statement as object");
        } else {
          statement(walk, node, true);
        }
      }
      case INVALID -> {
        JsonNode type = node.get("objectType");
        if (type != null && walk.string("objectType", type)) {
          walk.report(XapiRule.OBJECT_TYPE_VALUE, "objectType", "objectType must be one of "
              + "Activity, Agent, Group, StatementRef, SubStatement, not "
              + Texts.abbreviate(type.textValue()));
        }
      }
    }
    walk.pop();
  }

  /** Checks a Statement Reference at property {@code key} of the current object. */
  static void statementRef(Walk walk, String key, JsonNode node) {
    if (!walk.object(key, node)) {
      return;
    }
    walk.push(key);
    JsonNode type = node.get("objectType");
    if (type == null) {
      walk.report(XapiRule.OBJECT_TYPE_REQUIRED,
          "a Statement Reference must have \"objectType\": \"StatementRef\"");
    } else if (walk.string("objectType", type) && !type.textValue().equals("StatementRef")) {
      walk.report(XapiRule.OBJECT_TYPE_VALUE, "objectType",
          "objectType must be \"StatementRef\" here, not " + Texts.abbreviate(type.textValue()));
    }
    statementRefHere(walk, node);
    walk.pop();
  }

  private static void statementRefHere(Walk walk, JsonNode node) {
    boolean id = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      switch (key) {
        case "objectType" -> { }
        case "id" -> {
          id = true;
          walk.uuid(key, entry.getValue());
        }
        default -> walk.unknown(key, REF_KEYS);
      }
    }
    if (!id) {
      walk.report(XapiRule.STATEMENT_REF_ID_REQUIRED, "a Statement Reference must have an \"id\"");
    }
  }

  private static void verb(Walk walk, JsonNode node) {
    if (!walk.object("verb", node)) {
      return;
    }
    walk.push("verb");
    boolean id = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      switch (key) {
        case "id" -> {
          id = true;
          walk.iri(key, entry.getValue());
        }
        case "display" -> walk.languageMap(key, entry.getValue());
        default -> walk.unknown(key, VERB_KEYS);
      }
    }
    if (!id) {
      walk.report(XapiRule.VERB_ID_REQUIRED, "a verb must have an \"id\"");
    }
    walk.pop();
  }

  static void timestamp(Walk walk, String key, JsonNode value) {
    if (!walk.string(key, value)) {
      return;
    }
    switch (Timestamps.check(value.textValue(), walk.version)) {
      case VALID -> { }
      case NEGATIVE_ZERO_OFFSET -> walk.report(XapiRule.TIMESTAMP_NEGATIVE_ZERO, key,
          "\"" + key + "\" must not use the offset -00:00, -0000 or -00");
      case FORMAT -> walk.report(XapiRule.TIMESTAMP_FORMAT, key, "\"" + key + "\" must be "
          + (walk.version == XapiVersion.V2_0_0 ? "an RFC 3339" : "an ISO 8601")
          + " timestamp, not " + Texts.abbreviate(value.textValue()));
    }
  }

  private static void version(Walk walk, JsonNode value) {
    if (!walk.string("version", value)) {
      return;
    }
    if (!ValueFormats.isVersion(value.textValue(), walk.version)) {
      walk.report(XapiRule.VERSION_VALUE, "version", "version must be "
          + (walk.version == XapiVersion.V2_0_0 ? "1.0, 1.0.x, 2.0 or 2.0.x" : "1.0 or 1.0.x")
          + ", not " + Texts.abbreviate(value.textValue()));
    }
  }

  private static void result(Walk walk, JsonNode node) {
    if (!walk.object("result", node)) {
      return;
    }
    walk.push("result");
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "score" -> score(walk, value);
        case "success", "completion" -> walk.bool(key, value);
        case "response" -> walk.string(key, value);
        case "duration" -> {
          if (walk.string(key, value) && !Durations.isValid(value.textValue())) {
            walk.report(XapiRule.DURATION_FORMAT, key, "duration must be an ISO 8601 duration "
                + "such as \"PT1H30M5.2S\", not " + Texts.abbreviate(value.textValue()));
          }
        }
        case "extensions" -> walk.extensions(key, value);
        default -> walk.unknown(key, RESULT_KEYS);
      }
    }
    walk.pop();
  }

  private static void score(Walk walk, JsonNode node) {
    if (!walk.object("score", node)) {
      return;
    }
    walk.push("score");
    JsonNode raw = null;
    JsonNode min = null;
    JsonNode max = null;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "scaled" -> {
          if (walk.number(key, value) && !(value.doubleValue() >= -1 && value.doubleValue() <= 1)) {
            walk.report(XapiRule.SCORE_SCALED_RANGE, key,
                "scaled must be between -1 and 1, not " + value);
          }
        }
        case "raw" -> raw = walk.number(key, value) ? value : null;
        case "min" -> min = walk.number(key, value) ? value : null;
        case "max" -> max = walk.number(key, value) ? value : null;
        default -> walk.unknown(key, SCORE_KEYS);
      }
    }
    if (min != null && max != null && !(compare(min, max) < 0)) {
      walk.report(XapiRule.SCORE_MIN_MAX, "min", "min (" + min + ") must be less than max ("
          + max + ")");
    }
    if (raw != null && min != null && compare(raw, min) < 0) {
      walk.report(XapiRule.SCORE_RAW_RANGE, "raw", "raw (" + raw + ") must not be below min ("
          + min + ")");
    }
    if (raw != null && max != null && compare(raw, max) > 0) {
      walk.report(XapiRule.SCORE_RAW_RANGE, "raw", "raw (" + raw + ") must not be above max ("
          + max + ")");
    }
    walk.pop();
  }

  /**
   * Compares two number nodes exactly when both have a finite value. A tree read by a plain
   * ObjectMapper holds {@code 1e400} as an infinite double, whose {@code decimalValue()} throws:
   * such values are compared as doubles (infinities at either end), never thrown out.
   */
  static int compare(JsonNode a, JsonNode b) {
    BigDecimal x = exact(a);
    BigDecimal y = exact(b);
    if (x != null && y != null) {
      return x.compareTo(y);
    }
    return Double.compare(a.doubleValue(), b.doubleValue());
  }

  private static @Nullable BigDecimal exact(JsonNode n) {
    if ((n.isDouble() || n.isFloat()) && !Double.isFinite(n.doubleValue())) {
      return null;
    }
    try {
      return n.decimalValue();
    } catch (ArithmeticException | NumberFormatException e) {
      return null;
    }
  }

  private static void attachments(Walk walk, JsonNode list) {
    if (!walk.array("attachments", list)) {
      return;
    }
    walk.push("attachments");
    int i = 0;
    for (JsonNode attachment : list) {
      walk.push(i++);
      if (attachment.isNull()) {
        walk.report(XapiRule.PROPERTY_NULL, "an attachment must not be null");
      } else if (!attachment.isObject()) {
        walk.report(XapiRule.PROPERTY_TYPE,
            "an attachment must be an object, not " + Walk.describe(attachment));
      } else {
        attachment(walk, attachment);
      }
      walk.pop();
    }
    walk.pop();
  }

  private static void attachment(Walk walk, JsonNode node) {
    int required = 0;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "usageType" -> {
          required++;
          walk.iri(key, value);
        }
        case "display" -> {
          required++;
          walk.languageMap(key, value);
        }
        case "description" -> walk.languageMap(key, value);
        case "contentType" -> {
          required++;
          if (walk.string(key, value) && !ValueFormats.isMediaType(value.textValue())) {
            walk.report(XapiRule.ATTACHMENT_CONTENT_TYPE_FORMAT, key, "contentType must be an "
                + "Internet Media Type, not " + Texts.abbreviate(value.textValue()));
          }
        }
        case "length" -> {
          required++;
          if (walk.integer(key, value) && value.bigIntegerValue().signum() < 0) {
            walk.report(XapiRule.ATTACHMENT_LENGTH_RANGE, key, "length must not be negative");
          }
        }
        case "sha2" -> {
          required++;
          if (walk.string(key, value) && !ValueFormats.isSha2(value.textValue())) {
            walk.report(XapiRule.ATTACHMENT_SHA2_FORMAT, key, "sha2 must be the hexadecimal "
                + "SHA-2 digest (56, 64, 96 or 128 digits), not "
                + Texts.abbreviate(value.textValue()));
          }
        }
        case "fileUrl" -> walk.iri(key, value);
        default -> walk.unknown(key, ATTACHMENT_KEYS);
      }
    }
    if (required != 5) {
      walk.report(XapiRule.ATTACHMENT_REQUIRED, "an attachment must have usageType, display, "
          + "contentType, length and sha2");
    }
  }
}
