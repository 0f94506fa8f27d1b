package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.RegisterExtension;

class DurabilityPostgresTest extends DurabilityTestBase {
  @RegisterExtension final PostgresDatabases databases = new PostgresDatabases();

  @Override
  TestDatabases databases() {
    return databases;
  }

  @Override
  String user() {
    return "postgres";
  }
}
