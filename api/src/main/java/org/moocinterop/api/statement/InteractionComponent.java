package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * One element of an interaction's {@code choices}, {@code scale}, {@code source}, {@code target}
 * or {@code steps}.
 *
 * @param id the component's id, unique within its list (not blank)
 * @param description its text, if given
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-components">
 *     xAPI Data 2.4.4.1, Interaction Components</a>
 */
public record InteractionComponent(String id, Optional<LanguageMap> description) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public InteractionComponent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    if (id.isBlank()) {
      throw new IllegalArgumentException("an interaction component id must not be blank");
    }
  }

  /** Returns the component with this id and no description. */
  public static InteractionComponent of(String id) {
    return new InteractionComponent(id, Optional.empty());
  }

  /** Returns the component with this id and description. */
  public static InteractionComponent of(String id, LanguageMap description) {
    return new InteractionComponent(id, Optional.of(description));
  }
}
