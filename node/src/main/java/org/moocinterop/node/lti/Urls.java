package org.moocinterop.node.lti;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Builds URLs with query parameters. */
final class Urls {

  private Urls() {}

  /** {@code base} with {@code params} appended to its query, each encoded. */
  static URI withQuery(URI base, Map<String, String> params) {
    StringBuilder url = new StringBuilder(base.toString());
    char separator = base.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> param : params.entrySet()) {
      url.append(separator).append(URLEncoder.encode(param.getKey(), StandardCharsets.UTF_8))
          .append('=').append(URLEncoder.encode(param.getValue(), StandardCharsets.UTF_8));
      separator = '&';
    }
    return URI.create(url.toString());
  }
}
