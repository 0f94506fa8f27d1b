package org.moocinterop.api.statement;

import java.util.Optional;

/** Rules shared by {@link Statement} and {@link SubStatement}. */
final class StatementRules {

  private StatementRules() {}

  static void checkContextFitsObject(Optional<Context> context, StatementObject object, String what) {
    if (context.isEmpty() || object instanceof Activity) {
      return;
    }
    if (context.get().revision().isPresent()) {
      throw new IllegalArgumentException(
          "context.revision is allowed only when the "
              + what
              + "'s object is an Activity (xAPI Data 2.4.6)");
    }
    if (context.get().platform().isPresent()) {
      throw new IllegalArgumentException(
          "context.platform is allowed only when the "
              + what
              + "'s object is an Activity (xAPI Data 2.4.6)");
    }
  }

  /** The object as statement comparison sees it: activity definitions dropped, recursively. */
  static StatementObject comparable(StatementObject object) {
    if (object instanceof Activity activity) {
      return activity.withoutDefinition();
    }
    if (object instanceof SubStatement sub) {
      return sub.comparable();
    }
    return object;
  }
}
