package org.moocinterop.xapi.validation;

import org.junit.jupiter.params.ParameterizedTest;

/**
 * One parameterized test per statement rule, named after the rule. Each runs the valid and invalid
 * fixtures of {@code statements/valid/RULE/} and {@code statements/invalid/RULE/}; an invalid fixture
 * must be reported under that rule at the fixture's pointer, a valid one must raise nothing. The
 * display name cites the ADL conformance suite requirement a fixture mirrors.
 */
class XapiRuleCasesTest {

  @ParameterizedTest(name = "{0}")
  @RuleCases("account.required")
  void accountRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("activity.id.required")
  void activityIdRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("agent.ifi.exactly-one")
  void agentIfiExactlyOne(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("attachment.content-type.format")
  void attachmentContentTypeFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("attachment.length.range")
  void attachmentLengthRange(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("attachment.required")
  void attachmentRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("attachment.sha2.format")
  void attachmentSha2Format(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("authority.group.oauth")
  void authorityGroupOauth(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("context-agent.agent")
  void contextAgentAgent(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("context-group.group")
  void contextGroupGroup(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("context.platform.activity-only")
  void contextPlatformActivityOnly(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("context.revision.activity-only")
  void contextRevisionActivityOnly(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("context.team.group")
  void contextTeamGroup(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("duration.format")
  void durationFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("group.ifi.at-most-one")
  void groupIfiAtMostOne(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("group.member.agents-only")
  void groupMemberAgentsOnly(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("group.member.required")
  void groupMemberRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("interaction-component.id.distinct")
  void interactionComponentIdDistinct(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("interaction-component.id.required")
  void interactionComponentIdRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("interaction-component.list")
  void interactionComponentList(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("interaction-type.required")
  void interactionTypeRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("interaction-type.value")
  void interactionTypeValue(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("iri.format")
  void iriFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("language-tag.format")
  void languageTagFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("mbox-sha1sum.format")
  void mboxSha1sumFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("mbox.format")
  void mboxFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("object-type.required")
  void objectTypeRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("object-type.value")
  void objectTypeValue(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("property.case")
  void propertyCase(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("property.null")
  void propertyNull(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("property.type")
  void propertyType(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("property.unknown")
  void propertyUnknown(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("relevant-types.non-empty")
  void relevantTypesNonEmpty(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("score.min-max")
  void scoreMinMax(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("score.raw.range")
  void scoreRawRange(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("score.scaled.range")
  void scoreScaledRange(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("statement-ref.id.required")
  void statementRefIdRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("statement.required")
  void statementRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("sub-statement.forbidden-property")
  void subStatementForbiddenProperty(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("sub-statement.nested")
  void subStatementNested(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("timestamp.format")
  void timestampFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("timestamp.negative-zero-offset")
  void timestampNegativeZeroOffset(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("uuid.format")
  void uuidFormat(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("verb.id.required")
  void verbIdRequired(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("version.value")
  void versionValue(RuleCase fixture) {
    fixture.verify();
  }

  @ParameterizedTest(name = "{0}")
  @RuleCases("voiding.object.statement-ref")
  void voidingObjectStatementRef(RuleCase fixture) {
    fixture.verify();
  }
}
