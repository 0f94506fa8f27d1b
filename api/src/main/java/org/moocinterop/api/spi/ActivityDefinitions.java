package org.moocinterop.api.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.InteractionType.ComponentList;
import org.moocinterop.api.statement.LanguageMap;

/**
 * How a {@link StatementStore} keeps the canonical definition of an activity from the definitions
 * it sees in statements (xAPI Communication 2.5; the specification leaves the policy to the LRS).
 */
public final class ActivityDefinitions {

  private ActivityDefinitions() {}

  /**
   * The definition after {@code newer} was seen when {@code older} was held: the last definition
   * wins part by part. {@code name} and {@code description} are merged per language (an entry of
   * {@code newer} replaces the entry of {@code older} with the same tag; other entries stay);
   * {@code type}, {@code moreInfo} and non-empty {@code extensions} of {@code newer} replace those
   * of {@code older}; the interaction properties come as a whole from {@code newer} when it has an
   * {@code interactionType}, else from {@code older}.
   */
  public static ActivityDefinition merge(ActivityDefinition older, ActivityDefinition newer) {
    Objects.requireNonNull(older, "older");
    Objects.requireNonNull(newer, "newer");
    ActivityDefinition.Builder b = ActivityDefinition.builder();
    merge(older.name(), newer.name()).ifPresent(b::name);
    merge(older.description(), newer.description()).ifPresent(b::description);
    newer.type().or(older::type).ifPresent(b::type);
    newer.moreInfo().or(older::moreInfo).ifPresent(b::moreInfo);
    ActivityDefinition interaction = newer.interactionType().isPresent() ? newer : older;
    interaction.interactionType().ifPresent(b::interactionType);
    interaction.correctResponsesPattern().ifPresent(b::correctResponsesPattern);
    for (ComponentList list : ComponentList.values()) {
      b.components(list, interaction.components(list));
    }
    b.extensions(newer.extensions().isEmpty() ? older.extensions() : newer.extensions());
    return b.build();
  }

  private static Optional<LanguageMap> merge(Optional<LanguageMap> older, Optional<LanguageMap> newer) {
    if (older.isEmpty()) {
      return newer;
    }
    if (newer.isEmpty()) {
      return older;
    }
    Map<String, String> entries = new LinkedHashMap<>(older.get().asMap());
    newer.get().asMap().forEach((tag, text) -> {
      entries.keySet().removeIf(existing -> existing.equalsIgnoreCase(tag));
      entries.put(tag, text);
    });
    return Optional.of(LanguageMap.of(entries));
  }
}
