package org.moocinterop.lti;

import java.util.Objects;
import java.util.Optional;

/**
 * The placement of a tool in a platform, from the
 * {@code https://purl.imsglobal.org/spec/lti/claim/resource_link} claim.
 *
 * @param id the platform's stable id of the link; not blank
 * @param title the link's title
 * @param description the link's description
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-claim">LTI Core 5.3.5</a>
 */
public record ResourceLink(String id, Optional<String> title, Optional<String> description) {

  public ResourceLink {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a resource link id must not be blank");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }

  /** A link with an id and a title. */
  public static ResourceLink of(String id, String title) {
    return new ResourceLink(id, Optional.of(title), Optional.empty());
  }
}
