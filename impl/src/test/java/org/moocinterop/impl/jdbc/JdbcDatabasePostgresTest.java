package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.moocinterop.api.StoreException;

class JdbcDatabasePostgresTest extends JdbcDatabaseTestBase {
  @RegisterExtension final PostgresDatabases databases = new PostgresDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }

  @Override
  JdbcDatabase.Vendor expectedVendor() {
    return JdbcDatabase.Vendor.POSTGRESQL;
  }

  @Test
  void aMissingDatabaseGivesAStoreExceptionNamingIt() {
    String url = databases.url() + "_missing";
    assertThatThrownBy(() -> JdbcDatabase.open(url, "postgres", "hunter2"))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not connect to " + url)
        .hasMessageContaining("SQLSTATE 3D000")
        .hasMessageNotContaining("hunter2");
  }
}
