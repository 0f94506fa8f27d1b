/**
 * The mooc-interop domain model, SPIs and exception hierarchy. Depends on the JDK only.
 *
 * <p>Packages: {@code org.moocinterop.api} (exceptions and shared values),
 * {@code org.moocinterop.api.spi} (interfaces that stores implement),
 * {@code org.moocinterop.api.memory} (in-memory implementations of every SPI).
 */
module org.moocinterop.api {
  requires static transitive org.jspecify;

  exports org.moocinterop.api;
  exports org.moocinterop.api.spi;
  exports org.moocinterop.api.memory;
  exports org.moocinterop.api.learner;
  exports org.moocinterop.api.course;
  exports org.moocinterop.api.institution;
  exports org.moocinterop.api.text;
}
