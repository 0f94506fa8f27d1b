package org.moocinterop.lti.http;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as an LTI endpoint sees it: the method, the query and form parameters (first
 * value of each), and the cookies.
 *
 * @param method the HTTP method, upper case
 * @param params decoded query and {@code application/x-www-form-urlencoded} body parameters
 * @param cookies cookie values by name
 */
public record LtiRequest(String method, Map<String, String> params, Map<String, String> cookies) {

  public LtiRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    params = Map.copyOf(params);
    cookies = Map.copyOf(cookies);
  }

  /** A request without cookies. */
  public static LtiRequest of(String method, Map<String, String> params) {
    return new LtiRequest(method, params, Map.of());
  }

  /** A request with cookies. */
  public static LtiRequest of(String method, Map<String, String> params, Map<String, String> cookies) {
    return new LtiRequest(method, params, cookies);
  }

  /** The parameter's value; empty if absent or blank. */
  public Optional<String> param(String name) {
    String value = params.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** The cookie's value; empty if absent. */
  public Optional<String> cookie(String name) {
    return Optional.ofNullable(cookies.get(name));
  }

  /** Whether the method is one of {@code methods}. */
  public boolean isMethod(String... methods) {
    for (String m : methods) {
      if (m.equalsIgnoreCase(method)) {
        return true;
      }
    }
    return false;
  }
}
