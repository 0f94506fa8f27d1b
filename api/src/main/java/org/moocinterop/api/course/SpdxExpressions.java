package org.moocinterop.api.course;

import java.util.Set;
import java.util.regex.Pattern;

/** A loose check of SPDX license expressions: the tokens and the parentheses, not the grammar. */
final class SpdxExpressions {

  private static final Pattern ID =
      Pattern.compile("(?:DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9][A-Za-z0-9.-]*\\+?");
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "WITH");

  private SpdxExpressions() {}

  static void check(String spdx) {
    String spaced = spdx.replace("(", " ( ").replace(")", " ) ").trim();
    if (spaced.isEmpty()) {
      throw invalid(spdx, "it is blank");
    }
    if (!spdx.equals(spdx.strip())) {
      throw invalid(spdx, "it starts or ends with whitespace");
    }
    int depth = 0;
    boolean expectOperand = true;
    for (String token : spaced.split("\\s+", -1)) {
      if (token.equals("(")) {
        if (!expectOperand) {
          throw invalid(spdx, "two licences need AND, OR or WITH between them");
        }
        depth++;
      } else if (token.equals(")")) {
        depth--;
        if (depth < 0 || expectOperand) {
          throw invalid(spdx, "its parentheses do not match");
        }
      } else if (OPERATORS.contains(token)) {
        if (expectOperand) {
          throw invalid(spdx, "'" + token + "' needs a licence on each side");
        }
        expectOperand = true;
      } else if (ID.matcher(token).matches()) {
        if (!expectOperand) {
          throw invalid(spdx, "two licences need AND, OR or WITH between them");
        }
        expectOperand = false;
      } else {
        throw invalid(spdx, "'" + token + "' is not an SPDX identifier");
      }
    }
    if (depth != 0) {
      throw invalid(spdx, "its parentheses do not match");
    }
    if (expectOperand) {
      throw invalid(spdx, "it ends with an operator");
    }
  }

  private static IllegalArgumentException invalid(String spdx, String why) {
    return new IllegalArgumentException(
        "'" + spdx + "' is not an SPDX license identifier or expression: " + why);
  }
}
