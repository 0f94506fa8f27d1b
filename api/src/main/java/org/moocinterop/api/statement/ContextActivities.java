package org.moocinterop.api.statement;

import java.util.List;
import java.util.Objects;

/**
 * The activities a statement relates to: {@code parent}, {@code grouping}, {@code category} and
 * {@code other}.
 *
 * <p>xAPI accepts a single activity or an array for each; this model always holds lists (the form
 * an LRS returns), and an absent property is an empty list.
 *
 * @param parent the activities this statement's activity is a direct part of
 * @param grouping activities related more loosely
 * @param category activities that tag the statement (for example a profile)
 * @param other any other contextual activities
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2462-contextactivities-property">
 *     xAPI Data 2.4.6.2</a>
 */
public record ContextActivities(
    List<Activity> parent, List<Activity> grouping, List<Activity> category, List<Activity> other) {

  private static final ContextActivities EMPTY =
      new ContextActivities(List.of(), List.of(), List.of(), List.of());

  public ContextActivities {
    parent = List.copyOf(Objects.requireNonNull(parent, "parent"));
    grouping = List.copyOf(Objects.requireNonNull(grouping, "grouping"));
    category = List.copyOf(Objects.requireNonNull(category, "category"));
    other = List.copyOf(Objects.requireNonNull(other, "other"));
  }

  /** Returns context activities with every list empty. */
  public static ContextActivities empty() {
    return EMPTY;
  }

  /** Returns a copy with this {@code parent} list. */
  public ContextActivities withParent(List<Activity> value) {
    return new ContextActivities(value, grouping, category, other);
  }

  /** Returns a copy with this {@code grouping} list. */
  public ContextActivities withGrouping(List<Activity> value) {
    return new ContextActivities(parent, value, category, other);
  }

  /** Returns a copy with this {@code category} list. */
  public ContextActivities withCategory(List<Activity> value) {
    return new ContextActivities(parent, grouping, value, other);
  }

  /** Returns a copy with this {@code other} list. */
  public ContextActivities withOther(List<Activity> value) {
    return new ContextActivities(parent, grouping, category, value);
  }

  /** Whether every list is empty. */
  public boolean isEmpty() {
    return parent.isEmpty() && grouping.isEmpty() && category.isEmpty() && other.isEmpty();
  }

  /** Returns a copy whose activities carry no definition, as statement comparison sees it. */
  public ContextActivities withoutDefinitions() {
    return new ContextActivities(bare(parent), bare(grouping), bare(category), bare(other));
  }

  private static List<Activity> bare(List<Activity> activities) {
    return activities.stream().map(Activity::withoutDefinition).toList();
  }
}
