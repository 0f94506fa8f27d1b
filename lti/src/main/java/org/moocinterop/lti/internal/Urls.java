package org.moocinterop.lti.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Query strings. */
public final class Urls {

  private Urls() {}

  /** {@code base} with {@code params} appended to its query, form-encoded in UTF-8. */
  public static URI withQuery(URI base, Map<String, String> params) {
    StringBuilder url = new StringBuilder(base.toString());
    int hash = url.indexOf("#");
    if (hash >= 0) {
      url.setLength(hash);
    }
    char separator = base.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> e : params.entrySet()) {
      url.append(separator).append(encode(e.getKey())).append('=').append(encode(e.getValue()));
      separator = '&';
    }
    return URI.create(url.toString());
  }

  /** Form-encodes a value in UTF-8. */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** The origin ({@code scheme://host[:port]}) of an absolute URI. */
  public static String origin(URI uri) {
    String origin = uri.getScheme() + "://" + uri.getHost();
    return uri.getPort() < 0 ? origin : origin + ":" + uri.getPort();
  }
}
