/** xAPI 2.0.0 and 1.0.3 for mooc-interop: codec, validator, LRS engine, client. */
module org.moocinterop.xapi {
  requires transitive org.moocinterop.api;
  requires static transitive org.jspecify;
  requires transitive com.fasterxml.jackson.databind;
  requires com.nimbusds.jose.jwt;
  requires org.apache.commons.fileupload2.core; // multipart/mixed statement requests
  requires org.slf4j;
  requires java.net.http; // the LRS client; the servlet tests drive the LRS with it too
  requires static jakarta.servlet;

  exports org.moocinterop.xapi;
  exports org.moocinterop.xapi.json;
  exports org.moocinterop.xapi.lrs;
  exports org.moocinterop.xapi.servlet;
  exports org.moocinterop.xapi.validation;
}
