package org.moocinterop.node;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The node's HTTP server: Jetty 12 with one servlet context holding every feature. */
public final class NodeServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(NodeServer.class);

  private final Server server;
  private final ServerConnector connector;
  private final String host;
  private final Path dataDirectory;
  private final List<NodeFeature> features;

  /**
   * @param host the interface to listen on ({@code 0.0.0.0} for all, {@code 127.0.0.1} for loopback)
   * @param port the port; 0 picks a free one (see {@link #port()})
   * @param dataDirectory where the node keeps its files
   * @param features what the node serves besides {@code /health}
   */
  public NodeServer(String host, int port, Path dataDirectory, List<NodeFeature> features) {
    this.host = Objects.requireNonNull(host, "host");
    this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
    this.features = List.copyOf(features);
    this.server = new Server();
    this.connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    server.setStopAtShutdown(true);
  }

  /** Starts the server and mounts every feature; returns once it accepts connections. */
  public void start() throws Exception {
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder("health", new HealthServlet()), "/health");
    server.setHandler(context);
    server.start();
    NodeContext node = new NodeContext(baseUrl(), dataDirectory);
    for (NodeFeature feature : features) {
      feature.mount(context, node);
      LOG.info("Mounted {}", feature.name());
    }
  }

  /** The port the server listens on (the chosen one when started with port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  /** The URL of the node, using loopback when it listens on every interface. */
  public URI baseUrl() {
    String shown = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    return URI.create("http://" + shown + ":" + port());
  }

  /** Blocks until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops the server; waits for requests in flight up to Jetty's stop timeout. */
  @Override
  public void close() {
    try {
      server.stop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      throw new IllegalStateException("the node could not stop cleanly", e);
    }
  }

  /** {@code GET /health}: 200 with a small JSON body while the node runs. */
  static final class HealthServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"status\":\"UP\"}");
    }
  }
}
