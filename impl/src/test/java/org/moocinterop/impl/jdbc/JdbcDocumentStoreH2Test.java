package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcDocumentStoreH2Test extends JdbcDocumentStoreTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
