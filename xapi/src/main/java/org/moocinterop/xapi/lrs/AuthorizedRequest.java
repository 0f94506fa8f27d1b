package org.moocinterop.xapi.lrs;

import java.util.Objects;
import org.moocinterop.xapi.XapiVersion;

/**
 * A request that has passed the LRS's cross-cutting checks: its xAPI version is served, its
 * caller is authenticated and holds a scope for the resource and method, a 1.0.3 alternate
 * request has been unwrapped into the request it stands for, and {@code HEAD} arrives as
 * {@code GET} (the engine drops the body afterwards). The body stream is capped.
 *
 * @param request the request; its body may be read once
 * @param version the negotiated xAPI version, also put in the response header by the engine
 * @param principal the caller
 */
public record AuthorizedRequest(LrsRequest request, XapiVersion version, LrsPrincipal principal) {
  public AuthorizedRequest {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(principal, "principal");
  }
}
