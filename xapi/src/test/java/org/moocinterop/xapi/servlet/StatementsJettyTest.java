package org.moocinterop.xapi.servlet;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64.Encoder;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.memory.InMemoryDocumentStore;
import org.moocinterop.api.memory.InMemoryStatementStore;
import org.moocinterop.xapi.lrs.InMemoryLrsCredentialStore;
import org.moocinterop.xapi.lrs.LrsCredential;
import org.moocinterop.xapi.lrs.XapiLrs;
import org.moocinterop.xapi.lrs.XapiScope;

/**
 * Attachments (multipart/mixed in and out) and signed statements, through {@link LrsServlet} on a
 * real Jetty on loopback (xAPI Communication 1.5.2, Data 2.4.11 and 2.6).
 */
class StatementsJettyTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static Server server;
  private static String base;
  private static PrivateKey signingKey;
  private static X509Certificate certificate;

  @BeforeAll
  static void start() throws Exception {
    ObjectNode authority = JSON.createObjectNode();
    authority.put("objectType", "Agent").put("mbox", "mailto:lrs@uni.example");
    XapiLrs lrs = XapiLrs.builder()
        .credentials(InMemoryLrsCredentialStore.of(
            LrsCredential.create("all", "pw", "Uni", authority, EnumSet.of(XapiScope.ALL))))
        .documents(new InMemoryDocumentStore()).statementStore(new InMemoryStatementStore()).build();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/");
    context.addServlet(new ServletHolder(new LrsServlet(lrs)), "/xapi/*");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort() + "/xapi";
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Objects.requireNonNull(
        StatementsJettyTest.class.getResourceAsStream("/lrs/signing/signer.p12"))) {
      keys.load(in, "test-only".toCharArray());
    }
    signingKey = (PrivateKey) keys.getKey("signer", "test-only".toCharArray());
    certificate = (X509Certificate) keys.getCertificate("signer");
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop();
  }

  // ---- attachments

  @Test
  void aMultipartStatementWithItsAttachmentIsStoredAndReturnedWithAttachmentsTrue() throws Exception {
    byte[] content = "hello, attachment".getBytes(UTF_8);
    ObjectNode statement = statement().put("id", UUID.randomUUID().toString());
    attach(statement, "http://example.org/usage/notes", "text/plain", content);
    HttpResponse<String> post = postMultipart(statement, List.of(new Part("text/plain", content, sha256(content))));
    assertThat(post.statusCode()).as(post.body()).isEqualTo(200);

    HttpResponse<byte[]> get = CLIENT.send(xapi("/statements?attachments=true&statementId="
        + statement.get("id").asText()).build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    String contentType = get.headers().firstValue("Content-Type").orElseThrow();
    assertThat(contentType).startsWith("multipart/mixed; boundary=");
    String body = new String(get.body(), UTF_8);
    int json = body.indexOf("Content-Type: application/json");
    int part = body.indexOf("X-Experience-API-Hash: " + sha256(content));
    assertThat(json).isNotNegative();
    assertThat(part).isGreaterThan(json);
    assertThat(body).contains("Content-Transfer-Encoding: binary").contains("hello, attachment");
  }

  @Test
  void withoutAttachmentsTrueTheAnswerIsJsonOnly() throws Exception {
    HttpResponse<String> get = CLIENT.send(xapi("/statements?attachments=false").build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(get.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
  }

  @Test
  void aPartWhoseContentDoesNotMatchItsHashIs400() throws Exception {
    byte[] content = "original".getBytes(UTF_8);
    ObjectNode statement = statement();
    attach(statement, "http://example.org/usage/notes", "text/plain", content);
    HttpResponse<String> post = postMultipart(statement,
        List.of(new Part("text/plain", "tampered".getBytes(UTF_8), sha256(content))));
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("XAPI-DATA-2.4.11.attachment-part");
  }

  @Test
  void anAttachmentWithoutItsPartIs400() throws Exception {
    ObjectNode statement = statement();
    attach(statement, "http://example.org/usage/notes", "text/plain", "absent".getBytes(UTF_8));
    assertThat(postMultipart(statement, List.of()).statusCode()).isEqualTo(400);
  }

  @Test
  void aMultipartBatchWithoutAttachmentPartsIsAccepted() throws Exception {
    assertThat(postMultipart(statement(), List.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void aMultipartBatchWithOnlyFileUrlAttachmentsIsAccepted() throws Exception {
    ObjectNode statement = statement();
    attach(statement, "http://example.org/usage/notes", "text/plain", "remote".getBytes(UTF_8));
    ((ObjectNode) statement.get("attachments").get(0)).put("fileUrl", "https://files.example.org/notes.txt");
    assertThat(postMultipart(statement, List.of()).statusCode()).isEqualTo(200);
  }

  @Test
  void aMultipartBodyWhoseFirstPartIsNotJsonIs400() throws Exception {
    String boundary = "b" + UUID.randomUUID();
    byte[] body = ("--" + boundary + "\r\nContent-Type: text/plain\r\n\r\nhello\r\n--" + boundary + "--\r\n")
        .getBytes(UTF_8);
    HttpResponse<String> post = CLIENT.send(xapi("/statements")
        .header("Content-Type", "multipart/mixed; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("XAPI-COMM-1.5.2.multipart");
  }

  // ---- signed statements

  @Test
  void aStatementSignedWithRs256AndAnX5cCertificateIsAccepted() throws Exception {
    ObjectNode statement = statement().put("id", UUID.randomUUID().toString());
    assertThat(postSigned(statement, sign(statement, JWSAlgorithm.RS256, true)).statusCode()).isEqualTo(200);
  }

  @Test
  void aSignatureWithAnotherAlgorithmIs400() throws Exception {
    ObjectNode statement = statement();
    HttpResponse<String> post = postSigned(statement, sign(statement, JWSAlgorithm.PS256, true));
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("XAPI-DATA-2.6.signature");
  }

  @Test
  void aSignatureWhosePayloadIsAnotherStatementIs400() throws Exception {
    ObjectNode statement = statement();
    ObjectNode other = statement();
    other.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/failed");
    HttpResponse<String> post = postSigned(statement, sign(other, JWSAlgorithm.RS384, true));
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("not the statement it signs");
  }

  @Test
  void aSignatureThatDoesNotVerifyWithItsCertificateIs400() throws Exception {
    ObjectNode statement = statement();
    String jws = sign(statement, JWSAlgorithm.RS512, true);
    String tampered = jws.substring(0, jws.length() - 4) + (jws.endsWith("AAAA") ? "BBBB" : "AAAA");
    HttpResponse<String> post = postSigned(statement, tampered);
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("XAPI-DATA-2.6.signature");
  }

  @Test
  void aSignatureThatIsNotAJwsIs400() throws Exception {
    assertThat(postSigned(statement(), "not a jws").statusCode()).isEqualTo(400);
  }

  // ---- helpers

  private static final class Part {
    private final String contentType;
    private final byte[] content;
    private final String sha2;

    Part(String contentType, byte[] content, String sha2) {
      this.contentType = contentType;
      this.content = content;
      this.sha2 = sha2;
    }

    String contentType() {
      return contentType;
    }

    byte[] content() {
      return content;
    }

    String sha2() {
      return sha2;
    }
  }

  private static ObjectNode statement() {
    ObjectNode statement = JSON.createObjectNode();
    statement.putObject("actor").put("mbox", "mailto:learner@example.org");
    statement.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/completed");
    statement.putObject("object").put("id", "http://example.org/course/1");
    return statement;
  }

  private static void attach(ObjectNode statement, String usage, String contentType, byte[] content)
      throws Exception {
    ObjectNode attachment = statement.withArray("attachments").addObject();
    attachment.put("usageType", usage).put("contentType", contentType).put("length", content.length)
        .put("sha2", sha256(content)).putObject("display").put("en-US", "an attachment");
  }

  private static String sign(ObjectNode statement, JWSAlgorithm algorithm, boolean withCertificate)
      throws Exception {
    JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
    if (withCertificate) {
      header.x509CertChain(List.of(Base64.encode(certificate.getEncoded())));
    }
    JWSObject jws = new JWSObject(header.build(), new Payload(statement.toString()));
    jws.sign(new RSASSASigner(signingKey));
    return jws.serialize();
  }

  private static HttpResponse<String> postSigned(ObjectNode statement, String jws) throws Exception {
    byte[] signature = jws.getBytes(UTF_8);
    ObjectNode signed = statement.deepCopy();
    attach(signed, SIGNATURE, "application/octet-stream", signature);
    return postMultipart(signed, List.of(new Part("application/octet-stream", signature, sha256(signature))));
  }

  private static HttpResponse<String> postMultipart(JsonNode statement, List<Part> parts) throws Exception {
    String boundary = "b" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n").getBytes(UTF_8));
    body.writeBytes(statement.toString().getBytes(UTF_8));
    for (Part part : parts) {
      body.writeBytes(("\r\n--" + boundary + "\r\nContent-Type: " + part.contentType()
          + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + part.sha2() + "\r\n\r\n")
          .getBytes(UTF_8));
      body.writeBytes(part.content());
    }
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return CLIENT.send(xapi("/statements").header("Content-Type", "multipart/mixed; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder xapi(String pathAndQuery) {
    Encoder encoder = java.util.Base64.getEncoder();
    return HttpRequest.newBuilder(URI.create(base + pathAndQuery))
        .header("Authorization", "Basic " + encoder.encodeToString("all:pw".getBytes(UTF_8)))
        .header("X-Experience-API-Version", "2.0.0");
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
