package org.moocinterop.lti.testing;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on a loopback port that publishes a key set and counts its fetches. */
public final class JwksServer implements AutoCloseable {

  private final HttpServer server;
  private final AtomicInteger fetches = new AtomicInteger();
  private volatile JWKSet keys = new JWKSet();
  private volatile int status = 200;
  private volatile String cacheControl = "";
  private volatile String body = "";
  private volatile CountDownLatch gate = new CountDownLatch(0);

  public JwksServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.createContext("/jwks", exchange -> {
      fetches.incrementAndGet();
      try {
        gate.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String text = body.isEmpty() ? keys.toString(true) : body;
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      if (!cacheControl.isEmpty()) {
        exchange.getResponseHeaders().add("Cache-Control", cacheControl);
      }
      exchange.sendResponseHeaders(status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
  }

  /** Publishes the public halves of {@code jwks}. */
  public JwksServer publish(JWK... jwks) {
    this.keys = new JWKSet(List.of(jwks)).toPublicJWKSet();
    return this;
  }

  public JwksServer status(int status) {
    this.status = status;
    return this;
  }

  public JwksServer cacheControl(String value) {
    this.cacheControl = value;
    return this;
  }

  /** Serves this body instead of the key set. */
  public JwksServer body(String body) {
    this.body = body;
    return this;
  }

  /** Holds every response until {@link CountDownLatch#countDown()} is called on the result. */
  public CountDownLatch hold() {
    CountDownLatch latch = new CountDownLatch(1);
    this.gate = latch;
    return latch;
  }

  /** Back to serving no keys with status 200, no Cache-Control, no fetches counted. */
  public JwksServer reset() {
    gate.countDown();
    keys = new JWKSet();
    status = 200;
    cacheControl = "";
    body = "";
    fetches.set(0);
    return this;
  }

  public int fetches() {
    return fetches.get();
  }

  @Override
  public void close() {
    gate.countDown();
    server.stop(0);
  }
}
