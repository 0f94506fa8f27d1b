package org.moocinterop.node.lti;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/** {@code GET} of a public key set (RFC 7517 5), cacheable for five minutes; never private parts. */
final class JwksServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient Supplier<JWKSet> keys;

  JwksServlet(Supplier<JWKSet> keys) {
    this.keys = keys;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Cache-Control", "max-age=300");
    response.getWriter().write(keys.get().toPublicJWKSet().toString(true));
  }
}
