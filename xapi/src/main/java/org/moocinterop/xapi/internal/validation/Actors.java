package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.moocinterop.xapi.internal.Texts;
import org.moocinterop.xapi.validation.XapiRule;

/** Agents, Groups, their identifiers and accounts (xAPI-Data 2.4.2; IEEE 9274.1.1 4.2.2.1). */
final class Actors {

  /** Where an Agent or Group stands; decides which kinds are allowed. */
  enum Role {
    ACTOR, OBJECT, AUTHORITY, INSTRUCTOR, TEAM, MEMBER, CONTEXT_AGENT, CONTEXT_GROUP
  }

  static final Set<String> AGENT_KEYS =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
  static final Set<String> GROUP_KEYS =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member");
  private static final Set<String> ACCOUNT_KEYS = Set.of("homePage", "name");

  private Actors() {}

  /** Whether the object has a key that only Agents and Groups have. */
  static boolean looksLikeActor(JsonNode node) {
    return node.has("mbox") || node.has("mbox_sha1sum") || node.has("openid")
        || node.has("account") || node.has("member");
  }

  /**
   * Checks the Agent or Group at property {@code key} of the current object, or at the current
   * position when {@code key} is an index already pushed (then pass {@code null}).
   */
  static void check(Walk walk, String key, JsonNode node, Role role) {
    if (!walk.object(key, node)) {
      return;
    }
    walk.push(key);
    checkHere(walk, node, role);
    walk.pop();
  }

  /** Checks the Agent or Group at the current position (already pushed). */
  static void checkHere(Walk walk, JsonNode node, Role role) {
    JsonNode type = node.get("objectType");
    boolean group;
    if (type == null) {
      group = node.has("member") || role == Role.TEAM || role == Role.CONTEXT_GROUP;
      if (group) {
        walk.report(XapiRule.OBJECT_TYPE_REQUIRED, "a Group must have \"objectType\": \"Group\"");
      } else if (role == Role.OBJECT) {
        walk.report(XapiRule.OBJECT_TYPE_REQUIRED,
            "an Agent as object must have \"objectType\": \"Agent\"");
      }
    } else if (!walk.string("objectType", type)) {
      return;
    } else if (type.textValue().equals("Agent")) {
      group = false;
    } else if (type.textValue().equals("Group")) {
      group = true;
    } else {
      walk.report(XapiRule.OBJECT_TYPE_VALUE, "objectType", "objectType must be \"Agent\" or "
          + "\"Group\" here, not " + Texts.abbreviate(type.textValue()));
      return;
    }
    if (group) {
      switch (role) {
        case MEMBER -> {
          walk.report(XapiRule.GROUP_MEMBER_AGENTS_ONLY,
              "a Group member must be an Agent; Groups do not nest");
          return;
        }
        case CONTEXT_AGENT -> {
          walk.report(XapiRule.CONTEXT_AGENT_AGENT, "the agent of a contextAgent must be an Agent");
          return;
        }
        default -> { }
      }
    } else if (role == Role.TEAM) {
      walk.report(XapiRule.CONTEXT_TEAM_GROUP, "a context team must be a Group");
    } else if (role == Role.CONTEXT_GROUP) {
      walk.report(XapiRule.CONTEXT_GROUP_GROUP, "the group of a contextGroup must be a Group");
    }
    int ifis = 0;
    JsonNode members = null;
    Set<String> keys = group ? GROUP_KEYS : AGENT_KEYS;
    for (var entry : node.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      switch (key) {
        case "objectType" -> { }
        case "name" -> walk.string(key, value);
        case "mbox" -> {
          ifis++;
          if (walk.string(key, value) && !ValueFormats.isMailto(value.textValue())) {
            walk.report(XapiRule.MBOX_FORMAT, key, "mbox must be a mailto IRI such as "
                + "\"mailto:someone@example.com\", not " + Texts.abbreviate(value.textValue()));
          }
        }
        case "mbox_sha1sum" -> {
          ifis++;
          if (walk.string(key, value) && !ValueFormats.isSha1(value.textValue())) {
            walk.report(XapiRule.MBOX_SHA1SUM_FORMAT, key,
                "mbox_sha1sum must be 40 hexadecimal digits, not "
                    + Texts.abbreviate(value.textValue()));
          }
        }
        case "openid" -> {
          ifis++;
          walk.iri(key, value);
        }
        case "account" -> {
          ifis++;
          account(walk, value);
        }
        case "member" -> {
          if (group) {
            members = value;
          } else {
            walk.unknown(key, keys);
          }
        }
        default -> walk.unknown(key, keys);
      }
    }
    if (!group) {
      if (ifis != 1) {
        walk.report(XapiRule.AGENT_IFI_EXACTLY_ONE, "an Agent must have exactly one of mbox, "
            + "mbox_sha1sum, openid, account; found " + ifis);
      }
      return;
    }
    if (ifis > 1) {
      walk.report(XapiRule.GROUP_IFI_AT_MOST_ONE, "a Group may have at most one of mbox, "
          + "mbox_sha1sum, openid, account; found " + ifis);
    }
    if (ifis == 0 && members == null) {
      walk.report(XapiRule.GROUP_MEMBER_REQUIRED,
          "an anonymous Group (one without identifier) must list its \"member\" Agents");
    }
    int memberCount = members == null ? 0 : members(walk, members);
    if (role == Role.AUTHORITY && (ifis != 0 || memberCount != 2)) {
      walk.report(XapiRule.AUTHORITY_GROUP_OAUTH, "an authority Group must be an anonymous Group "
          + "of exactly two Agents (OAuth consumer and user)");
    }
  }

  private static int members(Walk walk, JsonNode members) {
    if (!walk.array("member", members)) {
      return 0;
    }
    walk.push("member");
    int i = 0;
    for (JsonNode member : members) {
      walk.push(i++);
      if (member.isNull()) {
        walk.report(XapiRule.PROPERTY_NULL, "a member must not be null");
      } else if (!member.isObject()) {
        walk.report(XapiRule.PROPERTY_TYPE,
            "a member must be an object, not " + Walk.describe(member));
      } else {
        checkHere(walk, member, Role.MEMBER);
      }
      walk.pop();
    }
    walk.pop();
    return i;
  }

  private static void account(Walk walk, JsonNode account) {
    if (!walk.object("account", account)) {
      return;
    }
    walk.push("account");
    boolean homePage = false;
    boolean name = false;
    for (var entry : account.properties()) {
      String key = entry.getKey();
      switch (key) {
        case "homePage" -> {
          homePage = true;
          walk.iri(key, entry.getValue());
        }
        case "name" -> {
          name = true;
          walk.string(key, entry.getValue());
        }
        default -> walk.unknown(key, ACCOUNT_KEYS);
      }
    }
    if (!homePage || !name) {
      walk.report(XapiRule.ACCOUNT_REQUIRED, "an account must have both \"homePage\" and \"name\"");
    }
    walk.pop();
  }
}
