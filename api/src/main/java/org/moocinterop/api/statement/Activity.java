package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.Iri;

/**
 * An activity: an IRI and, optionally, its definition.
 *
 * <p>Statement comparison ignores the definition: the definition of a referenced activity is not
 * part of the statement (xAPI Data 2.3.1).
 *
 * @param id the activity's IRI
 * @param definition its metadata, if given
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2441-when-the-objecttype-is-activity">
 *     xAPI Data 2.4.4.1</a>
 */
public record Activity(Iri id, Optional<ActivityDefinition> definition) implements StatementObject {

  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definition, "definition");
  }

  /** Returns the activity with this IRI and no definition. */
  public static Activity of(Iri id) {
    return new Activity(id, Optional.empty());
  }

  /**
   * Returns the activity with this IRI and no definition.
   *
   * @throws IllegalArgumentException if {@code iri} is not an IRI
   */
  public static Activity of(String iri) {
    return of(Iri.of(iri));
  }

  /** Returns the activity with this IRI and definition. */
  public static Activity of(Iri id, ActivityDefinition definition) {
    return new Activity(id, Optional.of(definition));
  }

  /** Returns a copy without definition, as statement comparison sees it. */
  public Activity withoutDefinition() {
    return definition.isEmpty() ? this : new Activity(id, Optional.empty());
  }
}
