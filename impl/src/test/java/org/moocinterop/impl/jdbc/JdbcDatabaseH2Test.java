package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.StoreException;

class JdbcDatabaseH2Test extends JdbcDatabaseTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }

  @Override
  JdbcDatabase.Vendor expectedVendor() {
    return JdbcDatabase.Vendor.H2;
  }

  @Test
  void h2FileCreatesTheDirectoryAndOneDatabaseFile() {
    Path directory = databases.directory().resolve("nested/data");
    try (JdbcDatabase database = JdbcDatabase.h2File(directory)) {
      assertThat(database.vendor()).isEqualTo(JdbcDatabase.Vendor.H2);
    }
    assertThat(directory.resolve(JdbcDatabase.H2_FILE_NAME + ".mv.db")).isRegularFile();
  }

  @Test
  void aDirectoryThatCannotBeCreatedGivesAStoreException() throws Exception {
    Path file = Files.createFile(databases.directory().resolve("a-file"));
    assertThatThrownBy(() -> JdbcDatabase.h2File(file.resolve("data")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("could not create the database directory");
  }

  @Test
  void anH2PathWithASemicolonIsRefused() {
    assertThatThrownBy(() -> JdbcDatabase.h2File(databases.directory().resolve("a;b")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("';'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jdbc:mysql://localhost/db", "jdbc:sqlite:x.db", "postgresql://h/db",
      "", "jdbc:oracle:thin:@h:1521:db"})
  void anUnsupportedUrlIsRefusedNamingTheSupportedOnes(String url) {
    assertThatThrownBy(() -> JdbcDatabase.open(url, "u", "secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsupported JDBC URL")
        .hasMessageContaining("jdbc:h2:")
        .hasMessageContaining("jdbc:postgresql:");
  }

  @Test
  void credentialsInTheUrlStayOutOfMessages() {
    assertThatThrownBy(() ->
            JdbcDatabase.open("jdbc:mysql://h/db?user=u&password=hunter2", "u", "pw"))
        .hasMessageNotContaining("hunter2")
        .hasMessageContaining("jdbc:mysql://h/db");
    assertThat(JdbcDatabase.redact("jdbc:h2:file:/d/x;USER=sa;PASSWORD=hunter2"))
        .isEqualTo("jdbc:h2:file:/d/x?...");
    assertThat(JdbcDatabase.redact("jdbc:postgresql://u:hunter2@h:5432/db"))
        .isEqualTo("jdbc:postgresql://h:5432/db");
  }

  @Test
  void anUnreachableServerGivesAStoreExceptionWithoutThePassword() {
    // Port 1 on the loopback address: nothing listens there, the connection is refused at once.
    assertThatThrownBy(() ->
            JdbcDatabase.open("jdbc:postgresql://127.0.0.1:1/db?connectTimeout=5", "u", "hunter2"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not connect to jdbc:postgresql://127.0.0.1:1/db")
        .hasMessageNotContaining("hunter2");
  }
}
