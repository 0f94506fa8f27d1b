package org.moocinterop.api.institution;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where an institution's services answer. Every endpoint is optional: an institution may run an
 * LRS and no LTI platform, or only publish a catalog.
 *
 * <p>Rules: every URL is an absolute http(s) URL. The LTI platform issuer has no query and no
 * fragment (LTI 1.3 requires the {@code iss} claim to be such a URL), and the platform's
 * authorization, token and JWKS endpoints are only accepted together with its issuer.
 *
 * @param lrs the base URL of the xAPI Learning Record Store ({@code .../xapi/})
 * @param ltiPlatformIssuer the LTI 1.3 platform issuer ({@code iss})
 * @param ltiPlatformAuth the platform's OIDC authorization endpoint
 * @param ltiPlatformToken the platform's OAuth 2.0 token endpoint (for Advantage services)
 * @param ltiPlatformJwks the platform's JSON Web Key Set URL
 * @param ltiToolLogin the tool's OIDC third-party login initiation URL
 * @param ltiToolLaunch the tool's launch (redirect) URL
 * @param ltiToolJwks the tool's JSON Web Key Set URL
 * @param catalog the course catalog URL
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#openid_connect_launch_flow">1EdTech
 *     Security Framework 5.1, OpenID Connect launch flow</a>
 */
public record ServiceEndpoints(
    Optional<URI> lrs,
    Optional<URI> ltiPlatformIssuer,
    Optional<URI> ltiPlatformAuth,
    Optional<URI> ltiPlatformToken,
    Optional<URI> ltiPlatformJwks,
    Optional<URI> ltiToolLogin,
    Optional<URI> ltiToolLaunch,
    Optional<URI> ltiToolJwks,
    Optional<URI> catalog) {

  private static final ServiceEndpoints NONE = builder().build();

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if a URL is not an absolute http(s) URL, the issuer has a
   *     query or fragment, or a platform endpoint is given without the issuer
   */
  public ServiceEndpoints {
    check(lrs, "lrs");
    check(ltiPlatformIssuer, "ltiPlatformIssuer");
    check(ltiPlatformAuth, "ltiPlatformAuth");
    check(ltiPlatformToken, "ltiPlatformToken");
    check(ltiPlatformJwks, "ltiPlatformJwks");
    check(ltiToolLogin, "ltiToolLogin");
    check(ltiToolLaunch, "ltiToolLaunch");
    check(ltiToolJwks, "ltiToolJwks");
    check(catalog, "catalog");
    ltiPlatformIssuer.ifPresent(issuer -> {
      if (issuer.getRawQuery() != null || issuer.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "ltiPlatformIssuer must have no query and no fragment, not '" + issuer + "'");
      }
    });
    boolean platformParts = ltiPlatformAuth.isPresent() || ltiPlatformToken.isPresent()
        || ltiPlatformJwks.isPresent();
    if (platformParts && ltiPlatformIssuer.isEmpty()) {
      throw new IllegalArgumentException(
          "LTI platform endpoints (auth, token, JWKS) need the platform issuer as well");
    }
  }

  /** No endpoints at all. */
  public static ServiceEndpoints none() {
    return NONE;
  }

  /** A builder with every endpoint absent. */
  public static Builder builder() {
    return new Builder();
  }

  /** Whether the issuer, authorization, token and JWKS endpoints of an LTI platform are all set. */
  public boolean isLtiPlatform() {
    return ltiPlatformIssuer.isPresent() && ltiPlatformAuth.isPresent()
        && ltiPlatformToken.isPresent() && ltiPlatformJwks.isPresent();
  }

  /** Whether the login, launch and JWKS endpoints of an LTI tool are all set. */
  public boolean isLtiTool() {
    return ltiToolLogin.isPresent() && ltiToolLaunch.isPresent() && ltiToolJwks.isPresent();
  }

  private static void check(Optional<URI> url, String what) {
    Objects.requireNonNull(url, what).ifPresent(value -> Urls.requireWebUrl(value, what));
  }

  /** Builds {@link ServiceEndpoints}; each setter names one endpoint. Not thread-safe. */
  public static final class Builder {
    private @Nullable URI lrs;
    private @Nullable URI ltiPlatformIssuer;
    private @Nullable URI ltiPlatformAuth;
    private @Nullable URI ltiPlatformToken;
    private @Nullable URI ltiPlatformJwks;
    private @Nullable URI ltiToolLogin;
    private @Nullable URI ltiToolLaunch;
    private @Nullable URI ltiToolJwks;
    private @Nullable URI catalog;

    private Builder() {}

    /** Sets the LRS base URL. */
    public Builder lrs(URI url) {
      this.lrs = Objects.requireNonNull(url, "url");
      return this;
    }

    /** Sets the four endpoints of an LTI 1.3 platform at once. */
    public Builder ltiPlatform(URI issuer, URI auth, URI token, URI jwks) {
      this.ltiPlatformIssuer = Objects.requireNonNull(issuer, "issuer");
      this.ltiPlatformAuth = Objects.requireNonNull(auth, "auth");
      this.ltiPlatformToken = Objects.requireNonNull(token, "token");
      this.ltiPlatformJwks = Objects.requireNonNull(jwks, "jwks");
      return this;
    }

    /** Sets the three endpoints of an LTI 1.3 tool at once. */
    public Builder ltiTool(URI login, URI launch, URI jwks) {
      this.ltiToolLogin = Objects.requireNonNull(login, "login");
      this.ltiToolLaunch = Objects.requireNonNull(launch, "launch");
      this.ltiToolJwks = Objects.requireNonNull(jwks, "jwks");
      return this;
    }

    /** Sets the course catalog URL. */
    public Builder catalog(URI url) {
      this.catalog = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Builds the value from what was set.
     *
     * @throws IllegalArgumentException if an endpoint breaks a rule of {@link ServiceEndpoints}
     */
    public ServiceEndpoints build() {
      return new ServiceEndpoints(
          Optional.ofNullable(lrs),
          Optional.ofNullable(ltiPlatformIssuer),
          Optional.ofNullable(ltiPlatformAuth),
          Optional.ofNullable(ltiPlatformToken),
          Optional.ofNullable(ltiPlatformJwks),
          Optional.ofNullable(ltiToolLogin),
          Optional.ofNullable(ltiToolLaunch),
          Optional.ofNullable(ltiToolJwks),
          Optional.ofNullable(catalog));
    }
  }
}
