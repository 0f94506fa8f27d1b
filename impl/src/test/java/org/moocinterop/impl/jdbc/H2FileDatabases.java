package org.moocinterop.impl.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Each test gets an H2 file database in a new temporary directory. */
final class H2FileDatabases implements TestDatabases {

  private final List<JdbcDatabase> opened = new ArrayList<>();
  private Path directory;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    directory = Files.createTempDirectory("mooc-interop-h2-");
  }

  @Override
  public JdbcDatabase open() {
    JdbcDatabase database = JdbcDatabase.h2File(directory);
    opened.add(database);
    return database;
  }

  @Override
  public String url() {
    return "jdbc:h2:file:" + directory.resolve(JdbcDatabase.H2_FILE_NAME);
  }

  /** The directory that holds this test's database file. */
  Path directory() {
    return directory;
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    opened.forEach(JdbcDatabase::close);
    opened.clear();
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
