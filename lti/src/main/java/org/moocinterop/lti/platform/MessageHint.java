package org.moocinterop.lti.platform;

import java.net.URI;
import java.util.Objects;
import org.moocinterop.lti.MessageType;

/**
 * What a platform's login initiation asked to launch, carried to its authorization endpoint in
 * the signed, single-use {@code lti_message_hint}.
 *
 * @param clientId the tool
 * @param deploymentId the deployment
 * @param userId the user the launch is for (also the {@code login_hint})
 * @param messageType the message to send
 * @param targetLinkUri where the tool should land
 * @param reference the host platform's own reference (a resource link id, a placement id) from
 *     which it builds the launch
 */
public record MessageHint(
    String clientId,
    String deploymentId,
    String userId,
    MessageType messageType,
    URI targetLinkUri,
    String reference) {

  public MessageHint {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(deploymentId, "deploymentId");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(messageType, "messageType");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(reference, "reference");
  }
}
