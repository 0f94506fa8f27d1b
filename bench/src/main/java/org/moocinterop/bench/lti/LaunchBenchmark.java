package org.moocinterop.bench.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.tool.LaunchExpectation;
import org.moocinterop.lti.tool.LaunchValidator;
import org.moocinterop.lti.tool.PlatformRegistration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * LTI 1.3 launches, single thread, RSA 2048 keys.
 *
 * <ul>
 *   <li>{@code toolValidate}: the tool's full validation of an id_token ({@code LaunchValidator}:
 *       parse, kid lookup in a warm {@code JwksClient} cache fetched over HTTP, RS256 verify, every
 *       claim rule, nonce remembered in the in-memory nonce store). Each call uses a token with a
 *       nonce the store has not seen: a pool of tokens with distinct nonces is signed at set-up, and
 *       the store is emptied each time the pool starts over.
 *   <li>{@code bareVerify}: the limit, nimbus parsing the same tokens and verifying their RS256
 *       signature with a ready verifier, nothing else.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LaunchBenchmark {

  static final String ISSUER = "https://platform.bench.example";
  static final String CLIENT_ID = "bench-tool";
  static final String DEPLOYMENT = "deployment-1";
  static final URI TARGET = URI.create("https://tool.bench.example/lti/launch");
  static final int POOL = 2048;

  @SuppressWarnings("NullAway.Init") // set in setUp
  private HttpServer jwksServer;
  @SuppressWarnings("NullAway.Init") // set in setUp
  private LaunchValidator validator;
  @SuppressWarnings("NullAway.Init") // set in setUp
  private ResettableNonceStore nonces;
  @SuppressWarnings("NullAway.Init") // set in setUp
  private RSASSAVerifier bareVerifier;
  private String[] tokens = new String[0];
  private LaunchExpectation[] expectations = new LaunchExpectation[0];
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws JOSEException, IOException {
    RSAKey platformKey = new RSAKeyGenerator(2048).keyID("bench-key-1").keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256).generate();
    jwksServer = serveKeySet(new JWKSet(platformKey.toPublicJWK()));
    URI jwksUri = URI.create("http://127.0.0.1:" + jwksServer.getAddress().getPort() + "/jwks");
    PlatformRegistration registration = PlatformRegistration.of(ISSUER, CLIENT_ID,
        URI.create(ISSUER + "/auth"), jwksUri, Set.of(DEPLOYMENT));
    JwksClient keys = JwksClient.builder().defaultTtl(Duration.ofHours(1)).build();
    nonces = new ResettableNonceStore();
    validator = LaunchValidator.builder(keys, nonces).build();
    bareVerifier = new RSASSAVerifier(platformKey.toRSAPublicKey());

    RSASSASigner signer = new RSASSASigner(platformKey);
    Instant now = Instant.now();
    tokens = new String[POOL];
    expectations = new LaunchExpectation[POOL];
    for (int i = 0; i < POOL; i++) {
      String nonce = UUID.randomUUID().toString();
      SignedJWT jwt = new SignedJWT(
          new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(platformKey.getKeyID()).build(),
          launchClaims(now, nonce));
      jwt.sign(signer);
      tokens[i] = jwt.serialize();
      expectations[i] = LaunchExpectation.of(registration, nonce, TARGET);
    }
    // Warm the key set cache: the first validation fetches it.
    validator.validate(tokens[0], expectations[0]);
    nonces.reset();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    jwksServer.stop(0);
  }

  /** A resource link launch of a learner, as a platform sends it, valid for one hour. */
  static JWTClaimsSet launchClaims(Instant now, String nonce) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(CLIENT_ID)
        .subject("learner-" + nonce.substring(0, 8))
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .claim("nonce", nonce)
        .claim("name", "Lea Lernerin")
        .claim("given_name", "Lea")
        .claim("family_name", "Lernerin")
        .claim("email", "lea@example.org")
        .claim("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiResourceLinkRequest")
        .claim("https://purl.imsglobal.org/spec/lti/claim/version", "1.3.0")
        .claim("https://purl.imsglobal.org/spec/lti/claim/deployment_id", DEPLOYMENT)
        .claim("https://purl.imsglobal.org/spec/lti/claim/target_link_uri", TARGET.toString())
        .claim("https://purl.imsglobal.org/spec/lti/claim/resource_link",
            Map.of("id", "link-1", "title", "Week 1 quiz"))
        .claim("https://purl.imsglobal.org/spec/lti/claim/context",
            Map.of("id", "course-1", "label", "INTEROP101",
                "title", "Interoperability of Learning Tools"))
        .claim("https://purl.imsglobal.org/spec/lti/claim/roles",
            List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
        .build();
  }

  private static HttpServer serveKeySet(JWKSet keys) throws IOException {
    byte[] body = keys.toString(true).getBytes(StandardCharsets.UTF_8);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/jwks", exchange -> {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server;
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == POOL ? 0 : i + 1;
    return i;
  }

  /** Full tool-side validation of a launch. */
  @Benchmark
  public LtiLaunch toolValidate() {
    int i = nextIndex();
    if (i == 0) {
      nonces.reset();
    }
    return validator.validate(tokens[i], expectations[i]);
  }

  /** The limit: parse and RS256-verify the same token, nothing else. */
  @Benchmark
  public boolean bareVerify() throws ParseException, JOSEException {
    return SignedJWT.parse(tokens[nextIndex()]).verify(bareVerifier);
  }
}
