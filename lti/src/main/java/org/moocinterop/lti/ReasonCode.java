package org.moocinterop.lti;

/**
 * Why an LTI 1.3 message was refused: one code per rule of the 1EdTech Security Framework and
 * LTI Core 1.3 that a message can break. Stable: callers, logs and tests may match on it.
 *
 * <p>Each code carries the HTTP status a handler answers with: {@code 400} for a request that is
 * malformed or incomplete, {@code 401} for one whose credentials (signature, audience, time,
 * nonce, state) do not hold, {@code 502} when the platform's key set cannot be fetched, {@code 503} when overloaded.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#authentication-response-validation">
 *     Security Framework 5.1.3, Authentication Response Validation</a>
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#required-message-claims">LTI Core 5.3</a>
 */
public enum ReasonCode {
  /** The id_token is not a compact JWS with a JSON claims set. */
  MALFORMED_TOKEN(400),
  /** The token is unsigned ({@code alg=none}), encrypted, or signed with anything but RS256. */
  ALG_NOT_ALLOWED(401),
  /** The JWS header has no {@code kid}. */
  KID_MISSING(401),
  /** No key with the token's {@code kid} is in the platform's key set, even after a refresh. */
  UNKNOWN_KID(401),
  /** The platform's key set could not be fetched or parsed. */
  JWKS_UNAVAILABLE(502),
  /** The signature does not verify with the platform's key. */
  INVALID_SIGNATURE(401),
  /** {@code iss} is not the issuer of the registration. */
  WRONG_ISSUER(401),
  /** {@code aud} does not contain the tool's client_id. */
  WRONG_AUDIENCE(401),
  /** {@code aud} has several audiences and no {@code azp}. */
  AZP_REQUIRED(401),
  /** {@code azp} is present and is not the tool's client_id. */
  AZP_MISMATCH(401),
  /** {@code exp} is past, beyond the allowed leeway. */
  EXPIRED(401),
  /** {@code iat} is in the future, beyond the allowed leeway. */
  ISSUED_IN_FUTURE(401),
  /** The token has no {@code nonce}. */
  NONCE_MISSING(401),
  /** The {@code nonce} is not the one the tool issued at login. */
  NONCE_MISMATCH(401),
  /** The {@code nonce} was already used. */
  NONCE_REPLAYED(401),
  /** The {@code state} is unknown, expired, already used, or not bound to this browser. */
  STATE_MISMATCH(401),
  /** The LTI version claim is not {@code 1.3.0}. */
  WRONG_VERSION(400),
  /** The message type is absent from the types this tool accepts. */
  UNKNOWN_MESSAGE_TYPE(400),
  /** The {@code deployment_id} is not a deployment of the registration. */
  UNKNOWN_DEPLOYMENT(401),
  /** The {@code target_link_uri} differs from the one of the login initiation. */
  TARGET_LINK_URI_MISMATCH(401),
  /** A claim the message type requires is absent or empty. */
  MISSING_CLAIM(400),
  /** A claim has the wrong JSON type or an unreadable value. */
  INVALID_CLAIM(400),
  /** A login initiation names an issuer (or issuer and client_id) that is not registered. */
  UNKNOWN_ISSUER(400),
  /** A required request parameter is absent or blank. */
  MISSING_PARAMETER(400),
  /** A request parameter is malformed (not a URL, too long). */
  INVALID_PARAMETER(400),
  /** A login initiation asks for a {@code target_link_uri} the tool does not serve. */
  TARGET_LINK_URI_NOT_ALLOWED(400),
  /** The platform answered the authentication request with an OIDC error instead of a token. */
  PLATFORM_ERROR(401),
  /** Too many login initiations are pending; try again later. */
  TOO_MANY_PENDING_LOGINS(503),
  /** The request body exceeds the size limit. */
  REQUEST_TOO_LARGE(413),
  /** The HTTP method is not allowed on this endpoint. */
  METHOD_NOT_ALLOWED(405);

  private final int httpStatus;

  ReasonCode(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The HTTP status an endpoint answers with when it refuses a request for this reason. */
  public int httpStatus() {
    return httpStatus;
  }
}
