package org.moocinterop.lti.platform;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a platform knows about one registered tool.
 *
 * @param clientId the client_id the platform gave the tool
 * @param loginInitiationUrl the tool's OIDC login initiation endpoint
 * @param redirectUris the tool's launch endpoints; the {@code redirect_uri} of an authentication
 *     request must equal one of them exactly
 * @param jwksUri the tool's key set URL (for the tool's messages and service tokens)
 * @param targetLinkUris the launch URLs the tool offers; a launch must target one of them
 * @param deploymentIds the deployments of the tool in this platform
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI Core 3.1.3</a>
 */
public record ToolRegistration(
    String clientId,
    URI loginInitiationUrl,
    Set<URI> redirectUris,
    Optional<URI> jwksUri,
    Set<URI> targetLinkUris,
    Set<String> deploymentIds) {

  public ToolRegistration {
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    Objects.requireNonNull(loginInitiationUrl, "loginInitiationUrl");
    redirectUris = Set.copyOf(redirectUris);
    if (redirectUris.isEmpty()) {
      throw new IllegalArgumentException("a tool needs at least one redirect URI");
    }
    Objects.requireNonNull(jwksUri, "jwksUri");
    targetLinkUris = Set.copyOf(targetLinkUris);
    deploymentIds = Set.copyOf(deploymentIds);
  }

  /** Whether {@code uri} is one of the redirect URIs, compared exactly (as strings). */
  public boolean hasRedirectUri(String uri) {
    return redirectUris.stream().anyMatch(r -> r.toString().equals(uri));
  }
}
