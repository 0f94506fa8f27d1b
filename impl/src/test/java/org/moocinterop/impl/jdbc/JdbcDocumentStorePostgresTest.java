package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDocumentStorePostgresTest extends JdbcDocumentStoreTestBase {
  @RegisterExtension final PostgresDatabases databases = new PostgresDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
