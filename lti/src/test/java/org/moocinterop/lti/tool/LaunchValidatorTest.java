package org.moocinterop.lti.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.moocinterop.lti.testing.TokenFactory.fixture;
import static org.moocinterop.lti.testing.TokenFactory.sign;
import static org.moocinterop.lti.testing.TokenFactory.with;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.learner.Role;
import org.moocinterop.api.memory.InMemoryNonceStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.jwks.JwksClient;
import org.moocinterop.lti.testing.FuzzInputs;
import org.moocinterop.lti.testing.JwksServer;
import org.moocinterop.lti.testing.TestKeys;

/**
 * The tool's launch validation against the 1EdTech Security Framework 5.1.3 and LTI Core 5.3,
 * including the negative cases of the LTI Advantage tool certification.
 */
class LaunchValidatorTest {

  static final String ISSUER = "https://platform.example.org";
  static final String CLIENT_ID = "tool-client-1";
  static final URI TARGET = URI.create("https://tool.example.org/lti/launch");
  static final String NONCE = "nonce-sent-at-login-0123456789";
  static final Duration LEEWAY = Duration.ofSeconds(30);

  static JwksServer server;
  MutableClock clock;
  PlatformRegistration registration;
  LaunchValidator validator;

  @BeforeAll
  static void startServer() {
    server = new JwksServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void setUp() {
    clock = MutableClock.atSomeInstant();
    server.reset().publish(TestKeys.PLATFORM_1);
    registration = PlatformRegistration.of(ISSUER, CLIENT_ID,
        URI.create("https://platform.example.org/auth"), server.uri(), Set.of("deployment-1"));
    validator = LaunchValidator.builder(
            JwksClient.builder().clock(clock).build(), new InMemoryNonceStore(clock))
        .clock(clock)
        .leeway(LEEWAY)
        .build();
  }

  Instant now() {
    return clock.instant();
  }

  JWTClaimsSet.Builder claims(String fixture) {
    return fixture(fixture, now(), NONCE);
  }

  LtiLaunch validate(String token) {
    return validator.validate(token, LaunchExpectation.of(registration, NONCE, TARGET));
  }

  AbstractThrowableAssert<?, ? extends Throwable> assertRefused(String token, ReasonCode reason) {
    return assertThatThrownBy(() -> validate(token))
        .isInstanceOf(LtiLaunchException.class)
        .satisfies(e -> assertThat(((LtiLaunchException) e).reason()).isEqualTo(reason));
  }

  String instructorToken() {
    return sign(claims("resource-link-instructor").build(), TestKeys.PLATFORM_1);
  }

  // ---- valid launches ----

  @Test
  void acceptsInstructorResourceLinkLaunchWithEveryClaimTyped() {
    LtiLaunch launch = validate(instructorToken());

    assertThat(launch.messageType()).isEqualTo(MessageType.RESOURCE_LINK);
    assertThat(launch.issuer()).isEqualTo(ISSUER);
    assertThat(launch.clientId()).isEqualTo(CLIENT_ID);
    assertThat(launch.deploymentId()).isEqualTo("deployment-1");
    assertThat(launch.subject()).contains("user-instructor-7");
    assertThat(launch.name()).contains("Ada Lovelace");
    assertThat(launch.givenName()).contains("Ada");
    assertThat(launch.familyName()).contains("Lovelace");
    assertThat(launch.email()).contains("ada@platform.example.org");
    assertThat(launch.picture()).contains(URI.create("https://platform.example.org/avatars/7.png"));
    assertThat(launch.roles()).containsExactly(Role.INSTRUCTOR);
    assertThat(launch.hasRole(Role.INSTRUCTOR)).isTrue();
    assertThat(launch.targetLinkUri()).contains(TARGET);
    assertThat(launch.resourceLink()).hasValueSatisfying(link -> {
      assertThat(link.id()).isEqualTo("link-200");
      assertThat(link.title()).contains("Week 1 quiz");
      assertThat(link.description()).contains("Five questions on recursion");
    });
    assertThat(launch.context()).hasValueSatisfying(c -> {
      assertThat(c.id()).isEqualTo("course-42");
      assertThat(c.label()).contains("CS101");
      assertThat(c.title()).contains("Introduction to Programming");
      assertThat(c.types())
          .containsExactly("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering");
    });
    assertThat(launch.toolPlatform()).hasValueSatisfying(p -> {
      assertThat(p.guid()).contains("platform-guid-1");
      assertThat(p.name()).contains("Example MOOC");
      assertThat(p.productFamilyCode()).contains("mooc-interop");
      assertThat(p.url()).contains(URI.create("https://platform.example.org"));
    });
    assertThat(launch.launchPresentation()).hasValueSatisfying(p -> {
      assertThat(p.documentTarget()).contains("iframe");
      assertThat(p.returnUrl())
          .contains(URI.create("https://platform.example.org/courses/42/return"));
      assertThat(p.locale()).contains("en-GB");
      assertThat(p.width()).isEqualTo(OptionalInt.of(800));
      assertThat(p.height()).isEqualTo(OptionalInt.of(600));
    });
    assertThat(launch.custom()).containsExactlyInAnyOrderEntriesOf(
        Map.of("chapter", "3", "mode", "exam", "attempts", "2"));
    assertThat(launch.lis()).hasValueSatisfying(l -> {
      assertThat(l.personSourcedId()).contains("sis-7");
      assertThat(l.courseOfferingSourcedId()).contains("sis-course-42");
      assertThat(l.courseSectionSourcedId()).contains("sis-section-42a");
    });
    assertThat(launch.ags()).hasValueSatisfying(a -> {
      assertThat(a.scopes()).containsExactlyInAnyOrder(
          "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
          "https://purl.imsglobal.org/spec/lti-ags/scope/score");
      assertThat(a.lineItems())
          .contains(URI.create("https://platform.example.org/api/ags/course-42/lineitems"));
      assertThat(a.lineItem())
          .contains(URI.create("https://platform.example.org/api/ags/course-42/lineitems/9"));
    });
    assertThat(launch.nrps()).hasValueSatisfying(n -> {
      assertThat(n.contextMembershipsUrl()).isEqualTo(
          URI.create("https://platform.example.org/api/nrps/course-42/memberships"));
      assertThat(n.serviceVersions()).containsExactly("2.0");
    });
    assertThat(launch.deepLinking()).isEmpty();
    assertThat(launch.toString()).doesNotContain("Ada", "ada@");
  }

  @Test
  void acceptsLearnerLaunch() {
    LtiLaunch launch = validate(sign(claims("resource-link-learner").build(), TestKeys.PLATFORM_1));

    assertThat(launch.roles()).containsExactly(Role.LEARNER);
    assertThat(launch.subject()).contains("user-learner-3");
    assertThat(launch.context()).isEmpty();
    assertThat(launch.custom()).isEmpty();
  }

  @Test
  void acceptsSeveralRolesIncludingSubRolesAndShortNames() {
    LtiLaunch launch =
        validate(sign(claims("resource-link-several-roles").build(), TestKeys.PLATFORM_1));

    assertThat(launch.roles()).containsExactly(
        Role.TEACHING_ASSISTANT, Role.LEARNER, Role.INSTITUTION_STUDENT, Role.MENTOR);
    assertThat(launch.hasRole(Role.INSTRUCTOR)).isTrue();
  }

  @Test
  void acceptsEmptyRolesArray() {
    LtiLaunch launch = validate(sign(
        claims("resource-link-learner").claim(LtiClaims.ROLES, List.of()).build(),
        TestKeys.PLATFORM_1));

    assertThat(launch.roles()).isEmpty();
  }

  @Test
  void acceptsDeepLinkingRequest() {
    LtiLaunch launch = validate(sign(claims("deep-linking").build(), TestKeys.PLATFORM_1));

    assertThat(launch.messageType()).isEqualTo(MessageType.DEEP_LINKING);
    assertThat(launch.resourceLink()).isEmpty();
    assertThat(launch.deepLinking()).hasValueSatisfying(d -> {
      assertThat(d.returnUrl())
          .isEqualTo(URI.create("https://platform.example.org/deep-links/return"));
      assertThat(d.acceptTypes()).containsExactly("ltiResourceLink", "link");
      assertThat(d.acceptPresentationDocumentTargets()).containsExactly("iframe", "window");
      assertThat(d.acceptMediaTypes()).containsExactly("image/*", "text/html");
      assertThat(d.acceptMultiple()).isTrue();
      assertThat(d.autoCreate()).isFalse();
      assertThat(d.title()).contains("Pick a quiz");
      assertThat(d.text()).isEmpty();
      assertThat(d.data()).contains("opaque-platform-data");
    });
  }

  @Test
  void acceptsSeveralAudiencesWithAzpEqualToClientId() {
    LtiLaunch launch = validate(sign(claims("resource-link-learner")
        .audience(List.of(CLIENT_ID, "another-audience")).claim("azp", CLIENT_ID).build(),
        TestKeys.PLATFORM_1));

    assertThat(launch.clientId()).isEqualTo(CLIENT_ID);
  }

  @Test
  void acceptsExpiryWithinLeeway() {
    String token = instructorToken();
    clock.advance(Duration.ofMinutes(5).plus(LEEWAY).minusSeconds(1));

    assertThat(validate(token).subject()).contains("user-instructor-7");
  }

  @Test
  void acceptsIssuedAtWithinLeewayInTheFuture() {
    String token = sign(claims("resource-link-learner")
        .issueTime(Date.from(now().plus(LEEWAY))).build(), TestKeys.PLATFORM_1);

    assertThat(validate(token).subject()).contains("user-learner-3");
  }

  @Test
  void acceptsAnonymousLaunchWhenAllowed() {
    LaunchValidator anonymous = LaunchValidator.builder(
            JwksClient.builder().clock(clock).build(), new InMemoryNonceStore(clock))
        .clock(clock).allowAnonymous(true).build();
    String token = sign(claims("resource-link-learner").subject(null).build(), TestKeys.PLATFORM_1);

    LtiLaunch launch = anonymous.validate(token, LaunchExpectation.of(registration, NONCE, TARGET));

    assertThat(launch.isAnonymous()).isTrue();
  }

  @Test
  void acceptsOtherMessageTypesWhenConfigured() {
    LaunchValidator review = LaunchValidator.builder(
            JwksClient.builder().clock(clock).build(), new InMemoryNonceStore(clock))
        .clock(clock).acceptedMessageTypes(Set.of(MessageType.SUBMISSION_REVIEW)).build();
    String token = sign(claims("resource-link-learner")
        .claim(LtiClaims.MESSAGE_TYPE, "LtiSubmissionReviewRequest").build(), TestKeys.PLATFORM_1);

    LtiLaunch launch = review.validate(token, LaunchExpectation.of(registration, NONCE, TARGET));

    assertThat(launch.messageType()).isEqualTo(MessageType.SUBMISSION_REVIEW);
  }

  @Test
  void ignoresUnknownClaims() {
    LtiLaunch launch = validate(sign(claims("resource-link-learner")
        .claim("https://example.org/ext", Map.of("x", List.of(1, 2)))
        .claim("https://purl.imsglobal.org/spec/lti/claim/future_claim", 42).build(),
        TestKeys.PLATFORM_1));

    assertThat(launch.subject()).contains("user-learner-3");
  }

  // ---- signature and algorithm (Security Framework 5.1.3 step 1) ----

  @Test
  void kidMissing() {
    String token = sign(claims("resource-link-learner").build(), TestKeys.PLATFORM_1,
        h -> h.keyID(null));

    assertRefused(token, ReasonCode.KID_MISSING);
  }

  @Test
  void unknownKid() {
    String token = sign(claims("resource-link-learner").build(), TestKeys.PLATFORM_1,
        h -> h.keyID("no-such-kid"));

    assertRefused(token, ReasonCode.UNKNOWN_KID);
    assertThat(server.fetches()).isEqualTo(1);
  }

  @Test
  void unknownKidRefreshesTheKeySetOnceAndPicksUpARotatedKey() {
    validate(instructorToken());
    assertThat(server.fetches()).isEqualTo(1);
    server.publish(TestKeys.PLATFORM_1, TestKeys.PLATFORM_2);
    clock.advance(Duration.ofSeconds(31));

    LtiLaunch launch = validator.validate(
        sign(fixture("resource-link-learner", now(), "second-nonce").build(), TestKeys.PLATFORM_2),
        LaunchExpectation.of(registration, "second-nonce", TARGET));

    assertThat(launch.subject()).contains("user-learner-3");
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void unknownKidWithoutARotatedKeySetIsRefused() {
    validate(instructorToken());
    clock.advance(Duration.ofSeconds(31));

    assertRefused(sign(claims("resource-link-learner").build(), TestKeys.PLATFORM_2),
        ReasonCode.UNKNOWN_KID);
    assertThat(server.fetches()).isEqualTo(2);
  }

  @Test
  void algNone() {
    String token = new PlainJWT(claims("resource-link-learner").build()).serialize();

    assertRefused(token, ReasonCode.ALG_NOT_ALLOWED);
    assertThat(server.fetches()).isZero();
  }

  @Test
  void hs256SignedWithThePlatformPublicKey() throws JOSEException {
    byte[] publicKeyBytes = TestKeys.PLATFORM_1.toRSAPublicKey().getEncoded();
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestKeys.PLATFORM_1.getKeyID()).build(),
        claims("resource-link-learner").build());
    jwt.sign(new MACSigner(publicKeyBytes));

    assertRefused(jwt.serialize(), ReasonCode.ALG_NOT_ALLOWED);
  }

