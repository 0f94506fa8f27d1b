package org.moocinterop.impl.jdbc;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;

/**
 * A JUnit extension that gives each test a fresh, empty database of one vendor. Register it on an
 * instance field with {@code @RegisterExtension}; everything opened through it is closed and
 * deleted after the test.
 */
interface TestDatabases extends BeforeEachCallback, AfterEachCallback {

  /** Opens (and migrates) this test's database; may be called several times in a test. */
  JdbcDatabase open();

  /** The JDBC URL of this test's database. */
  String url();
}
