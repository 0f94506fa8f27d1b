package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcNonceStoreH2Test extends JdbcNonceStoreTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
