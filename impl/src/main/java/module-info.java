/**
 * Production implementations of the mooc-interop SPIs and the bridges between standards.
 *
 * <p>Packages: {@code org.moocinterop.impl.jdbc} (the database bootstrap and the JDBC stores, on
 * H2 or PostgreSQL), {@code org.moocinterop.impl.file} (stores on a local directory).
 */
module org.moocinterop.impl {
  requires transitive org.moocinterop.api;
  requires transitive org.moocinterop.xapi;
  requires transitive org.moocinterop.lti;
  requires static transitive org.jspecify;
  requires transitive java.sql;
  requires org.slf4j;
  requires com.zaxxer.hikari;

  exports org.moocinterop.impl.jdbc;
  exports org.moocinterop.impl.file;
}
