package org.moocinterop.lti.platform;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.internal.FormPost;
import org.moocinterop.lti.internal.Urls;

/**
 * A third-party login initiation to send to a tool, as a redirect (GET) or an auto-submitting
 * form (POST).
 *
 * @param loginInitiationUrl the tool's login initiation endpoint
 * @param params {@code iss}, {@code login_hint}, {@code target_link_uri}, {@code
 *     lti_message_hint}, {@code lti_deployment_id}, {@code client_id}
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#step-1-third-party-initiated-login">
 *     Security Framework 5.1.1</a>
 */
public record ToolLoginRequest(URI loginInitiationUrl, Map<String, String> params) {

  public ToolLoginRequest {
    Objects.requireNonNull(loginInitiationUrl, "loginInitiationUrl");
    params = Map.copyOf(params);
  }

  /** The login initiation URL with the parameters in its query. */
  public URI redirectUrl() {
    return Urls.withQuery(loginInitiationUrl, new LinkedHashMap<>(params));
  }

  /** A {@code 302} to {@link #redirectUrl()}. */
  public LtiResponse redirect() {
    return LtiResponse.redirect(redirectUrl());
  }

  /** An auto-submitting HTML form posting the parameters to the tool. */
  public LtiResponse formPost() {
    return LtiResponse.html(200, FormPost.render(loginInitiationUrl.toString(), params));
  }
}
