package org.moocinterop.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.ValidationException;
import org.moocinterop.impl.jdbc.JdbcDatabase;
import org.moocinterop.node.lrs.LrsCredentialOption;
import org.moocinterop.node.lrs.LrsFeature;
import org.moocinterop.node.lrs.LrsStores;
import org.moocinterop.node.lti.LtiDemoFeature;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.lrs.LrsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the node until it is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start the node.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "0.0.0.0",
      description = "Interface to listen on (default: ${DEFAULT-VALUE}, all interfaces).")
  String host = "0.0.0.0";

  @Option(names = "--data", defaultValue = "data",
      description = "Directory for the node's files and its embedded database (default: ./${DEFAULT-VALUE}).")
  Path data = Path.of("data");

  @Option(names = "--db",
      description = "JDBC URL of a PostgreSQL database (jdbc:postgresql://host:5432/name) for every store; "
          + "default: an H2 file database in the data directory.")
  @Nullable String db;

  @Option(names = "--db-user", description = "User name for --db.")
  @Nullable String dbUser;

  @Option(names = "--db-password", description = "Password for --db (never logged).")
  @Nullable String dbPassword;

  @Option(names = "--lrs-user", description = "User name of the LRS credential with every scope (default: lrs).")
  @Nullable String lrsUser;

  @Option(names = "--lrs-password",
      description = "Password of that credential; when absent a random one is generated and shown at start-up.")
  @Nullable String lrsPassword;

  @Option(names = "--lrs-announced-version", defaultValue = "2.0.0",
      description = "xAPI version the LRS names in answers to requests that give none: 2.0.0 or 1.0.3 "
          + "(default: ${DEFAULT-VALUE}).")
  String lrsAnnouncedVersion = "2.0.0";

  @Option(names = "--config", description = "JSON config file (LTI registrations: see docs/lti-demo.md).")
  @Nullable Path config;

  @Override
  public Integer call() throws Exception {
    Files.createDirectories(data);
    LrsCredentialOption credential = LrsCredentialOption.resolve(lrsUser, lrsPassword);
    XapiVersion announced = XapiVersion.parseHeader(lrsAnnouncedVersion).orElseThrow(
        () -> new IllegalArgumentException("--lrs-announced-version must be 2.0.0 or 1.0.3"));
    LtiDemoFeature lti;
    try {
      lti = config == null ? LtiDemoFeature.create() : LtiDemoFeature.withConfig(config);
    } catch (ValidationException e) {
      e.violations().forEach(v -> System.err.println(config + ": " + v));
      return 2;
    }
    JdbcDatabase database = db == null
        ? JdbcDatabase.h2File(data)
        : JdbcDatabase.open(db, dbUser == null ? "" : dbUser, dbPassword == null ? "" : dbPassword);
    try (LrsStores stores = LrsStores.jdbc(database)) {
      LrsFeature lrs = new LrsFeature(credential, stores, LrsConfig.defaults().withAnnouncedVersion(announced));
      try (NodeServer server = new NodeServer(host, port, data, List.of(lrs, lti))) {
        server.start();
        LOG.info("mooc-interop node listening at {} (data in {}, database {}); LRS at {}/xapi/ with credential {}",
            server.baseUrl(), data.toAbsolutePath(), describeDatabase(), server.baseUrl(),
            credential.describe());
        server.join();
      }
    }
    return 0;
  }

  /** The database for the start-up line: the URL without its parameters (which may hold secrets). */
  private String describeDatabase() {
    if (db == null) {
      return "H2 file " + data.resolve(JdbcDatabase.H2_FILE_NAME + ".mv.db").toAbsolutePath();
    }
    int parameters = db.indexOf('?');
    return (parameters < 0 ? db : db.substring(0, parameters)) + (dbUser == null ? "" : " as " + dbUser);
  }
}
