package org.moocinterop.api.institution;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Checks on the web addresses of this package. */
final class Urls {

  private Urls() {}

  /** {@code uri}, if it is an absolute http or https URL with a host. */
  static URI requireWebUrl(URI uri, String what) {
    Objects.requireNonNull(uri, what);
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          what + " must be an absolute http or https URL with a host, not '" + uri + "'");
    }
    return uri;
  }
}
