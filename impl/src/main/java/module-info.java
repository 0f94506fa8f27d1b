/**
 * Production implementations of the mooc-interop SPIs (JDBC stores, Common Cartridge, catalog)
 * and the bridges between standards. Its packages arrive with the issues that need them.
 */
module org.moocinterop.impl {
  requires transitive org.moocinterop.api;
  requires transitive org.moocinterop.xapi;
  requires transitive org.moocinterop.lti;
  requires static transitive org.jspecify;
  requires org.slf4j;
}