  @Test
  void rs512IsNotRs256() throws JOSEException {
    SignedJWT jwt = new SignedJWT(
        new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(TestKeys.PLATFORM_1.getKeyID()).build(),
        claims("resource-link-learner").build());
    jwt.sign(new RSASSASigner(TestKeys.PLATFORM_1));

    assertRefused(jwt.serialize(), ReasonCode.ALG_NOT_ALLOWED);
  }

  @Test
  void signatureByAnotherKeyUnderAPublishedKid() {
    assertRefused(sign(claims("resource-link-learner").build(), TestKeys.STRANGER),
        ReasonCode.INVALID_SIGNATURE);
  }

  @Test
  void tamperedPayload() {
    String[] parts = instructorToken().split("\\.", -1);
    String other = sign(claims("resource-link-learner").build(), TestKeys.STRANGER);
    String forged = parts[0] + "." + other.split("\\.", -1)[1] + "." + parts[2];

    assertRefused(forged, ReasonCode.INVALID_SIGNATURE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not-a-jwt", "a.b.c", "bm90LWpzb24.e30.c2ln"})
  void malformedToken(String token) {
    assertRefused(token, ReasonCode.MALFORMED_TOKEN);
  }

  @Test
  void keySetUnavailable() {
    server.status(500);

    assertRefused(instructorToken(), ReasonCode.JWKS_UNAVAILABLE);
  }

  // ---- the claims set as JSON ----

  /** Signs {@code json} as it is, as the claims set of a token of the platform. */
  static String signJson(String json) {
    return FuzzInputs.signRaw(
        ("{\"alg\":\"RS256\",\"kid\":\"" + TestKeys.PLATFORM_1.getKeyID() + "\"}")
            .getBytes(StandardCharsets.UTF_8),
        json.getBytes(StandardCharsets.UTF_8), TestKeys.PLATFORM_1);
  }

  /** The JSON of {@code claims} with {@code member} (a JSON member) added at the end. */
  static String withMember(JWTClaimsSet claims, String member) {
    String json = claims.toString();
    return json.substring(0, json.lastIndexOf('}')) + "," + member + "}";
  }

  @Test
  void claimsSetAsJsonIsAccepted() {
    assertThat(validate(signJson(claims("resource-link-learner").build().toString())).issuer())
        .isEqualTo(ISSUER);
  }

  @Test
  void aClaimGivenTwiceIsRefused() {
    assertRefused(signJson(withMember(claims("resource-link-learner").build(),
        "\"iss\":\"https://evil.example.org\"")), ReasonCode.MALFORMED_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {" {}", " x", "[]"})
  void textAfterTheClaimsSetIsRefused(String trailer) {
    assertRefused(signJson(claims("resource-link-learner").build() + trailer),
        ReasonCode.MALFORMED_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[]", "\"claims\"", "null", "42"})
  void claimsSetMustBeAnObject(String json) {
    assertRefused(signJson(json), ReasonCode.MALFORMED_TOKEN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"soon\"", "true", "-5", "1e300", "99999999999999999999", "{}"})
  void expMustBeANumericDate(String exp) {
    assertRefused(signJson(withMember(
        claims("resource-link-learner").expirationTime(null).build(), "\"exp\":" + exp)),
        ReasonCode.INVALID_CLAIM);
  }

  @Test
  void fractionalNumericDatesAreAccepted() {
    long exp = now().plus(Duration.ofMinutes(5)).getEpochSecond();
    assertThat(validate(signJson(withMember(
        claims("resource-link-learner").expirationTime(null).build(), "\"exp\":" + exp + ".5")))
        .issuer()).isEqualTo(ISSUER);
  }

  @Test
  void audienceMembersMustBeStrings() {
    assertRefused(signJson(withMember(claims("resource-link-learner").audience((String) null)
        .build(), "\"aud\":[\"" + CLIENT_ID + "\",5]")), ReasonCode.INVALID_CLAIM);
  }

  @Test
  void audienceOfAnotherTypeIsRefused() {
    assertRefused(signJson(withMember(claims("resource-link-learner").audience((String) null)
        .build(), "\"aud\":{\"" + CLIENT_ID + "\":true}")), ReasonCode.WRONG_AUDIENCE);
  }

  // ---- iss, aud, azp (steps 2-4) ----

  @Test
  void wrongIssuer() {
    assertRefused(sign(claims("resource-link-learner").issuer("https://evil.example.org").build(),
        TestKeys.PLATFORM_1), ReasonCode.WRONG_ISSUER);
  }

  @Test
  void wrongAudience() {
    assertRefused(sign(claims("resource-link-learner").audience("another-tool").build(),
        TestKeys.PLATFORM_1), ReasonCode.WRONG_AUDIENCE);
  }

  @Test
  void severalAudiencesRequireAzp() {
    assertRefused(sign(claims("resource-link-learner")
        .audience(List.of(CLIENT_ID, "another-audience")).build(), TestKeys.PLATFORM_1),
        ReasonCode.AZP_REQUIRED);
  }

  @Test
  void azpMustBeTheClientId() {
    assertRefused(sign(claims("resource-link-learner").claim("azp", "another-tool").build(),
        TestKeys.PLATFORM_1), ReasonCode.AZP_MISMATCH);
  }

  // ---- exp, iat (steps 7-8) ----

  @Test
  void expiredBeyondLeeway() {
    String token = instructorToken();
    clock.advance(Duration.ofMinutes(5).plus(LEEWAY));

    assertRefused(token, ReasonCode.EXPIRED);
  }

  @Test
  void issuedInTheFutureBeyondLeeway() {
    assertRefused(sign(claims("resource-link-learner")
        .issueTime(Date.from(now().plus(LEEWAY).plusSeconds(1))).build(), TestKeys.PLATFORM_1),
        ReasonCode.ISSUED_IN_FUTURE);
  }

  @Test
  void expirationTimeRequired() {
    assertRefused(sign(claims("resource-link-learner").expirationTime(null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void issuedAtRequired() {
    assertRefused(sign(claims("resource-link-learner").issueTime(null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  // ---- nonce (step 9) ----

  @Test
  void nonceMissing() {
    assertRefused(sign(claims("resource-link-learner").claim("nonce", null).build(),
        TestKeys.PLATFORM_1), ReasonCode.NONCE_MISSING);
  }

  @Test
  void nonceMustBeTheOneSentAtLogin() {
    assertRefused(sign(claims("resource-link-learner").claim("nonce", "another-nonce").build(),
        TestKeys.PLATFORM_1), ReasonCode.NONCE_MISMATCH);
  }

  @Test
  void nonceReplayed() {
    String token = instructorToken();
    validate(token);

    assertRefused(token, ReasonCode.NONCE_REPLAYED);
  }

  @Test
  void nonceReplayedUnderAnotherStateWithoutExpectedNonce() {
    String token = instructorToken();
    LaunchExpectation noNonce =
        new LaunchExpectation(registration, Optional.empty(), Optional.of(TARGET), Optional.empty());
    validator.validate(token, noNonce);

    assertThatThrownBy(() -> validator.validate(token, noNonce))
        .isInstanceOf(LtiLaunchException.class)
        .extracting(e -> ((LtiLaunchException) e).reason())
        .isEqualTo(ReasonCode.NONCE_REPLAYED);
  }

  @Test
  void refusedTokenDoesNotUseUpItsNonce() {
    assertRefused(sign(claims("resource-link-instructor").audience("another-tool").build(),
        TestKeys.PLATFORM_1), ReasonCode.WRONG_AUDIENCE);

    assertThat(validate(instructorToken()).subject()).contains("user-instructor-7");
  }

  // ---- LTI claims (LTI Core 5.3) ----

  @Test
  void versionMustBe130() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.VERSION, "1.2.0").build(),
        TestKeys.PLATFORM_1), ReasonCode.WRONG_VERSION);
  }

  @Test
  void versionRequired() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.VERSION, null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @ParameterizedTest
  @ValueSource(strings = {"LtiResourceLinkRequestX", "basic-lti-launch-request", "LtiDeepLinkingResponse"})
  void messageTypeMustBeAccepted(String type) {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.MESSAGE_TYPE, type).build(),
        TestKeys.PLATFORM_1), ReasonCode.UNKNOWN_MESSAGE_TYPE);
  }

  @Test
  void messageTypeRequired() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.MESSAGE_TYPE, null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void deploymentIdRequired() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.DEPLOYMENT_ID, null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void deploymentMustBeKnown() {
    assertRefused(sign(claims("resource-link-learner")
        .claim(LtiClaims.DEPLOYMENT_ID, "deployment-2").build(), TestKeys.PLATFORM_1),
        ReasonCode.UNKNOWN_DEPLOYMENT);
  }

  @Test
  void targetLinkUriMustMatchTheLogin() {
    assertRefused(sign(claims("resource-link-learner")
        .claim(LtiClaims.TARGET_LINK_URI, "https://tool.example.org/other").build(),
        TestKeys.PLATFORM_1), ReasonCode.TARGET_LINK_URI_MISMATCH);
  }

  @Test
  void targetLinkUriRequiredInResourceLinkLaunch() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.TARGET_LINK_URI, null)
        .build(), TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void rolesRequired() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.ROLES, null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void rolesMustBeAnArray() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.ROLES, "Learner").build(),
        TestKeys.PLATFORM_1), ReasonCode.INVALID_CLAIM);
  }

  @Test
  void resourceLinkIdRequired() {
    JWTClaimsSet base = claims("resource-link-learner").build();
    assertRefused(sign(new JWTClaimsSet.Builder(base).claim(LtiClaims.RESOURCE_LINK,
        with(base.getClaim(LtiClaims.RESOURCE_LINK), "id", null)).build(), TestKeys.PLATFORM_1),
        ReasonCode.MISSING_CLAIM);
  }

  @Test
  void resourceLinkRequiredInResourceLinkLaunch() {
    assertRefused(sign(claims("resource-link-learner").claim(LtiClaims.RESOURCE_LINK, null)
        .build(), TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void subRequiredUnlessAnonymousLaunchesAllowed() {
    assertRefused(sign(claims("resource-link-learner").subject(null).build(), TestKeys.PLATFORM_1),
        ReasonCode.MISSING_CLAIM);
  }

  @Test
  void deepLinkingSettingsRequiredInDeepLinkingRequest() {
    assertRefused(sign(claims("deep-linking").claim(LtiClaims.DEEP_LINKING_SETTINGS, null).build(),
        TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void deepLinkReturnUrlRequired() {
    JWTClaimsSet base = claims("deep-linking").build();
    assertRefused(sign(new JWTClaimsSet.Builder(base).claim(LtiClaims.DEEP_LINKING_SETTINGS,
        with(base.getClaim(LtiClaims.DEEP_LINKING_SETTINGS), "deep_link_return_url", null))
        .build(), TestKeys.PLATFORM_1), ReasonCode.MISSING_CLAIM);
  }

  @Test
  void refusalMessageCarriesNoSecrets() {
    String token = sign(claims("resource-link-learner").claim("nonce", "other-secret-nonce")
        .build(), TestKeys.PLATFORM_1);

    assertRefused(token, ReasonCode.NONCE_MISMATCH)
        .message().doesNotContain("other-secret-nonce", NONCE, token);
  }
}
