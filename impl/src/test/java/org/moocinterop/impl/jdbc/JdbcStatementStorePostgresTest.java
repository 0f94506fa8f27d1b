package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcStatementStorePostgresTest extends JdbcStatementStoreTestBase {
  @RegisterExtension final PostgresDatabases databases = new PostgresDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
