package org.moocinterop.node.lti;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.moocinterop.lti.http.LtiRequest;

/** Reads servlet requests as the core's HTTP-neutral {@link LtiRequest}, with a body cap. */
final class Requests {

  /** Form posts larger than this are refused before they are read. */
  static final int MAX_FORM_BYTES = 64 * 1024;

  private Requests() {}

  /** Whether the body is small enough to read; answers 413 when it is not. */
  static boolean withinLimit(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (request.getContentLengthLong() > MAX_FORM_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return false;
    }
    return true;
  }

  /** The method, the first value of each query or form parameter, and the cookies. */
  static LtiRequest toLti(HttpServletRequest request) {
    Map<String, String> params = new HashMap<>();
    for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
      if (e.getValue().length > 0) {
        params.put(e.getKey(), e.getValue()[0]);
      }
    }
    Map<String, String> cookies = new HashMap<>();
    Cookie @Nullable [] all = request.getCookies();
    if (all != null) {
      for (Cookie cookie : all) {
        cookies.putIfAbsent(cookie.getName(), cookie.getValue());
      }
    }
    return LtiRequest.of(request.getMethod(), params, cookies);
  }
}
