package org.moocinterop.lti.tool;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The tool's answer to a third-party login initiation: the OIDC authentication request to send
 * the browser to, and the login it awaits.
 *
 * @param authorizationRequest the platform's authorization endpoint with the request parameters
 * @param login the pending login (state, nonce, registration, target link URI)
 * @param storageTarget the platform's {@code lti_storage_target}, when it offered client-side
 *     storage
 */
public record LoginInitiation(URI authorizationRequest, PendingLogin login, Optional<String> storageTarget) {

  public LoginInitiation {
    Objects.requireNonNull(authorizationRequest, "authorizationRequest");
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(storageTarget, "storageTarget");
  }
}
