package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The interaction types of xAPI (a closed list in the specification), with their wire names and
 * the interaction-component lists each one may carry.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#interaction-activities">
 *     xAPI Data 2.4.4.1, Interaction Activities</a>
 */
public enum InteractionType {
  /** {@code true-false}. */
  TRUE_FALSE("true-false"),
  /** {@code choice}: may carry {@code choices}. */
  CHOICE("choice"),
  /** {@code fill-in}. */
  FILL_IN("fill-in"),
  /** {@code long-fill-in}. */
  LONG_FILL_IN("long-fill-in"),
  /** {@code matching}: may carry {@code source} and {@code target}. */
  MATCHING("matching"),
  /** {@code performance}: may carry {@code steps}. */
  PERFORMANCE("performance"),
  /** {@code sequencing}: may carry {@code choices}. */
  SEQUENCING("sequencing"),
  /** {@code likert}: may carry {@code scale}. */
  LIKERT("likert"),
  /** {@code numeric}. */
  NUMERIC("numeric"),
  /** {@code other}. */
  OTHER("other");

  /** The interaction-component lists of an activity definition. */
  public enum ComponentList {
    /** {@code choices}. */
    CHOICES("choices"),
    /** {@code scale}. */
    SCALE("scale"),
    /** {@code source}. */
    SOURCE("source"),
    /** {@code target}. */
    TARGET("target"),
    /** {@code steps}. */
    STEPS("steps");

    private final String wireName;

    ComponentList(String wireName) {
      this.wireName = wireName;
    }

    /** Returns the JSON property name. */
    public String wireName() {
      return wireName;
    }
  }

  private final String wireName;

  InteractionType(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the value of {@code interactionType} in JSON, such as {@code long-fill-in}. */
  public String wireName() {
    return wireName;
  }

  /** Returns the component lists this type may carry (none for most types). */
  public Set<ComponentList> allowedComponents() {
    return switch (this) {
      case CHOICE, SEQUENCING -> Set.of(ComponentList.CHOICES);
      case LIKERT -> Set.of(ComponentList.SCALE);
      case MATCHING -> Set.of(ComponentList.SOURCE, ComponentList.TARGET);
      case PERFORMANCE -> Set.of(ComponentList.STEPS);
      case TRUE_FALSE, FILL_IN, LONG_FILL_IN, NUMERIC, OTHER -> Set.of();
    };
  }

  /**
   * Returns the type with this wire name (case-sensitive, as xAPI values are).
   *
   * @return the type, or empty if the name is not one of the ten
   */
  public static Optional<InteractionType> fromWireName(String wireName) {
    Objects.requireNonNull(wireName, "wireName");
    for (InteractionType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
