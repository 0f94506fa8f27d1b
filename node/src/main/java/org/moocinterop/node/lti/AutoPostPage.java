package org.moocinterop.node.lti;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;

/**
 * The OIDC {@code form_post} response (OAuth 2.0 Form Post Response Mode): a page whose form
 * posts the parameters to the tool's redirect URI as soon as it loads, with a button for browsers
 * without scripts. Its one inline script is allowed by hash, nothing else runs.
 */
final class AutoPostPage {

  private static final String SCRIPT = "document.forms[0].submit();";
  private static final String SCRIPT_HASH = "sha256-" + sha256(SCRIPT);

  private AutoPostPage() {}

  static void write(HttpServletResponse response, URI action, Map<String, String> fields)
      throws IOException {
    StringBuilder html = new StringBuilder(2048);
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>Launching...</title></head><body>")
        .append("<form method=\"post\" action=\"").append(Html.escape(action.toString()))
        .append("\">");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      html.append("<input type=\"hidden\" name=\"").append(Html.escape(field.getKey()))
          .append("\" value=\"").append(Html.escape(field.getValue())).append("\">");
    }
    html.append("<noscript><button type=\"submit\">Continue</button></noscript></form>")
        .append("<script>").append(SCRIPT).append("</script></body></html>");
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/html");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy",
        "default-src 'none'; script-src '" + SCRIPT_HASH + "'; base-uri 'none'");
    response.getWriter().write(html.toString());
  }

  private static String sha256(String text) {
    try {
      return Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
