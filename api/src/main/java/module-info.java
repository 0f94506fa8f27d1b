/**
 * The mooc-interop domain model, SPIs and exception hierarchy. Depends on the JDK only.
 *
 * <p>Packages: {@code org.moocinterop.api} (exceptions and shared values),
 * {@code org.moocinterop.api.spi} (interfaces that stores implement),
 * {@code org.moocinterop.api.memory} (in-memory implementations of every SPI),
 * {@code org.moocinterop.api.statement} (the xAPI statement model),
 * {@code org.moocinterop.api.json} (an immutable JSON value model, for extensions),
 * {@code org.moocinterop.api.learner} (learners, enrolments and roles),
 * {@code org.moocinterop.api.course} (courses, runs, outlines and learning resources),
 * {@code org.moocinterop.api.institution} (alliance members and their service endpoints),
 * {@code org.moocinterop.api.text} (localized text and language tags).
 */
module org.moocinterop.api {
  requires static transitive org.jspecify;

  exports org.moocinterop.api;
  exports org.moocinterop.api.course;
  exports org.moocinterop.api.institution;
  exports org.moocinterop.api.json;
  exports org.moocinterop.api.learner;
  exports org.moocinterop.api.memory;
  exports org.moocinterop.api.spi;
  exports org.moocinterop.api.statement;
  exports org.moocinterop.api.text;
}
