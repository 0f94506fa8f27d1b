package org.moocinterop.lti.servlet;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiHandler;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.internal.FormDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one {@link LtiHandler} as a servlet. Reads the query string and, for {@code
 * application/x-www-form-urlencoded} bodies, the form itself (UTF-8, capped at {@code
 * maxBodyBytes}: a larger body is a {@code 413}); collects cookies; writes the handler's
 * response. A handler failure is a {@code 500} with a JSON reason, never a stack trace.
 *
 * <pre>{@code
 * context.addServlet(new ServletHolder(new LtiServlet(loginInitiator)), "/lti/tool/login");
 * }</pre>
 */
public class LtiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(LtiServlet.class);

  /** The default body cap: 64 KiB, ample for an id_token form post. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  @SuppressWarnings("serial") // servlets are not serialized in practice
  private final LtiHandler handler;
  private final int maxBodyBytes;

  /** Serves {@code handler} with the default body cap. */
  public LtiServlet(LtiHandler handler) {
    this(handler, DEFAULT_MAX_BODY_BYTES);
  }

  /**
   * @param handler the endpoint
   * @param maxBodyBytes the largest request body read, in bytes
   */
  public LtiServlet(LtiHandler handler, int maxBodyBytes) {
    this.handler = Objects.requireNonNull(handler, "handler");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    LtiResponse response;
    try {
      response = handler.handle(toLtiRequest(req));
    } catch (LtiLaunchException e) {
      response = LtiResponse.error(e);
      if (e.reason() == ReasonCode.REQUEST_TOO_LARGE) {
        // The unread body stays on the connection: say that it will be closed.
        response = response.withHeader("Connection", "close");
      }
    } catch (RuntimeException e) {
      LOG.error("LTI handler failed on {} {}", req.getMethod(), req.getRequestURI(), e);
      response = LtiResponse.json(500, "{\"error\":\"SERVER_ERROR\",\"message\":\"internal error\"}");
    }
    write(response, resp);
  }

  private LtiRequest toLtiRequest(HttpServletRequest req) throws IOException {
    Map<String, String> params = new LinkedHashMap<>();
    try {
      String query = req.getQueryString();
      if (query != null) {
        FormDecoder.decode(query, params);
      }
      String contentType = req.getContentType();
      if (contentType != null && contentType.toLowerCase(Locale.ROOT)
          .startsWith("application/x-www-form-urlencoded")) {
        FormDecoder.decode(readBody(req), params);
      }
    } catch (IllegalArgumentException e) {
      throw new LtiLaunchException(ReasonCode.INVALID_PARAMETER, "malformed form encoding");
    }
    Map<String, String> cookies = new LinkedHashMap<>();
    Cookie[] all = req.getCookies();
    if (all != null) {
      for (Cookie c : all) {
        cookies.putIfAbsent(c.getName(), c.getValue());
      }
    }
    return new LtiRequest(req.getMethod(), params, cookies);
  }

  private String readBody(HttpServletRequest req) throws IOException {
    long declared = req.getContentLengthLong();
    if (declared > maxBodyBytes) {
      throw tooLarge();
    }
    byte[] body;
    try (InputStream in = req.getInputStream()) {
      body = in.readNBytes(maxBodyBytes + 1);
    }
    if (body.length > maxBodyBytes) {
      throw tooLarge();
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private LtiLaunchException tooLarge() {
    return new LtiLaunchException(ReasonCode.REQUEST_TOO_LARGE,
        "the request body exceeds " + maxBodyBytes + " bytes");
  }

  private static void write(LtiResponse response, HttpServletResponse resp) throws IOException {
    resp.setStatus(response.status());
    for (LtiResponse.Header h : response.headers()) {
      resp.addHeader(h.name(), h.value());
    }
    resp.setHeader("X-Content-Type-Options", "nosniff");
    byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
    resp.setContentLength(body.length);
    resp.getOutputStream().write(body);
  }
}
