package org.moocinterop.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/**
 * Any bytes end in a tree (valid or with violations) or a {@link ValidationException}; nothing
 * else may escape. In a normal build this runs over the seeds in
 * {@code XapiValidatorFuzzTestInputs/parseAndValidate}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class XapiValidatorFuzzTest {

  private static final XapiValidator V2 = XapiValidator.forVersion(XapiVersion.V2_0_0);
  private static final XapiValidator V1 = XapiValidator.forVersion(XapiVersion.V1_0_3);

  @FuzzTest(maxDuration = "30s")
  void parseAndValidate(byte[] input) {
    JsonNode tree;
    try {
      tree = V2.parse(input);
    } catch (ValidationException e) {
      assertThat(e.violations()).isNotEmpty().allSatisfy(XapiValidatorFuzzTest::wellFormed);
      return;
    }
    for (XapiValidator validator : List.of(V2, V1)) {
      validator.validateStatement(tree).forEach(XapiValidatorFuzzTest::wellFormed);
      validator.validateStatements(tree).forEach(XapiValidatorFuzzTest::wellFormed);
    }
  }

  private static void wellFormed(Violation violation) {
    assertThat(XapiRule.byId(violation.rule())).isPresent();
    assertThat(violation.pointer()).matches("|/.*");
    assertThat(violation.message()).isNotBlank();
  }
}
