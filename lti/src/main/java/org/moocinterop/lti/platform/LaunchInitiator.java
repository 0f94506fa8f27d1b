package org.moocinterop.lti.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.moocinterop.lti.keys.KeyRing;

/**
 * Starts a launch from the platform side: the third-party login initiation request to a tool,
 * carrying a signed, single-use {@code lti_message_hint} that the {@link AuthorizationEndpoint}
 * redeems. Thread-safe.
 *
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#additional-login-parameters">LTI Core
 *     4.1</a>
 */
public final class LaunchInitiator {

  private final String issuer;
  private final ToolRegistrations tools;
  private final MessageHintCodec hints;

  /**
   * @param issuer this platform's issuer identifier
   * @param keys this platform's signing keys (they sign the message hint)
   * @param tools the registered tools
   * @param clock the clock of the hint's expiry
   * @param hintTtl how long the hint may be redeemed (a few minutes)
   */
  public LaunchInitiator(
      String issuer, KeyRing keys, ToolRegistrations tools, Clock clock, Duration hintTtl) {
    this.issuer = Objects.requireNonNull(issuer, "issuer");
    this.tools = Objects.requireNonNull(tools, "tools");
    this.hints = new MessageHintCodec(issuer, Objects.requireNonNull(keys, "keys"),
        Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(hintTtl, "hintTtl"));
  }

  /**
   * The login initiation for {@code hint}.
   *
   * @throws IllegalArgumentException if the tool is not registered, the deployment is not one of
   *     the tool's, or the target link URI is not one the tool offers
   */
  public ToolLoginRequest initiate(MessageHint hint) {
    Objects.requireNonNull(hint, "hint");
    ToolRegistration tool = tools.find(hint.clientId()).orElseThrow(() ->
        new IllegalArgumentException("no tool with client_id " + hint.clientId()));
    if (!tool.deploymentIds().contains(hint.deploymentId())) {
      throw new IllegalArgumentException("deployment " + hint.deploymentId() + " is not of tool "
          + tool.clientId());
    }
    if (!tool.targetLinkUris().isEmpty() && !tool.targetLinkUris().contains(hint.targetLinkUri())) {
      throw new IllegalArgumentException(hint.targetLinkUri() + " is not a target of tool "
          + tool.clientId());
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put("iss", issuer);
    params.put("login_hint", hint.userId());
    params.put("target_link_uri", hint.targetLinkUri().toString());
    params.put("lti_message_hint", hints.issue(hint));
    params.put("lti_deployment_id", hint.deploymentId());
    params.put("client_id", tool.clientId());
    return new ToolLoginRequest(tool.loginInitiationUrl(), params);
  }
}
