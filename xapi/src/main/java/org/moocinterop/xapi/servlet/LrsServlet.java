package org.moocinterop.xapi.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.util.Collections;
import java.util.Objects;
import org.moocinterop.xapi.lrs.LrsRequest;
import org.moocinterop.xapi.lrs.LrsResponse;
import org.moocinterop.xapi.lrs.XapiLrs;

/**
 * Serves an {@link XapiLrs} from a Jakarta Servlet 6 container. Map it with a wildcard under any
 * prefix, such as {@code /xapi/*}; the path below the mapping is the xAPI resource path.
 *
 * <p>Query parameters are read from the raw query string, never from a form body, so that the
 * engine sees the body untouched. The body streams to the engine, which stops reading past
 * {@link org.moocinterop.xapi.lrs.LrsConfig#maxBodyBytes()} and answers 413.
 *
 * <pre>{@code
 * ServletContextHandler context = new ServletContextHandler("/");
 * context.addServlet(new ServletHolder(new LrsServlet(lrs)), "/xapi/*");
 * }</pre>
 */
public class LrsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient XapiLrs lrs;

  /** A servlet answering with {@code lrs}. */
  public LrsServlet(XapiLrs lrs) {
    this.lrs = Objects.requireNonNull(lrs, "lrs");
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LrsResponse answer = lrs.handle(toLrsRequest(request));
    response.setStatus(answer.status());
    answer.headers().asMap().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
    if (request.getMethod().equals("HEAD")) {
      return;
    }
    answer.body().length().ifPresent(response::setContentLengthLong);
    try (OutputStream out = response.getOutputStream()) {
      answer.body().writeTo(out);
    }
  }

  /** The engine's view of {@code request}. */
  static LrsRequest toLrsRequest(HttpServletRequest request) throws IOException {
    String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
    LrsRequest.Builder builder = LrsRequest.builder(request.getMethod(), path);
    String query = request.getQueryString();
    if (query != null && !query.isEmpty()) {
      for (String pair : query.split("&", -1)) {
        if (pair.isEmpty()) {
          continue;
        }
        int equals = pair.indexOf('=');
        builder.queryParameter(decode(equals < 0 ? pair : pair.substring(0, equals)),
            equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    for (String name : Collections.list(request.getHeaderNames())) {
      for (String value : Collections.list(request.getHeaders(name))) {
        builder.header(name, value);
      }
    }
    return builder.body(request.getInputStream()).build();
  }

  /** Percent-decodes; malformed escapes are kept as sent, for the engine's validation to reject. */
  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
