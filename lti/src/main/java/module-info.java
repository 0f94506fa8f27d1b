/** LTI 1.3 Advantage (Tool and Platform) and LTI 1.1 with Outcomes for mooc-interop. */
module org.moocinterop.lti {
  requires transitive org.moocinterop.api;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.databind;
  requires transitive com.nimbusds.jose.jwt;
  requires transitive java.net.http;
  requires org.slf4j;
  requires jakarta.xml.bind;
  requires static transitive jakarta.servlet;

  exports org.moocinterop.lti;
  exports org.moocinterop.lti.http;
  exports org.moocinterop.lti.jwks;
  exports org.moocinterop.lti.keys;
  exports org.moocinterop.lti.platform;
  exports org.moocinterop.lti.servlet;
  exports org.moocinterop.lti.tool;
}
