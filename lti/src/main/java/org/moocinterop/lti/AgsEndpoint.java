package org.moocinterop.lti;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Assignment and Grade Services a platform offers for a launch, from the
 * {@code https://purl.imsglobal.org/spec/lti-ags/claim/endpoint} claim.
 *
 * @param scopes the OAuth scopes the tool may request, such as
 *     {@code https://purl.imsglobal.org/spec/lti-ags/scope/score}
 * @param lineItems the line items container URL of the context
 * @param lineItem the line item URL of this resource link, when there is exactly one
 * @see <a href="https://www.imsglobal.org/spec/lti-ags/v2p0/#assignment-and-grade-service-claim">
 *     AGS 2.0, 3.1</a>
 */
public record AgsEndpoint(Set<String> scopes, Optional<URI> lineItems, Optional<URI> lineItem) {

  public AgsEndpoint {
    scopes = Set.copyOf(scopes);
    Objects.requireNonNull(lineItems, "lineItems");
    Objects.requireNonNull(lineItem, "lineItem");
  }
}
