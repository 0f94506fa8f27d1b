package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class DurabilityH2Test extends DurabilityTestBase {
  @RegisterExtension final H2FileDatabases databases = new H2FileDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }

  @Override
  String user() {
    return "sa";
  }
}
