package org.moocinterop.lti.tool;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What a launch must match, as the tool recorded it at login initiation: the registration the
 * login was for, the nonce the tool sent, and the target_link_uri the platform asked for.
 *
 * @param registration the platform registration; fixes {@code iss}, {@code aud}, the key set and
 *     the deployments
 * @param nonce the nonce the tool sent; when present the token's nonce must equal it
 * @param targetLinkUri the target_link_uri of the login; when present the token's must equal it
 * @param deploymentId the lti_deployment_id of the login; when present the token's must equal it
 */
public record LaunchExpectation(
    PlatformRegistration registration,
    Optional<String> nonce,
    Optional<URI> targetLinkUri,
    Optional<String> deploymentId) {

  public LaunchExpectation {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(deploymentId, "deploymentId");
  }

  /** An expectation with a nonce and a target link URI. */
  public static LaunchExpectation of(PlatformRegistration registration, String nonce, URI targetLinkUri) {
    return new LaunchExpectation(
        registration, Optional.of(nonce), Optional.of(targetLinkUri), Optional.empty());
  }
}
