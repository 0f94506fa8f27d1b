package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.validation.XapiRule;

/** Entry points of the tree walk, for {@code XapiValidator}. */
public final class StatementValidation {
  private StatementValidation() {}

  /** Every violation of one statement, with pointers relative to the statement. */
  public static List<Violation> statement(JsonNode statement, XapiVersion version) {
    Walk walk = new Walk(version);
    checkStatement(walk, statement);
    return walk.violations();
  }

  /** Every violation of every statement of a JSON array, pointers starting with the index. */
  public static List<Violation> statements(JsonNode array, XapiVersion version) {
    Walk walk = new Walk(version);
    if (!array.isArray()) {
      walk.report(XapiRule.PROPERTY_TYPE,
          "a batch of statements must be an array, not " + Walk.describe(array));
      return walk.violations();
    }
    List<Violation> all = List.of();
    int i = 0;
    for (JsonNode statement : array) {
      walk.reset();
      walk.push(i++);
      checkStatement(walk, statement);
      if (!walk.violations().isEmpty()) {
        if (all.isEmpty()) {
          all = new ArrayList<>();
        }
        all.addAll(walk.violations());
      }
    }
    return all;
  }

  private static void checkStatement(Walk walk, JsonNode statement) {
    if (statement.isObject()) {
      Statements.statement(walk, statement, false);
    } else {
      walk.report(statement.isNull() ? XapiRule.PROPERTY_NULL : XapiRule.PROPERTY_TYPE,
          "a statement must be a JSON object, not " + Walk.describe(statement));
    }
  }
}
