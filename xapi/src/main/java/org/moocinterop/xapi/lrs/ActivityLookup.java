package org.moocinterop.xapi.lrs;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Finds the canonical definition of an activity for {@code GET /activities}; the statements
 * resource, which sees activity definitions, provides one.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#25-activities-resource">
 *     xAPI Communication 2.5 Activities Resource</a>
 */
@FunctionalInterface
public interface ActivityLookup {

  /** Knows no activity. */
  ActivityLookup NONE = activityId -> Optional.empty();

  /** The full Activity object (with {@code objectType} and {@code id}) of {@code activityId}, if known. */
  Optional<ObjectNode> find(String activityId);
}
