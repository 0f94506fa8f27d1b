package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcStatementStoreH2Test extends JdbcStatementStoreTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
