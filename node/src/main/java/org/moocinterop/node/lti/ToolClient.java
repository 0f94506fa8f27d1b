package org.moocinterop.node.lti;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.moocinterop.lti.platform.ToolRegistration;

/**
 * A tool registered with the demo platform.
 *
 * @param clientId the client_id the platform gave the tool
 * @param name shown on the platform page
 * @param loginInitiationUrl the tool's OIDC login initiation URL
 * @param targetLinkUri where launches ask the tool to land
 * @param redirectUris the tool's launch URLs; an authentication request must name one exactly
 * @param jwksUri the tool's public key set (for its client assertions at the token endpoint)
 * @param deploymentId the deployment of the tool in the platform
 * @param scopes the service scopes the token endpoint may grant the tool
 */
record ToolClient(String clientId, String name, URI loginInitiationUrl, URI targetLinkUri,
    List<URI> redirectUris, URI jwksUri, String deploymentId, Set<String> scopes) {

  /** The LTI Advantage scopes (AGS and NRPS) a registered tool may ask a token for by default. */
  static final Set<String> ADVANTAGE_SCOPES = Set.of(
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
      "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
      "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
      "https://purl.imsglobal.org/spec/lti-ags/scope/score",
      "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

  ToolClient {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(loginInitiationUrl, "loginInitiationUrl");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    redirectUris = List.copyOf(redirectUris);
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(deploymentId, "deploymentId");
    scopes = Set.copyOf(scopes);
  }

  /** The core's view of this tool, for the launch initiator and the authorization endpoint. */
  ToolRegistration registration() {
    return new ToolRegistration(clientId, loginInitiationUrl, Set.copyOf(redirectUris),
        Optional.of(jwksUri), Set.of(targetLinkUri), Set.of(deploymentId));
  }
}
