package org.moocinterop.api.statement;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.Iri;
import org.moocinterop.api.statement.InteractionType.ComponentList;

/**
 * Metadata of an activity: names, type, more-info link, interaction details, extensions. Made with
 * {@link #builder()}; every part is optional.
 *
 * <p>Rules checked by {@link Builder#build()} (xAPI Data 2.4.4.1): a component list ({@code
 * choices}, {@code scale}, {@code source}, {@code target}, {@code steps}) or a {@code
 * correctResponsesPattern} needs an {@code interactionType}; only the component lists of that type
 * are allowed; component ids are distinct within a list.
 *
 * <p>An absent component list is an empty list, and absent extensions are {@link
 * Extensions#empty()}. An absent {@code correctResponsesPattern} is {@link Optional#empty()}; an
 * empty one is present and means that no answer is correct.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#activity-definition">
 *     xAPI Data 2.4.4.1, Activity Definition</a>
 */
public final class ActivityDefinition {

  private final Optional<LanguageMap> name;
  private final Optional<LanguageMap> description;
  private final Optional<ActivityType> type;
  private final Optional<Iri> moreInfo;
  private final Optional<InteractionType> interactionType;
  private final Optional<List<String>> correctResponsesPattern;
  private final Map<ComponentList, List<InteractionComponent>> components;
  private final Extensions extensions;

  private ActivityDefinition(Builder b) {
    this.name = Optional.ofNullable(b.name);
    this.description = Optional.ofNullable(b.description);
    this.type = Optional.ofNullable(b.type);
    this.moreInfo = Optional.ofNullable(b.moreInfo);
    this.interactionType = Optional.ofNullable(b.interactionType);
    this.correctResponsesPattern = Optional.ofNullable(b.correctResponsesPattern);
    Map<ComponentList, List<InteractionComponent>> given = b.components;
    if (given == null) {
      this.components = Collections.emptyMap(); // most definitions: no interaction components
    } else {
      Map<ComponentList, List<InteractionComponent>> lists = new EnumMap<>(ComponentList.class);
      given.forEach(
          (list, items) -> {
            if (!items.isEmpty()) {
              lists.put(list, items);
            }
          });
      this.components = lists;
    }
    this.extensions = b.extensions;
    check();
  }

  private void check() {
    if (interactionType.isEmpty()) {
      if (correctResponsesPattern.isPresent()) {
        throw new IllegalArgumentException(
            "correctResponsesPattern needs an interactionType (xAPI Data 2.4.4.1)");
      }
      if (!components.isEmpty()) {
        throw new IllegalArgumentException(
            "interaction component lists need an interactionType (xAPI Data 2.4.4.1)");
      }
      return;
    }
    InteractionType it = interactionType.get();
    for (Map.Entry<ComponentList, List<InteractionComponent>> e : components.entrySet()) {
      if (!it.allowedComponents().contains(e.getKey())) {
        throw new IllegalArgumentException(
            "interaction type '"
                + it.wireName()
                + "' does not allow '"
                + e.getKey().wireName()
                + "' (xAPI Data 2.4.4.1, Interaction Components)");
      }
      Set<String> ids = new HashSet<>();
      for (InteractionComponent c : e.getValue()) {
        if (!ids.add(c.id())) {
          throw new IllegalArgumentException(
              "interaction component ids must be distinct within '"
                  + e.getKey().wireName()
                  + "': '"
                  + c.id()
                  + "' appears twice (xAPI Data 2.4.4.1, Interaction Components)");
        }
      }
    }
  }

  /** Returns a builder of an empty definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding this definition's parts. */
  public Builder toBuilder() {
    Builder b = new Builder();
    name.ifPresent(b::name);
    description.ifPresent(b::description);
    type.ifPresent(b::type);
    moreInfo.ifPresent(b::moreInfo);
    interactionType.ifPresent(b::interactionType);
    correctResponsesPattern.ifPresent(b::correctResponsesPattern);
    components.forEach(b::components);
    b.extensions(extensions);
    return b;
  }

  /** Returns the {@code name}. */
  public Optional<LanguageMap> name() {
    return name;
  }

  /** Returns the {@code description}. */
  public Optional<LanguageMap> description() {
    return description;
  }

  /** Returns the {@code type}. */
  public Optional<ActivityType> type() {
    return type;
  }

  /** Returns the {@code moreInfo} IRL. */
  public Optional<Iri> moreInfo() {
    return moreInfo;
  }

  /** Returns the {@code interactionType}. */
  public Optional<InteractionType> interactionType() {
    return interactionType;
  }

  /** Returns the {@code correctResponsesPattern}; present and empty means no answer is correct. */
  public Optional<List<String>> correctResponsesPattern() {
    return correctResponsesPattern;
  }

