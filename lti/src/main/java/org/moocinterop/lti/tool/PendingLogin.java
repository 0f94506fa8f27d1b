package org.moocinterop.lti.tool;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A login initiation the tool answered and whose launch it awaits, keyed by its {@code state}.
 *
 * @param state the state sent to the platform (random, 256 bits, url-safe base64)
 * @param nonce the nonce sent to the platform (random, 256 bits, url-safe base64)
 * @param issuer the platform's issuer
 * @param clientId the registration's client_id
 * @param targetLinkUri the target_link_uri of the login
 * @param deploymentId the lti_deployment_id of the login, if the platform sent one
 * @param clientSideStorage whether state and nonce were also put in the platform's storage
 *     ({@code lti_storage_target}); then the launch does not require the state cookie
 * @param expiresAt after this the launch is refused
 */
public record PendingLogin(
    String state,
    String nonce,
    String issuer,
    String clientId,
    URI targetLinkUri,
    Optional<String> deploymentId,
    boolean clientSideStorage,
    Instant expiresAt) {

  public PendingLogin {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(nonce, "nonce");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** Omits state and nonce. */
  @Override
  public String toString() {
    return "PendingLogin[iss=" + issuer + ", client_id=" + clientId + ", expiresAt=" + expiresAt + "]";
  }
}
