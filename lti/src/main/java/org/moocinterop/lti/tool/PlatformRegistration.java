package org.moocinterop.lti.tool;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a tool knows about one platform registration: the platform's issuer, the client_id the
 * platform gave the tool, where the platform authenticates (its OIDC authorization endpoint) and
 * publishes its keys, and the deployments of the tool in that platform.
 *
 * <p>One issuer may register the same tool several times (several client_ids).
 *
 * @param issuer the platform's {@code iss}
 * @param clientId the tool's client_id at the platform
 * @param authorizationEndpoint the platform's OIDC authorization endpoint, where login
 *     initiation redirects
 * @param jwksUri the platform's key set URL
 * @param deploymentIds the deployment_ids of the tool in the platform; a launch from any other
 *     is refused
 * @param accessTokenUrl the platform's OAuth 2 token endpoint, for the Advantage services
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#tool-deployment">LTI Core 3.1.3</a>
 */
public record PlatformRegistration(
    String issuer,
    String clientId,
    URI authorizationEndpoint,
    URI jwksUri,
    Set<String> deploymentIds,
    Optional<URI> accessTokenUrl) {

  public PlatformRegistration {
    requireText(issuer, "issuer");
    requireText(clientId, "clientId");
    Objects.requireNonNull(authorizationEndpoint, "authorizationEndpoint");
    Objects.requireNonNull(jwksUri, "jwksUri");
    deploymentIds = Set.copyOf(deploymentIds);
    Objects.requireNonNull(accessTokenUrl, "accessTokenUrl");
  }

  /** A registration without a token endpoint. */
  public static PlatformRegistration of(
      String issuer, String clientId, URI authorizationEndpoint, URI jwksUri,
      Set<String> deploymentIds) {
    return new PlatformRegistration(issuer, clientId, authorizationEndpoint, jwksUri,
        deploymentIds, Optional.empty());
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
