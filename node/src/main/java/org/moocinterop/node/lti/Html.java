package org.moocinterop.node.lti;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** HTML output of the demo pages: escaping and one self-contained page layout (no external resources). */
final class Html {

  private static final String STYLE = "body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;"
      + "padding:0 1rem;color:#1b1b1b}h1{font-size:1.5rem}table{border-collapse:collapse}"
      + "td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
      + ".error{border-left:4px solid #b00020;padding:.5rem 1rem;background:#fdecea}"
      + "code{background:#f3f3f3;padding:0 .2rem}";

  private Html() {}

  /** Escapes text for an HTML element body or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Writes a complete page. {@code title} is escaped here; {@code body} must already be safe HTML.
   * The page may not load anything from elsewhere nor run scripts, nor be framed by other sites.
   */
  static void write(HttpServletResponse response, int status, String title, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self' http: https:; base-uri 'none'");
    response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head><body>"
        + "<h1>" + escape(title) + "</h1>" + body + "</body></html>");
  }
}
