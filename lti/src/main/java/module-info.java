/** LTI 1.3 Advantage (Tool and Platform) and LTI 1.1 with Outcomes for mooc-interop. */
module org.moocinterop.lti {
  requires transitive org.moocinterop.api;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires com.nimbusds.jose.jwt;
  requires org.slf4j;
  requires jakarta.xml.bind;
  requires static jakarta.servlet;

  exports org.moocinterop.lti;
}
