package org.moocinterop.node.lti;

import java.util.Objects;

/**
 * A refused token request: the OAuth 2.0 error code (RFC 6749 5.2) and the HTTP status it is sent
 * with. The description never contains the assertion or a key.
 */
final class TokenError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String error;
  private final int status;

  TokenError(String error, int status, String description) {
    super(Objects.requireNonNull(description, "description"), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
    this.status = status;
  }

  static TokenError invalidRequest(String description) {
    return new TokenError("invalid_request", 400, description);
  }

  static TokenError invalidClient(String description) {
    return new TokenError("invalid_client", 401, description);
  }

  static TokenError invalidScope(String description) {
    return new TokenError("invalid_scope", 400, description);
  }

  static TokenError unsupportedGrantType(String description) {
    return new TokenError("unsupported_grant_type", 400, description);
  }

  /** The OAuth 2.0 error code. */
  String error() {
    return error;
  }

  /** The HTTP status: 401 for {@code invalid_client}, 400 otherwise. */
  int status() {
    return status;
  }
}
