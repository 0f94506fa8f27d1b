package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Texts;
import org.moocinterop.xapi.validation.XapiRule;

/**
 * Context (xAPI-Data 2.4.6; IEEE 9274.1.1 4.2.2.5), with the contextAgents and contextGroups of
 * 2.0.0.
 */
final class Contexts {

  private static final Set<String> KEYS_103 = Set.of("registration", "instructor", "team",
      "contextActivities", "revision", "platform", "language", "statement", "extensions");
  private static final Set<String> KEYS_200 = Set.of("registration", "instructor", "team",
      "contextActivities", "revision", "platform", "language", "statement", "extensions",
      "contextAgents", "contextGroups");
  private static final Set<String> CONTEXT_ACTIVITIES_KEYS =
      Set.of("parent", "grouping", "category", "other");
  private static final Set<String> CONTEXT_AGENT_KEYS =
      Set.of("objectType", "agent", "relevantTypes");
  private static final Set<String> CONTEXT_GROUP_KEYS =
      Set.of("objectType", "group", "relevantTypes");

  private Contexts() {}

  /** Checks the context of a statement whose object is of {@code kind}. */
  static void check(Walk walk, JsonNode node, Statements.Kind kind) {
    if (!walk.object("context", node)) {
      return;
    }
    walk.push("context");
    boolean v2 = walk.version == XapiVersion.V2_0_0;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "registration" -> walk.uuid(key, value);
        case "instructor" -> Actors.check(walk, key, value, Actors.Role.INSTRUCTOR);
        case "team" -> Actors.check(walk, key, value, Actors.Role.TEAM);
        case "contextActivities" -> contextActivities(walk, value);
        case "revision" -> {
          if (walk.string(key, value) && kind != Statements.Kind.ACTIVITY
              && kind != Statements.Kind.INVALID) {
            walk.report(XapiRule.CONTEXT_REVISION_ACTIVITY_ONLY, key,
                "revision is allowed only when the statement's object is an Activity");
          }
        }
        case "platform" -> {
          if (walk.string(key, value) && kind != Statements.Kind.ACTIVITY
              && kind != Statements.Kind.INVALID) {
            walk.report(XapiRule.CONTEXT_PLATFORM_ACTIVITY_ONLY, key,
                "platform is allowed only when the statement's object is an Activity");
          }
        }
        case "language" -> walk.languageTag(key, value);
        case "statement" -> Statements.statementRef(walk, key, value);
        case "extensions" -> walk.extensions(key, value);
        case "contextAgents", "contextGroups" -> {
          if (v2) {
            contextActors(walk, key, value, key.equals("contextAgents"));
          } else {
            walk.unknown(key, KEYS_103);
          }
        }
        default -> walk.unknown(key, v2 ? KEYS_200 : KEYS_103);
      }
    }
    walk.pop();
  }

  private static void contextActivities(Walk walk, JsonNode node) {
    if (!walk.object("contextActivities", node)) {
      return;
    }
    walk.push("contextActivities");
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (!CONTEXT_ACTIVITIES_KEYS.contains(key)) {
        walk.unknown(key, CONTEXT_ACTIVITIES_KEYS);
      } else if (value.isObject()) {
        walk.push(key);
        Activities.checkHere(walk, value);
        walk.pop();
      } else if (walk.notNull(key, value) && isArrayOrReport(walk, key, value)) {
        walk.push(key);
        int i = 0;
        for (JsonNode activity : value) {
          walk.push(i++);
          if (activity.isObject()) {
            Activities.checkHere(walk, activity);
          } else {
            walk.report(activity.isNull() ? XapiRule.PROPERTY_NULL : XapiRule.PROPERTY_TYPE,
                "a context activity must be an Activity object, not " + Walk.describe(activity));
          }
          walk.pop();
        }
        walk.pop();
      }
    }
    walk.pop();
  }

  private static boolean isArrayOrReport(Walk walk, String key, JsonNode value) {
    if (value.isArray()) {
      return true;
    }
    walk.report(XapiRule.PROPERTY_TYPE, key, "\"" + key
        + "\" must be an Activity or an array of Activities, not " + Walk.describe(value));
    return false;
  }

  private static void contextActors(Walk walk, String key, JsonNode list, boolean agents) {
    if (!walk.array(key, list)) {
      return;
    }
    walk.push(key);
    int i = 0;
    for (JsonNode item : list) {
      walk.push(i++);
      if (item.isObject()) {
        contextActor(walk, item, agents);
      } else {
        walk.report(item.isNull() ? XapiRule.PROPERTY_NULL : XapiRule.PROPERTY_TYPE,
            "each item of \"" + key + "\" must be an object, not " + Walk.describe(item));
      }
      walk.pop();
    }
    walk.pop();
  }

  private static void contextActor(Walk walk, JsonNode node, boolean agents) {
    String expectedType = agents ? "contextAgent" : "contextGroup";
    String member = agents ? "agent" : "group";
    boolean hasType = false;
    boolean hasMember = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      if (key.equals("objectType")) {
        hasType = true;
        if (walk.string(key, value) && !value.textValue().equals(expectedType)) {
          walk.report(XapiRule.OBJECT_TYPE_VALUE, key, "objectType must be \"" + expectedType
              + "\" here, not " + Texts.abbreviate(value.textValue()));
        }
      } else if (key.equals(member)) {
        hasMember = true;
        Actors.check(walk, key, value,
            agents ? Actors.Role.CONTEXT_AGENT : Actors.Role.CONTEXT_GROUP);
      } else if (key.equals("relevantTypes")) {
        relevantTypes(walk, value);
      } else {
        walk.unknown(key, agents ? CONTEXT_AGENT_KEYS : CONTEXT_GROUP_KEYS);
      }
    }
    if (!hasType) {
      walk.report(XapiRule.OBJECT_TYPE_REQUIRED,
          "a " + expectedType + " must have \"objectType\": \"" + expectedType + "\"");
    }
    if (!hasMember) {
      walk.report(agents ? XapiRule.CONTEXT_AGENT_AGENT : XapiRule.CONTEXT_GROUP_GROUP,
          "a " + expectedType + " must have \"" + member + "\"");
    }
  }

  private static void relevantTypes(Walk walk, JsonNode list) {
    if (!walk.array("relevantTypes", list)) {
      return;
    }
    if (list.isEmpty()) {
      walk.report(XapiRule.RELEVANT_TYPES_NON_EMPTY, "relevantTypes",
          "relevantTypes must list at least one IRI");
      return;
    }
    walk.push("relevantTypes");
    int i = 0;
    for (JsonNode type : list) {
      walk.push(i++);
      if (!type.isTextual()) {
        walk.report(type.isNull() ? XapiRule.PROPERTY_NULL : XapiRule.PROPERTY_TYPE,
            "a relevant type must be an IRI string, not " + Walk.describe(type));
      } else if (!org.moocinterop.xapi.internal.Iris.isValid(type.textValue())) {
        walk.report(XapiRule.IRI_FORMAT,
            "a relevant type must be an IRI with a scheme, not "
                + Texts.abbreviate(type.textValue()));
      }
      walk.pop();
    }
    walk.pop();
  }
}
