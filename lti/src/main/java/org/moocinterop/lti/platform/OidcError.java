package org.moocinterop.lti.platform;

/**
 * The OpenID Connect / OAuth 2 error codes the authorization endpoint answers with.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#AuthError">OIDC Core
 *     3.1.2.6</a>
 */
public enum OidcError {
  /** A parameter is missing, repeated or malformed; also a bad or replayed message hint. */
  INVALID_REQUEST("invalid_request"),
  /** The client_id is unknown. */
  UNAUTHORIZED_CLIENT("unauthorized_client"),
  /** {@code response_type} is not {@code id_token}. */
  UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),
  /** {@code scope} is not {@code openid}. */
  INVALID_SCOPE("invalid_scope"),
  /** Nobody is signed in, and {@code prompt=none} forbids asking. */
  LOGIN_REQUIRED("login_required"),
  /** The signed-in user is not the one the launch is for. */
  ACCESS_DENIED("access_denied"),
  /** The host platform failed to build the launch. */
  SERVER_ERROR("server_error");

  private final String code;

  OidcError(String code) {
    this.code = code;
  }

  /** The wire value of the {@code error} parameter. */
  public String code() {
    return code;
  }
}
