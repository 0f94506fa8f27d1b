package org.moocinterop.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moocinterop.xapi.XapiVersion;

class XapiRuleTest {

  @Test
  void idsAreUniqueAndReadable() {
    assertThat(Arrays.stream(XapiRule.values()).map(XapiRule::id).distinct())
        .hasSize(XapiRule.values().length)
        .allMatch(id -> id.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"));
  }

  @ParameterizedTest
  @EnumSource(XapiRule.class)
  void everyRuleHasAClauseAndATestAndFixtures(XapiRule rule) {
    assertThat(rule.section(XapiVersion.V2_0_0)).startsWith("IEEE 9274.1.1 ");
    if (rule.appliesTo(XapiVersion.V1_0_3)) {
      assertThat(rule.section(XapiVersion.V1_0_3)).startsWith("xAPI-");
    }
    assertThat(testMethodNames()).as("a test named after %s", rule.id())
        .contains(methodName(rule.id()));
    if (!rule.id().startsWith("json.")) {
      assertThat(RuleCase.of(rule.id())).as("fixtures of %s", rule.id())
          .anyMatch(RuleCase::valid).anyMatch(c -> !c.valid());
    }
  }

  @Test
  void contextAgentsAndGroupsAreRulesOf200Only() {
    assertThat(XapiRule.CONTEXT_AGENT_AGENT.versions()).containsExactly(XapiVersion.V2_0_0);
    assertThat(XapiRule.RELEVANT_TYPES_NON_EMPTY.appliesTo(XapiVersion.V1_0_3)).isFalse();
    assertThatThrownBy(() -> XapiRule.CONTEXT_GROUP_GROUP.section(XapiVersion.V1_0_3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(XapiRule.AGENT_IFI_EXACTLY_ONE.section(XapiVersion.V1_0_3))
        .isEqualTo("xAPI-Data 2.4.2.1");
    assertThat(XapiRule.byId("no.such-rule")).isEmpty();
    assertThat(XapiRule.TIMESTAMP_FORMAT).hasToString("timestamp.format");
  }

  private static String methodName(String id) {
    String[] parts = id.split("[.-]", -1);
    StringBuilder name = new StringBuilder(parts[0]);
    for (int i = 1; i < parts.length; i++) {
      name.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
    }
    return name.toString();
  }

  private static Set<String> testMethodNames() {
    return Stream.of(XapiRuleCasesTest.class, StrictJsonParseTest.class)
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .map(Method::getName)
        .collect(Collectors.toSet());
  }
}
