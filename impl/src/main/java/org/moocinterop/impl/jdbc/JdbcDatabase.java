package org.moocinterop.impl.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.moocinterop.api.StoreException;
import org.moocinterop.impl.internal.jdbc.FlywayMigrations;
import org.moocinterop.impl.internal.jdbc.SqlErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open, migrated database that the JDBC stores of mooc-interop share: a HikariCP connection
 * pool whose schema Flyway brought to the current version when it was opened.
 *
 * <p>Two vendors are supported, told apart by the JDBC URL: H2 ({@code jdbc:h2:...}), the
 * embedded default (see {@link #h2File(Path)}), and PostgreSQL ({@code jdbc:postgresql://...}).
 * Opening applies the migrations that the database lacks, once, even when several nodes open the
 * same database at the same time; the tables are named {@code mooc_*} and the migration history
 * is kept in {@code mooc_interop_schema_history}, so the database may hold other tables too.
 *
 * <p>An instance is thread-safe. Close it when the application stops, after the stores that use
 * it; a store used after that throws {@link StoreException}.
 *
 * <pre>{@code
 * try (JdbcDatabase db = JdbcDatabase.h2File(Path.of("data"))) {
 *   NonceStore nonces = new JdbcNonceStore(db, Clock.systemUTC());
 *   ...
 * }
 * }</pre>
 */
public final class JdbcDatabase implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcDatabase.class);

  /** The name (without H2's {@code .mv.db} suffix) of the database file {@link #h2File} opens. */
  public static final String H2_FILE_NAME = "mooc-interop";

  static final String HISTORY_TABLE = "mooc_interop_schema_history";
  private static final int MAX_POOL_SIZE = 10;

  /** The database products this class can open. */
  public enum Vendor {
    /** H2 2.x, embedded (file or memory) or as a server. URL prefix {@code jdbc:h2:}. */
    H2("jdbc:h2:", "h2"),
    /** PostgreSQL 12 or later. URL prefix {@code jdbc:postgresql:}. */
    POSTGRESQL("jdbc:postgresql:", "postgresql");

    private final String urlPrefix;
    private final String migrationFolder;

    Vendor(String urlPrefix, String migrationFolder) {
      this.urlPrefix = urlPrefix;
      this.migrationFolder = migrationFolder;
    }

    /**
     * The vendor whose JDBC URLs start like {@code jdbcUrl}.
     *
     * @return empty for a URL of any other database
     */
    public static Optional<Vendor> ofUrl(String jdbcUrl) {
      Objects.requireNonNull(jdbcUrl, "jdbcUrl");
      String lower = jdbcUrl.toLowerCase(Locale.ROOT);
      for (Vendor vendor : values()) {
        if (lower.startsWith(vendor.urlPrefix)) {
          return Optional.of(vendor);
        }
      }
      return Optional.empty();
    }
  }

  private final HikariDataSource dataSource;
  private final Vendor vendor;
  private final String displayUrl;

  private JdbcDatabase(HikariDataSource dataSource, Vendor vendor, String displayUrl) {
    this.dataSource = dataSource;
    this.vendor = vendor;
    this.displayUrl = displayUrl;
  }

  /**
   * Opens (creating it if needed) the H2 database in file {@value #H2_FILE_NAME}{@code .mv.db} of
   * {@code directory}, which is created if missing. Only one process at a time may open it; within
   * the process, any number of instances may.
   *
   * @throws IllegalArgumentException if the path contains {@code ;}, which H2 URLs cannot hold
   * @throws StoreException if the directory cannot be created or the database cannot be opened
   *     (for example because another process holds it) or migrated
   */
  public static JdbcDatabase h2File(Path directory) {
    Objects.requireNonNull(directory, "directory");
    Path absolute = directory.toAbsolutePath().normalize();
    if (absolute.toString().contains(";")) {
      throw new IllegalArgumentException(
          "an H2 database directory may not contain ';': " + absolute);
    }
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new StoreException("could not create the database directory " + absolute, e);
    }
    // LOCK_TIMEOUT: under contention a row lock is waited for rather than failing after H2's 1 s.
    String url = "jdbc:h2:file:" + absolute.resolve(H2_FILE_NAME) + ";LOCK_TIMEOUT=10000";
    return open(url, "sa", "");
  }

  /**
   * Opens the database at {@code jdbcUrl} and applies the migrations it lacks.
   *
   * @param jdbcUrl {@code jdbc:h2:...} or {@code jdbc:postgresql://host[:port]/database...}
   * @param user the database user
   * @param password the user's password (may be empty); never logged nor put in a message
   * @throws IllegalArgumentException if the URL is not one of a supported vendor
   * @throws StoreException if the database cannot be reached or migrated
   */
  public static JdbcDatabase open(String jdbcUrl, String user, String password) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    String displayUrl = redact(jdbcUrl);
    Vendor vendor = Vendor.ofUrl(jdbcUrl).orElseThrow(() -> new IllegalArgumentException(
        "unsupported JDBC URL '" + displayUrl + "': mooc-interop supports H2 (jdbc:h2:...) and"
            + " PostgreSQL (jdbc:postgresql://host/database)"));

    HikariConfig config = new HikariConfig();
    config.setPoolName("mooc-interop");
    config.setJdbcUrl(vendor == Vendor.H2 ? durableH2(jdbcUrl) : jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(MAX_POOL_SIZE);
    if (vendor == Vendor.POSTGRESQL) {
      // One multi-row INSERT per batch instead of a round trip per row (a URL value wins).
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StoreException("could not connect to " + displayUrl + SqlErrors.describe(e), e);
    }
    try {
      // Not under db/migration, which an application's own Flyway scans by default.
      int applied = FlywayMigrations.migrate(dataSource,
          "classpath:db/mooc-interop/" + vendor.migrationFolder, HISTORY_TABLE,
          JdbcDatabase.class.getClassLoader());
      LOG.info("Opened {} database {} ({} migration(s) applied)", vendor, displayUrl, applied);
      return new JdbcDatabase(dataSource, vendor, displayUrl);
    } catch (StoreException e) {
      dataSource.close();
      throw new StoreException("could not open " + displayUrl + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      dataSource.close();
      throw e;
    }
  }

  /**
   * H2 writes a commit to its file up to {@code WRITE_DELAY} (500 ms) after acknowledging it, so a
   * process killed in that window loses acknowledged transactions. Unless the URL sets it, commits
   * are written before they are acknowledged.
   */
  static String durableH2(String jdbcUrl) {
    return jdbcUrl.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")
        ? jdbcUrl : jdbcUrl + ";WRITE_DELAY=0";
  }

  /** The vendor of this database, which decides the SQL dialect of the stores. */
  public Vendor vendor() {
    return vendor;
  }

  /**
   * The pooled data source, for the stores of this library and an application's health checks.
   * Connections borrowed from it must be closed; the data source itself is closed by
   * {@link #close()} only.
   */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Closes the pool; connections in use are closed when they are returned. Idempotent. */
  @Override
  public void close() {
    dataSource.close();
  }

  /** The vendor and the URL without its parameters, which may hold credentials. */
  @Override
  public String toString() {
    return "JdbcDatabase[" + vendor + " " + displayUrl + "]";
  }

  /** The URL up to its parameters ({@code ?...} or {@code ;...}), which may carry a password. */
  static String redact(String jdbcUrl) {
    int end = jdbcUrl.length();
    for (char c : new char[] {'?', ';', '&'}) {
      int at = jdbcUrl.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String base = jdbcUrl.substring(0, end);
    // user:password@host in the authority is not a JDBC convention, but cut it anyway.
    int at = base.lastIndexOf('@');
    int scheme = base.indexOf("//");
    if (at > 0 && scheme >= 0 && at > scheme) {
      base = base.substring(0, scheme + 2) + base.substring(at + 1);
    }
    return end < jdbcUrl.length() ? base + "?..." : base;
  }
}
