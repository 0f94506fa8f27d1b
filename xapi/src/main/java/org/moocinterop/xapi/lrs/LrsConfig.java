package org.moocinterop.xapi.lrs;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.moocinterop.xapi.XapiVersion;

/**
 * How an {@link XapiLrs} behaves where the specification leaves room.
 *
 * @param versions the xAPI versions served; a request naming another version gets 400
 * @param announcedVersion the version put in {@code X-Experience-API-Version} on answers to
 *     requests that name no version or one that is not served; must be one of {@code versions}
 * @param maxBodyBytes the largest request body accepted; larger bodies get 413
 * @param allowedOrigins origins allowed by CORS; {@code *} allows any
 * @param realm the HTTP Basic realm named in {@code WWW-Authenticate}
 */
public record LrsConfig(
    Set<XapiVersion> versions,
    XapiVersion announcedVersion,
    long maxBodyBytes,
    List<String> allowedOrigins,
    String realm) {

  /** Ten mebibytes: enough for a large statement batch, small enough to keep in memory. */
  public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

  public LrsConfig {
    Objects.requireNonNull(versions, "versions");
    Objects.requireNonNull(announcedVersion, "announcedVersion");
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("serve at least one xAPI version");
    }
    versions = Set.copyOf(versions);
    if (!versions.contains(announcedVersion)) {
      throw new IllegalArgumentException("announcedVersion " + announcedVersion + " is not served");
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    allowedOrigins = List.copyOf(allowedOrigins);
    Objects.requireNonNull(realm, "realm");
  }

  /**
   * Serves 2.0.0 and 1.0.3, announces 2.0.0, caps bodies at {@link #DEFAULT_MAX_BODY_BYTES},
   * allows every CORS origin.
   */
  public static LrsConfig defaults() {
    return new LrsConfig(EnumSet.allOf(XapiVersion.class), XapiVersion.V2_0_0,
        DEFAULT_MAX_BODY_BYTES, List.of("*"), "xAPI");
  }

  /** A copy announcing {@code version} (as the 1.0.3 conformance run expects 1.0.3). */
  public LrsConfig withAnnouncedVersion(XapiVersion version) {
    return new LrsConfig(versions, version, maxBodyBytes, allowedOrigins, realm);
  }

  /** A copy serving only {@code served}, announcing the latest of them. */
  public LrsConfig withVersions(Set<XapiVersion> served) {
    XapiVersion latest = served.contains(XapiVersion.V2_0_0) ? XapiVersion.V2_0_0 : XapiVersion.V1_0_3;
    return new LrsConfig(served, latest, maxBodyBytes, allowedOrigins, realm);
  }

  /** A copy with another body cap. */
  public LrsConfig withMaxBodyBytes(long bytes) {
    return new LrsConfig(versions, announcedVersion, bytes, allowedOrigins, realm);
  }

  /** A copy allowing only {@code origins} (or {@code *}). */
  public LrsConfig withAllowedOrigins(List<String> origins) {
    return new LrsConfig(versions, announcedVersion, maxBodyBytes, origins, realm);
  }
}
