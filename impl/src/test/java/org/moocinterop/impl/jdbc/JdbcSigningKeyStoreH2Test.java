package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbcSigningKeyStoreH2Test extends JdbcSigningKeyStoreTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }
}
