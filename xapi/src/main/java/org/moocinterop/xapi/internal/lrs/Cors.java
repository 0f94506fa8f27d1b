package org.moocinterop.xapi.internal.lrs;

import java.util.List;
import java.util.Optional;
import org.moocinterop.xapi.lrs.LrsRequest;
import org.moocinterop.xapi.lrs.LrsResponse;

/**
 * Cross-origin resource sharing, so that content in a browser may send statements: answers
 * preflights and marks every answer to an allowed origin.
 */
public final class Cors {

  private static final String ALLOW_METHODS = "HEAD, GET, POST, PUT, DELETE, OPTIONS";
  private static final String ALLOW_HEADERS = "Authorization, Content-Type, Content-Length, "
      + "X-Experience-API-Version, If-Match, If-None-Match, Accept, Accept-Language, Origin";
  private static final String EXPOSE_HEADERS = "ETag, Last-Modified, Content-Type, Content-Length, "
      + "WWW-Authenticate, X-Experience-API-Version, X-Experience-API-Consistent-Through";

  private final List<String> allowedOrigins;

  public Cors(List<String> allowedOrigins) {
    this.allowedOrigins = List.copyOf(allowedOrigins);
  }

  /** The answer to an OPTIONS request: 204 with what may be sent. */
  public LrsResponse preflight(LrsRequest request) {
    return decorate(request, LrsResponse.empty(204)
        .replacingHeader("Access-Control-Allow-Methods", ALLOW_METHODS)
        .replacingHeader("Access-Control-Allow-Headers", ALLOW_HEADERS)
        .replacingHeader("Access-Control-Max-Age", "86400")
        .replacingHeader("Allow", ALLOW_METHODS));
  }

  /** {@code response} with the CORS headers for the request's origin, if it is allowed. */
  public LrsResponse decorate(LrsRequest request, LrsResponse response) {
    Optional<String> origin = request.headers().first("Origin");
    if (origin.isEmpty() || !(allowedOrigins.contains("*") || allowedOrigins.contains(origin.get()))) {
      return response;
    }
    return response
        .replacingHeader("Access-Control-Allow-Origin", origin.get())
        .replacingHeader("Access-Control-Allow-Credentials", "true")
        .replacingHeader("Access-Control-Expose-Headers", EXPOSE_HEADERS)
        .withHeader("Vary", "Origin");
  }
}