  /** Returns {@code choices} (empty if absent). */
  public List<InteractionComponent> choices() {
    return components(ComponentList.CHOICES);
  }

  /** Returns {@code scale} (empty if absent). */
  public List<InteractionComponent> scale() {
    return components(ComponentList.SCALE);
  }

  /** Returns {@code source} (empty if absent). */
  public List<InteractionComponent> source() {
    return components(ComponentList.SOURCE);
  }

  /** Returns {@code target} (empty if absent). */
  public List<InteractionComponent> target() {
    return components(ComponentList.TARGET);
  }

  /** Returns {@code steps} (empty if absent). */
  public List<InteractionComponent> steps() {
    return components(ComponentList.STEPS);
  }

  /** Returns one component list (empty if absent). */
  public List<InteractionComponent> components(ComponentList list) {
    return components.getOrDefault(list, List.of());
  }

  /** Returns the {@code extensions} (empty if absent). */
  public Extensions extensions() {
    return extensions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityDefinition other
        && name.equals(other.name)
        && description.equals(other.description)
        && type.equals(other.type)
        && moreInfo.equals(other.moreInfo)
        && interactionType.equals(other.interactionType)
        && correctResponsesPattern.equals(other.correctResponsesPattern)
        && components.equals(other.components)
        && extensions.equals(other.extensions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name,
        description,
        type,
        moreInfo,
        interactionType,
        correctResponsesPattern,
        components,
        extensions);
  }

  @Override
  public String toString() {
    return "ActivityDefinition[name="
        + name
        + ", type="
        + type
        + ", interactionType="
        + interactionType
        + "]";
  }

  /** Builds an {@link ActivityDefinition}. Not thread-safe; lists are copied when given. */
  public static final class Builder {
    private @Nullable LanguageMap name;
    private @Nullable LanguageMap description;
    private @Nullable ActivityType type;
    private @Nullable Iri moreInfo;
    private @Nullable InteractionType interactionType;
    private @Nullable List<String> correctResponsesPattern;
    /** Made on the first component list given. */
    private @Nullable Map<ComponentList, List<InteractionComponent>> components;
    private Extensions extensions = Extensions.empty();

    private Builder() {}

    /** Sets {@code name}. */
    public Builder name(LanguageMap value) {
      this.name = Objects.requireNonNull(value, "name");
      return this;
    }

    /** Sets {@code description}. */
    public Builder description(LanguageMap value) {
      this.description = Objects.requireNonNull(value, "description");
      return this;
    }

    /** Sets {@code type}. */
    public Builder type(ActivityType value) {
      this.type = Objects.requireNonNull(value, "type");
      return this;
    }

    /** Sets {@code moreInfo}. */
    public Builder moreInfo(Iri value) {
      this.moreInfo = Objects.requireNonNull(value, "moreInfo");
      return this;
    }

    /** Sets {@code interactionType}. */
    public Builder interactionType(InteractionType value) {
      this.interactionType = Objects.requireNonNull(value, "interactionType");
      return this;
    }

    /** Sets {@code correctResponsesPattern} (copied); an empty list means no answer is correct. */
    public Builder correctResponsesPattern(List<String> value) {
      this.correctResponsesPattern = List.copyOf(value);
      return this;
    }

    /** Sets {@code choices} (copied). */
    public Builder choices(List<InteractionComponent> value) {
      return components(ComponentList.CHOICES, value);
    }

    /** Sets {@code scale} (copied). */
    public Builder scale(List<InteractionComponent> value) {
      return components(ComponentList.SCALE, value);
    }

    /** Sets {@code source} (copied). */
    public Builder source(List<InteractionComponent> value) {
      return components(ComponentList.SOURCE, value);
    }

    /** Sets {@code target} (copied). */
    public Builder target(List<InteractionComponent> value) {
      return components(ComponentList.TARGET, value);
    }

    /** Sets {@code steps} (copied). */
    public Builder steps(List<InteractionComponent> value) {
      return components(ComponentList.STEPS, value);
    }

    /** Sets one component list (copied). */
    public Builder components(ComponentList list, List<InteractionComponent> value) {
      Objects.requireNonNull(list, "list");
      List<InteractionComponent> copy = List.copyOf(value);
      Map<ComponentList, List<InteractionComponent>> lists = components;
      if (lists == null) {
        lists = new EnumMap<>(ComponentList.class);
        components = lists;
      }
      lists.put(list, copy);
      return this;
    }

    /** Sets {@code extensions}. */
    public Builder extensions(Extensions value) {
      this.extensions = Objects.requireNonNull(value, "extensions");
      return this;
    }

    /**
     * Builds the definition.
     *
     * @throws IllegalArgumentException if a rule in the class comment is broken
     */
    public ActivityDefinition build() {
      return new ActivityDefinition(this);
    }
  }
}
