package org.moocinterop.xapi.validation;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.xapi.XapiVersion;

/**
 * The catalogue of statement rules that {@link XapiValidator} checks. Each rule has a stable
 * {@linkplain #id() id} (what tests, clients and the CLI match on), the clause of each specification
 * version that states it, and the versions it applies to.
 *
 * <p>Clauses of 1.0.3 are those of {@code xAPI-Data.md} and {@code xAPI-Communication.md}. Clauses
 * of 2.0.0 are those of IEEE 9274.1.1 as numbered by the ADL conformance suite's 2.0 tests
 * (statement properties in 4.2.2.x, data types in 4.2.7).
 */
public enum XapiRule {
  /** The document is not well-formed JSON, or has content after the JSON value. */
  JSON_SYNTAX("json.syntax", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** A JSON object uses the same key twice. */
  JSON_DUPLICATE_KEY("json.duplicate-key", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** The document exceeds a size, nesting depth, string or number length limit. */
  JSON_LIMIT("json.limit", "xAPI-Communication 1.4", "IEEE 9274.1.1 4.1.3"),
  /** A property has the value {@code null} outside an extensions object. */
  PROPERTY_NULL("property.null", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** A value has the wrong JSON type (a string where a number or boolean is required, ...). */
  PROPERTY_TYPE("property.type", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** A property the specification does not define for this object. */
  PROPERTY_UNKNOWN("property.unknown", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** A property key differs only in case from one the specification defines. */
  PROPERTY_CASE("property.case", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** A statement (or sub-statement) lacks actor, verb or object. */
  STATEMENT_REQUIRED("statement.required", "xAPI-Data 2.2", "IEEE 9274.1.1 4.2.1"),
  /** An objectType value is not one the specification allows at that place (case-sensitive). */
  OBJECT_TYPE_VALUE("object-type.value", "xAPI-Data 2.4.4", "IEEE 9274.1.1 4.2.2.3"),
  /** An objectType is required at that place (Group, Agent or Group as object, StatementRef, ...). */
  OBJECT_TYPE_REQUIRED("object-type.required", "xAPI-Data 2.4.4.2", "IEEE 9274.1.1 4.2.2.3"),
  /** A UUID is not in the 8-4-4-4-12 hexadecimal string form. */
  UUID_FORMAT("uuid.format", "xAPI-Data 4.4", "IEEE 9274.1.1 4.2.7"),
  /** An IRI or IRL is empty, has no scheme, or contains characters an IRI cannot contain. */
  IRI_FORMAT("iri.format", "xAPI-Data 4.3", "IEEE 9274.1.1 4.2.7"),
  /** A language tag (language map key or context language) is not a well-formed RFC 5646 tag. */
  LANGUAGE_TAG_FORMAT("language-tag.format", "xAPI-Data 4.2", "IEEE 9274.1.1 4.2.7"),
  /** A timestamp is not in the format of the version (ISO 8601 for 1.0.3, RFC 3339 for 2.0.0). */
  TIMESTAMP_FORMAT("timestamp.format", "xAPI-Data 4.5", "IEEE 9274.1.1 4.2.7"),
  /** A timestamp uses one of the offsets -00:00, -0000 or -00. */
  TIMESTAMP_NEGATIVE_ZERO("timestamp.negative-zero-offset", "xAPI-Data 4.5", "IEEE 9274.1.1 4.2.7"),
  /** A duration is not an ISO 8601 duration. */
  DURATION_FORMAT("duration.format", "xAPI-Data 4.6", "IEEE 9274.1.1 4.2.7"),
  /** The statement version is not one the version accepts. */
  VERSION_VALUE("version.value", "xAPI-Data 2.4.10", "IEEE 9274.1.1 4.2.4.3"),
  /** An Agent does not have exactly one inverse functional identifier. */
  AGENT_IFI_EXACTLY_ONE("agent.ifi.exactly-one", "xAPI-Data 2.4.2.1", "IEEE 9274.1.1 4.2.2.1"),
  /** An identified Group has more than one inverse functional identifier. */
  GROUP_IFI_AT_MOST_ONE("group.ifi.at-most-one", "xAPI-Data 2.4.2.2", "IEEE 9274.1.1 4.2.2.1"),
  /** An anonymous Group (no identifier) has no member list. */
  GROUP_MEMBER_REQUIRED("group.member.required", "xAPI-Data 2.4.2.2", "IEEE 9274.1.1 4.2.2.1"),
  /** A Group member is not an Agent (Groups do not nest). */
  GROUP_MEMBER_AGENTS_ONLY("group.member.agents-only", "xAPI-Data 2.4.2.2", "IEEE 9274.1.1 4.2.2.1"),
  /** An mbox is not a mailto IRI of an email address. */
  MBOX_FORMAT("mbox.format", "xAPI-Data 2.4.2.3", "IEEE 9274.1.1 4.2.2.1"),
  /** An mbox_sha1sum is not 40 hexadecimal digits. */
  MBOX_SHA1SUM_FORMAT("mbox-sha1sum.format", "xAPI-Data 2.4.2.3", "IEEE 9274.1.1 4.2.2.1"),
  /** An account lacks homePage or name. */
  ACCOUNT_REQUIRED("account.required", "xAPI-Data 2.4.2.4", "IEEE 9274.1.1 4.2.2.1"),
  /** A verb lacks its id. */
  VERB_ID_REQUIRED("verb.id.required", "xAPI-Data 2.4.3", "IEEE 9274.1.1 4.2.2.2"),
  /** An Activity lacks its id. */
  ACTIVITY_ID_REQUIRED("activity.id.required", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** An interactionType is not one of the ten defined values (case-sensitive). */
  INTERACTION_TYPE_VALUE("interaction-type.value", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** A definition uses correctResponsesPattern or component lists without an interactionType. */
  INTERACTION_TYPE_REQUIRED(
      "interaction-type.required", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** A component list that the definition's interactionType does not allow. */
  INTERACTION_COMPONENT_LIST(
      "interaction-component.list", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** An interaction component lacks its id. */
  INTERACTION_COMPONENT_ID_REQUIRED(
      "interaction-component.id.required", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** Two interaction components of one list share an id. */
  INTERACTION_COMPONENT_ID_DISTINCT(
      "interaction-component.id.distinct", "xAPI-Data 2.4.4.1", "IEEE 9274.1.1 4.2.2.3"),
  /** A Statement Reference lacks its id. */
  STATEMENT_REF_ID_REQUIRED("statement-ref.id.required", "xAPI-Data 2.4.4.3", "IEEE 9274.1.1 4.2.2.3"),
  /** A sub-statement has id, stored, version or authority. */
  SUB_STATEMENT_FORBIDDEN_PROPERTY(
      "sub-statement.forbidden-property", "xAPI-Data 2.4.4.3", "IEEE 9274.1.1 4.2.2.3"),
  /** A sub-statement has a sub-statement as object. */
  SUB_STATEMENT_NESTED("sub-statement.nested", "xAPI-Data 2.4.4.3", "IEEE 9274.1.1 4.2.2.3"),
  /** A scaled score outside [-1, 1]. */
  SCORE_SCALED_RANGE("score.scaled.range", "xAPI-Data 2.4.5.1", "IEEE 9274.1.1 4.2.2.4"),
  /** A raw score below min or above max. */
  SCORE_RAW_RANGE("score.raw.range", "xAPI-Data 2.4.5.1", "IEEE 9274.1.1 4.2.2.4"),
  /** A score min that is not less than its max. */
  SCORE_MIN_MAX("score.min-max", "xAPI-Data 2.4.5.1", "IEEE 9274.1.1 4.2.2.4"),
  /** A context team that is not a Group. */
  CONTEXT_TEAM_GROUP("context.team.group", "xAPI-Data 2.4.6", "IEEE 9274.1.1 4.2.2.5"),
  /** A context revision while the statement's object is not an Activity. */
  CONTEXT_REVISION_ACTIVITY_ONLY(
      "context.revision.activity-only", "xAPI-Data 2.4.6", "IEEE 9274.1.1 4.2.2.5"),
  /** A context platform while the statement's object is not an Activity. */
  CONTEXT_PLATFORM_ACTIVITY_ONLY(
      "context.platform.activity-only", "xAPI-Data 2.4.6", "IEEE 9274.1.1 4.2.2.5"),
  /** A contextAgent without its agent, or whose agent is not an Agent (2.0.0). */
  CONTEXT_AGENT_AGENT("context-agent.agent", null, "IEEE 9274.1.1 4.2.2.5"),
  /** A contextGroup without its group, or whose group is not a Group (2.0.0). */
  CONTEXT_GROUP_GROUP("context-group.group", null, "IEEE 9274.1.1 4.2.2.5"),
  /** An empty relevantTypes array of a contextAgent or contextGroup (2.0.0). */
  RELEVANT_TYPES_NON_EMPTY("relevant-types.non-empty", null, "IEEE 9274.1.1 4.2.2.5"),
  /** An attachment lacks usageType, display, contentType, length or sha2. */
  ATTACHMENT_REQUIRED("attachment.required", "xAPI-Data 2.4.11", "IEEE 9274.1.1 4.2.2.6"),
  /** An attachment contentType that is not an Internet Media Type. */
  ATTACHMENT_CONTENT_TYPE_FORMAT(
      "attachment.content-type.format", "xAPI-Data 2.4.11", "IEEE 9274.1.1 4.2.2.6"),
  /** An attachment length that is negative. */
  ATTACHMENT_LENGTH_RANGE("attachment.length.range", "xAPI-Data 2.4.11", "IEEE 9274.1.1 4.2.2.6"),
  /** An attachment sha2 that is not the hexadecimal SHA-2 digest of some SHA-2 variant. */
  ATTACHMENT_SHA2_FORMAT("attachment.sha2.format", "xAPI-Data 2.4.11", "IEEE 9274.1.1 4.2.2.6"),
  /** An authority Group that is not an anonymous group of exactly two Agents (OAuth). */
  AUTHORITY_GROUP_OAUTH("authority.group.oauth", "xAPI-Data 2.4.9", "IEEE 9274.1.1 4.2.4.2"),
  /** A voiding statement whose object is not a Statement Reference. */
  VOIDING_OBJECT_STATEMENT_REF(
      "voiding.object.statement-ref", "xAPI-Data 2.3.2", "IEEE 9274.1.1 4.2.5");

  private final String id;
  private final Optional<String> section103;
  private final String section200;

  XapiRule(String id, @org.jspecify.annotations.Nullable String section103, String section200) {
    this.id = id;
    this.section103 = Optional.ofNullable(section103);
    this.section200 = section200;
  }

  /** The stable identifier, such as {@code agent.ifi.exactly-one}. */
  public String id() {
    return id;
  }

  /** Whether the rule exists in {@code version}. */
  public boolean appliesTo(XapiVersion version) {
    Objects.requireNonNull(version, "version");
    return version == XapiVersion.V2_0_0 || section103.isPresent();
  }

  /** The versions the rule applies to. */
  public Set<XapiVersion> versions() {
    return section103.isPresent()
        ? EnumSet.allOf(XapiVersion.class)
        : EnumSet.of(XapiVersion.V2_0_0);
  }

  /**
   * The clause that states the rule in {@code version}, such as {@code xAPI-Data 2.4.2.1}.
   *
   * @throws IllegalArgumentException if the rule does not apply to {@code version}
   */
  public String section(XapiVersion version) {
    Objects.requireNonNull(version, "version");
    if (version == XapiVersion.V2_0_0) {
      return section200;
    }
    return section103.orElseThrow(
        () -> new IllegalArgumentException(id + " does not apply to " + version));
  }

  /** The rule with this id, if any. */
  public static Optional<XapiRule> byId(String id) {
    Objects.requireNonNull(id, "id");
    for (XapiRule rule : values()) {
      if (rule.id.equals(id)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return id;
  }
}
