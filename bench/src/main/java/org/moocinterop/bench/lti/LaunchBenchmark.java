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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.keys.KeyRing;
import org.moocinterop.lti.platform.AuthorizationEndpoint;
import org.moocinterop.lti.platform.LaunchInitiator;
import org.moocinterop.lti.platform.MessageHint;
import org.moocinterop.lti.platform.ToolRegistration;
import org.moocinterop.lti.platform.ToolRegistrations;
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
 * LTI 1.3 launches, single thread, RSA 2048 keys, each measured against its limit in the same run.
 *
 * <ul>
 *   <li>{@code toolValidate}: the tool's full validation of an id_token ({@code LaunchValidator}:
 *       parse, kid lookup in a warm {@code JwksClient} cache fetched over HTTP, RS256 verify, every
 *       claim rule, nonce remembered in the in-memory nonce store). Each call uses a token whose
 *       nonce the store has not seen: a pool of tokens with distinct nonces is signed at set-up,
 *       and the store is emptied each time the pool starts over.
 *   <li>{@code toolBareVerify}: its limit, nimbus parsing the same tokens and verifying their
 *       RS256 signature with a ready verifier, nothing else.
 *   <li>{@code platformIssue}: the platform's answer to a tool's authentication request
 *       ({@code AuthorizationEndpoint}: request checks, signed message hint verified and
 *       remembered, launch built by the host, id_token claims written and signed with the
 *       {@code KeyRing}, form post page rendered). Each call redeems a fresh message hint from a
 *       pool issued at set-up.
 *   <li>{@code platformBareSign}: its limit, nimbus signing an equivalent claims set with RS256
 *       with a ready signer, nothing else.
 * </ul>
 */
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
  static final String USER = "learner-1";
  static final int POOL = 1024;

  /** The tool side: a validator with a warm key set cache and a pool of signed launches. */
  @State(Scope.Thread)
  public static class Tool {
    @SuppressWarnings("NullAway.Init") // set in setUp
    private HttpServer jwksServer;
    @SuppressWarnings("NullAway.Init")
    private LaunchValidator validator;
    @SuppressWarnings("NullAway.Init")
    private RSASSAVerifier bareVerifier;
    private final ResettableNonceStore nonces = new ResettableNonceStore();
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

    int nextIndex() {
      int i = next;
      next = i + 1 == POOL ? 0 : i + 1;
      if (i == 0) {
        nonces.reset();
      }
      return i;
    }
  }

  /** The platform side: an authorization endpoint and a pool of authentication requests. */
  @State(Scope.Thread)
  public static class Platform {
    @SuppressWarnings("NullAway.Init") // set in setUp
    private AuthorizationEndpoint endpoint;
    @SuppressWarnings("NullAway.Init")
    private RSASSASigner bareSigner;
    @SuppressWarnings("NullAway.Init")
    private JWSHeader bareHeader;
    @SuppressWarnings("NullAway.Init")
    private JWTClaimsSet bareClaims;
    private final ResettableNonceStore nonces = new ResettableNonceStore();
    private LtiRequest[] requests = new LtiRequest[0];
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws JOSEException {
      Clock clock = Clock.systemUTC();
      KeyRing keys = KeyRing.builder(new InMemorySigningKeyStore()).clock(clock).build();
      ToolRegistrations tools = ToolRegistrations.of(new ToolRegistration(CLIENT_ID,
          URI.create("https://tool.bench.example/lti/login"), Set.of(TARGET),
          Optional.of(URI.create("https://tool.bench.example/lti/jwks")), Set.of(TARGET),
          Set.of(DEPLOYMENT)));
      LaunchInitiator initiator =
          new LaunchInitiator(ISSUER, keys, tools, clock, Duration.ofMinutes(30));
      endpoint = new AuthorizationEndpoint(ISSUER, keys, tools, nonces,
          request -> Optional.of(USER),
          (hint, builder) -> builder
              .name("Lea Lernerin").givenName("Lea").familyName("Lernerin")
              .email("lea@example.org")
              .roles(Role.LEARNER)
              .context(LtiContext.of("course-1", "INTEROP101", "Interoperability of Learning Tools"))
              .resourceLink(ResourceLink.of(hint.reference(), "Week 1 quiz"))
              .build(),
          clock, Duration.ofMinutes(5));
      requests = new LtiRequest[POOL];
      for (int i = 0; i < POOL; i++) {
        Map<String, String> login = initiator.initiate(new MessageHint(CLIENT_ID, DEPLOYMENT, USER,
            MessageType.RESOURCE_LINK, TARGET, "link-1")).params();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", CLIENT_ID);
        params.put("redirect_uri", TARGET.toString());
        params.put("login_hint", USER);
        params.put("state", UUID.randomUUID().toString());
        params.put("nonce", UUID.randomUUID().toString());
        params.put("lti_message_hint", login.get("lti_message_hint"));
        requests[i] = LtiRequest.of("GET", params);
      }
      RSAKey bareKey = new RSAKeyGenerator(2048).keyID("bench-bare").generate();
      bareSigner = new RSASSASigner(bareKey);
      bareHeader = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(bareKey.getKeyID()).build();
      bareClaims = launchClaims(Instant.now(), UUID.randomUUID().toString());
      LtiResponse first = endpoint.handle(requests[0]);
      if (first.status() != 200 || !first.body().contains("id_token")) {
        throw new IllegalStateException("the authorization endpoint refused the benchmark request: "
            + first.body());
      }
      nonces.reset();
    }

    int nextIndex() {
      int i = next;
      next = i + 1 == POOL ? 0 : i + 1;
      if (i == 0) {
        nonces.reset();
      }
      return i;
    }
  }

  /** A resource link launch of a learner, as a platform sends it, valid for one hour. */
  static JWTClaimsSet launchClaims(Instant now, String nonce) {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .audience(CLIENT_ID)
        .subject(USER)
        .issueTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
        .claim("nonce", nonce)
        .claim("azp", CLIENT_ID)
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

  static HttpServer serveKeySet(JWKSet keys) throws IOException {
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

  /** Full tool-side validation of a launch. */
  @Benchmark
  public LtiLaunch toolValidate(Tool tool) {
    int i = tool.nextIndex();
    return tool.validator.validate(tool.tokens[i], tool.expectations[i]);
  }

  /** The tool's limit: parse and RS256-verify the same token, nothing else. */
  @Benchmark
  public boolean toolBareVerify(Tool tool) throws ParseException, JOSEException {
    return SignedJWT.parse(tool.tokens[tool.nextIndex()]).verify(tool.bareVerifier);
  }

  /** Full platform-side issuance: an authentication request answered with a signed id_token. */
  @Benchmark
  public LtiResponse platformIssue(Platform platform) {
    return platform.endpoint.handle(platform.requests[platform.nextIndex()]);
  }

  /** The platform's limit: RS256-sign an equivalent claims set, nothing else. */
  @Benchmark
  public String platformBareSign(Platform platform) throws JOSEException {
    SignedJWT jwt = new SignedJWT(platform.bareHeader, platform.bareClaims);
    jwt.sign(platform.bareSigner);
    return jwt.serialize();
  }
}
