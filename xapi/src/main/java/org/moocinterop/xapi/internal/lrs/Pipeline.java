package org.moocinterop.xapi.internal.lrs;

import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.ValidationException;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsConfig;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsPrincipal;
import org.moocinterop.xapi.lrs.LrsRequest;
import org.moocinterop.xapi.lrs.LrsResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order in which every request is checked: CORS preflight, route, alternate syntax, about,
 * authentication, version, method, scope; then the resource; then the version and CORS headers
 * on whatever comes back, errors included.
 */
public final class Pipeline {

  /** Answers one authorized request of one resource. */
  @FunctionalInterface
  public interface Handler {
    LrsResponse handle(AuthorizedRequest request);
  }

  private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);

  private final LrsConfig config;
  private final VersionNegotiation versions;
  private final BasicAuthenticator authenticator;
  private final AlternateSyntax alternateSyntax;
  private final Cors cors;
  private final Responses responses;
  private final InfoResources info;
  private final Map<Endpoint, Handler> handlers;

  public Pipeline(
      LrsConfig config, BasicAuthenticator authenticator, Responses responses, InfoResources info,
      Map<Endpoint, Handler> handlers) {
    this.config = config;
    this.versions = new VersionNegotiation(config.versions());
    this.authenticator = authenticator;
    this.alternateSyntax = new AlternateSyntax(config.maxBodyBytes());
    this.cors = new Cors(config.allowedOrigins());
    this.responses = responses;
    this.info = info;
    this.handlers = Map.copyOf(handlers);
  }

  /** Answers {@code request}; never throws for anything a client sends. */
  public LrsResponse handle(LrsRequest request) {
    if (request.method().equals("OPTIONS")) {
      return cors.preflight(request);
    }
    XapiVersion[] announced = {versions.of(request.headers()).orElse(config.announcedVersion())};
    LrsResponse response;
    try {
      response = route(request, announced);
    } catch (LrsException e) {
      response = responses.error(e);
      if (e.status() == 401) {
        response = response.replacingHeader("WWW-Authenticate", "Basic realm=\"" + config.realm() + "\"");
      }
    } catch (ValidationException e) {
      response = responses.invalid(e);
    } catch (ConflictException e) {
      response = responses.error(new LrsException(409, "LRS.conflict", "xAPI-Communication 3.2",
          String.valueOf(e.getMessage())));
    } catch (StoreException e) {
      LOG.error("LRS store failure on {}", request, e);
      response = responses.error(new LrsException(503, "LRS.store-unavailable",
          "xAPI-Communication 3.2", "the LRS cannot reach its store; try again later"));
    } catch (RuntimeException e) {
      LOG.error("LRS failure on {}", request, e);
      response = responses.error(new LrsException(500, "LRS.internal-error", "xAPI-Communication 3.2",
          "the LRS failed to answer this request"));
    }
    response = response.replacingHeader(VersionNegotiation.HEADER, announced[0].text());
    if (LOG.isDebugEnabled()) {
      LOG.debug("{} {} -> {}", request.method(), request.path(), response.status());
    }
    return cors.decorate(request, response);
  }

  private LrsResponse route(LrsRequest original, XapiVersion[] announced) {
    Endpoint endpoint = Endpoint.at(original.path()).orElseThrow(() -> new LrsException(404,
        Rules.NOT_FOUND, "xAPI-Communication 2", "no xAPI resource at " + Values.abbreviate(original.path())));
    rejectDeclaredOversize(original);
    boolean alternate = AlternateSyntax.isUsedBy(original);
    LrsRequest request = alternate ? alternateSyntax.unwrap(original) : original;
    announced[0] = versions.of(request.headers()).orElse(announced[0]);
    boolean head = request.method().equals("HEAD");
    String method = head ? "GET" : request.method();
    if (!endpoint.methods().contains(method)) {
      return methodNotAllowed(endpoint);
    }
    if (endpoint == Endpoint.ABOUT) {
      LrsResponse about = info.about(request.query());
      return head ? about.withoutBody() : about;
    }
    LrsPrincipal principal = request.principal().orElseGet(() -> authenticator.authenticate(request.headers()));
    XapiVersion version = versions.require(request.headers());
    if (alternate && version == XapiVersion.V2_0_0) {
      throw Rules.badRequest(Rules.ALTERNATE_SYNTAX, "1.3",
          "xAPI 2.0.0 removed the alternate request syntax; send the request itself");
    }
    if (!endpoint.permits(principal, method)) {
      throw new LrsException(403, Rules.SCOPE, "xAPI-Communication 4.2",
          "credential '" + principal.key() + "' has no scope for " + method + " " + endpoint.path());
    }
    LrsRequest bounded = request.toBuilder(method)
        .body(new BoundedInputStream(request.body(), config.maxBodyBytes())).build();
    LrsResponse response = Optional.ofNullable(handlers.get(endpoint))
        .orElseThrow(() -> new IllegalStateException("no handler for " + endpoint))
        .handle(new AuthorizedRequest(bounded, version, principal));
    return head ? response.withoutBody() : response;
  }

  private void rejectDeclaredOversize(LrsRequest request) {
    Optional<String> length = request.headers().first("Content-Length");
    if (length.isPresent()) {
      try {
        if (Long.parseLong(length.get().trim()) > config.maxBodyBytes()) {
          throw BoundedInputStream.tooLarge(config.maxBodyBytes());
        }
      } catch (NumberFormatException e) {
        throw Rules.badRequest("LRS.content-length", "1.1", "Content-Length is not a number");
      }
    }
  }

  private LrsResponse methodNotAllowed(Endpoint endpoint) {
    TreeSet<String> allowed = new TreeSet<>(endpoint.methods());
    if (allowed.contains("GET")) {
      allowed.add("HEAD");
    }
    allowed.add("OPTIONS");
    return responses.error(new LrsException(405, Rules.METHOD, "xAPI-Communication 2",
            endpoint.path() + " answers " + allowed))
        .replacingHeader("Allow", String.join(", ", allowed));
  }
}
