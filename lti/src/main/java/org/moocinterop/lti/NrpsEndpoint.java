package org.moocinterop.lti;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * The Names and Role Provisioning Service a platform offers for a launch, from the
 * {@code https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice} claim.
 *
 * @param contextMembershipsUrl the membership URL of the context
 * @param serviceVersions the service versions offered, such as {@code 2.0}
 * @see <a href="https://www.imsglobal.org/spec/lti-nrps/v2p0#lti-1-3-integration">NRPS 2.0,
 *     3.6.1</a>
 */
public record NrpsEndpoint(URI contextMembershipsUrl, List<String> serviceVersions) {

  public NrpsEndpoint {
    Objects.requireNonNull(contextMembershipsUrl, "contextMembershipsUrl");
    serviceVersions = List.copyOf(serviceVersions);
  }
}
