package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.moocinterop.xapi.internal.Texts;
import org.moocinterop.xapi.validation.XapiRule;

/** Activities and their definitions (xAPI-Data 2.4.4.1; IEEE 9274.1.1 4.2.2.3). */
final class Activities {

  private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
  private static final Set<String> COMPONENT_LISTS =
      Set.of("choices", "scale", "source", "target", "steps");
  private static final Set<String> DEFINITION_KEYS = Set.of("name", "description", "type",
      "moreInfo", "extensions", "interactionType", "correctResponsesPattern", "choices", "scale",
      "source", "target", "steps");
  private static final Set<String> COMPONENT_KEYS = Set.of("id", "description");
  private Activities() {}

  /** Checks the Activity at the current position (already pushed). */
  static void checkHere(Walk walk, JsonNode node) {
    boolean id = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "objectType" -> {
          if (walk.string(key, value) && !value.textValue().equals("Activity")) {
            walk.report(XapiRule.OBJECT_TYPE_VALUE, key,
                "objectType must be \"Activity\" here, not " + Texts.abbreviate(value.textValue()));
          }
        }
        case "id" -> {
          id = true;
          walk.iri(key, value);
        }
        case "definition" -> definition(walk, value);
        default -> walk.unknown(key, ACTIVITY_KEYS);
      }
    }
    if (!id) {
      walk.report(XapiRule.ACTIVITY_ID_REQUIRED, "an Activity must have an \"id\"");
    }
  }

  private static void definition(Walk walk, JsonNode node) {
    if (!walk.object("definition", node)) {
      return;
    }
    walk.push("definition");
    String interactionType = null;
    boolean interactionTypePresent = false;
    boolean needsInteractionType = false;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "name", "description" -> walk.languageMap(key, value);
        case "type", "moreInfo" -> walk.iri(key, value);
        case "extensions" -> walk.extensions(key, value);
        case "interactionType" -> {
          interactionTypePresent = true;
          if (walk.string(key, value)) {
            if (ValueFormats.isInteractionType(value.textValue())) {
              interactionType = value.textValue();
            } else {
              walk.report(XapiRule.INTERACTION_TYPE_VALUE, key, "interactionType "
                  + Texts.abbreviate(value.textValue()) + " is not one of " + typeNames());
            }
          }
        }
        case "correctResponsesPattern" -> {
          needsInteractionType = true;
          stringArray(walk, key, value);
        }
        case "choices", "scale", "source", "target", "steps" -> {
          needsInteractionType = true;
          components(walk, key, value);
        }
        default -> walk.unknown(key, DEFINITION_KEYS);
      }
    }
    if (needsInteractionType && !interactionTypePresent) {
      walk.report(XapiRule.INTERACTION_TYPE_REQUIRED, "a definition with correctResponsesPattern "
          + "or interaction components must have an \"interactionType\"");
    }
    allowedLists(walk, node, interactionType);
    walk.pop();
  }

  private static void allowedLists(Walk walk, JsonNode node, @Nullable String interactionType) {
    if (interactionType == null) {
      return;
    }
    for (String list : COMPONENT_LISTS) {
      if (node.has(list) && !ValueFormats.usesComponentList(interactionType, list)) {
        walk.report(XapiRule.INTERACTION_COMPONENT_LIST, list,
            "interactionType \"" + interactionType + "\" does not use \"" + list + "\"");
      }
    }
  }

  private static void stringArray(Walk walk, String key, JsonNode value) {
    if (!walk.array(key, value)) {
      return;
    }
    walk.push(key);
    int i = 0;
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        walk.push(i);
        walk.report(item.isNull() ? XapiRule.PROPERTY_NULL : XapiRule.PROPERTY_TYPE,
            "each item of \"" + key + "\" must be a string, not " + Walk.describe(item));
        walk.pop();
      }
      i++;
    }
    walk.pop();
  }

  private static void components(Walk walk, String key, JsonNode list) {
    if (!walk.array(key, list)) {
      return;
    }
    walk.push(key);
    Set<String> ids = list.size() > 1 ? new HashSet<>() : null;
    int i = 0;
    for (JsonNode component : list) {
      walk.push(i++);
      if (component.isNull()) {
        walk.report(XapiRule.PROPERTY_NULL, "an interaction component must not be null");
      } else if (!component.isObject()) {
        walk.report(XapiRule.PROPERTY_TYPE,
            "an interaction component must be an object, not " + Walk.describe(component));
      } else {
        component(walk, component, ids);
      }
      walk.pop();
    }
    walk.pop();
  }

  private static void component(Walk walk, JsonNode component, @Nullable Set<String> ids) {
    boolean hasId = false;
    for (var entry : component.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "id" -> {
          hasId = true;
          if (walk.string(key, value) && ids != null && !ids.add(value.textValue())) {
            walk.report(XapiRule.INTERACTION_COMPONENT_ID_DISTINCT, key, "interaction component id "
                + Texts.abbreviate(value.textValue()) + " is used twice in this list");
          }
        }
        case "description" -> walk.languageMap(key, value);
        default -> walk.unknown(key, COMPONENT_KEYS);
      }
    }
    if (!hasId) {
      walk.report(XapiRule.INTERACTION_COMPONENT_ID_REQUIRED,
          "an interaction component must have an \"id\"");
    }
  }

  private static String typeNames() {
    return "true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, "
        + "numeric, other";
  }
}
