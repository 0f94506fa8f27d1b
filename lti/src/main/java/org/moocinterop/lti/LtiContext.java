package org.moocinterop.lti;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context of a launch (a course, a course run, a group), from the
 * {@code https://purl.imsglobal.org/spec/lti/claim/context} claim.
 *
 * @param id the platform's stable id of the context; not blank
 * @param label a short label, such as a course code
 * @param title a full title
 * @param types context type IRIs (or the deprecated short names), in message order
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#context-claim">LTI Core 5.4.1</a>
 */
public record LtiContext(String id, Optional<String> label, Optional<String> title, List<String> types) {

  public LtiContext {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a context id must not be blank");
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    types = List.copyOf(types);
  }

  /** A context with an id, label and title and no types. */
  public static LtiContext of(String id, String label, String title) {
    return new LtiContext(id, Optional.of(label), Optional.of(title), List.of());
  }
}
