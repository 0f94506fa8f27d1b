package org.moocinterop.lti.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.memory.InMemorySigningKeyStore;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.lti.http.LtiRequest;
import org.moocinterop.lti.http.LtiResponse;

/** Key generation, the rotation schedule and key set publication (Security Framework 6). */
class KeyRingTest {

  static final Duration PERIOD = Duration.ofDays(10);
  static final Duration OVERLAP = Duration.ofDays(2);
  static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

  final MutableClock clock = MutableClock.atSomeInstant();
  final Instant t0 = clock.instant();
  final InMemorySigningKeyStore store = new InMemorySigningKeyStore();
  final KeyRing ring = ring(store);

  KeyRing ring(SigningKeyStore keys) {
    return KeyRing.builder(keys).clock(clock).rotationPeriod(PERIOD).overlap(OVERLAP)
        .tokenLifetime(TOKEN_LIFETIME).build();
  }

  List<String> publishedKids() {
    return ring.publishedKeys().getKeys().stream().map(JWK::getKeyID).toList();
  }

  @Test
  void firstKeySignsAtOnceAndIsA2048BitRsaKeyNamedByItsThumbprint() throws Exception {
    SigningKey key = ring.currentKey();

    assertThat(key.activeFrom()).isEqualTo(t0);
    assertThat(key.created()).isEqualTo(t0);
    assertThat(key.publicKey().getModulus().bitLength()).isEqualTo(2048);
    assertThat(key.kid()).isEqualTo(new RSAKey.Builder(key.publicKey()).build()
        .computeThumbprint().toString());
    assertThat(ring.currentKey()).isEqualTo(key);
    assertThat(store.all()).hasSize(1);
  }

  @Test
  void publishedKeySetHasPublicKeysWithKidUseAndAlg() throws Exception {
    SigningKey key = ring.currentKey();

    JWKSet published = JWKSet.parse(ring.publishedKeysJson());

    assertThat(published.getKeys()).singleElement().satisfies(jwk -> {
      assertThat(jwk.getKeyID()).isEqualTo(key.kid());
      assertThat(jwk.getKeyUse()).isEqualTo(KeyUse.SIGNATURE);
      assertThat(jwk.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
      assertThat(jwk.isPrivate()).isFalse();
    });
    assertThat(ring.publishedKeysJson()).doesNotContain("\"d\"", "\"p\"", "\"q\"");
  }

  @Test
  void rotationPublishesTheSuccessorOverlapBeforeItSignsAndKeepsTheOldKeyForTokenLifetime() {
    SigningKey first = ring.currentKey();

    clock.advance(PERIOD.minus(OVERLAP).minusSeconds(1));
    assertThat(ring.currentKey()).isEqualTo(first);
    assertThat(store.all()).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(ring.currentKey()).isEqualTo(first);
    SigningKey next = store.all().get(1);
    assertThat(next.created()).isEqualTo(t0.plus(PERIOD).minus(OVERLAP));
    assertThat(next.activeFrom()).isEqualTo(t0.plus(PERIOD));
    assertThat(next.kid()).isNotEqualTo(first.kid());
    assertThat(publishedKids()).containsExactlyInAnyOrder(first.kid(), next.kid());

    clock.advance(OVERLAP);
    assertThat(ring.currentKey()).isEqualTo(next);
    assertThat(publishedKids()).containsExactlyInAnyOrder(first.kid(), next.kid());

    clock.advance(TOKEN_LIFETIME);
    assertThat(publishedKids()).containsExactly(next.kid());
    assertThat(store.all()).hasSize(2);
  }

  @Test
  void aRingSignsWithTheSuccessorAnotherNodeAddedFromItsHandover() {
    KeyRing otherNode = ring(store);
    SigningKey first = ring.currentKey();
    clock.advance(PERIOD.minus(OVERLAP));

    assertThat(otherNode.currentKey()).isEqualTo(first);
    assertThat(store.all()).hasSize(2);
    assertThat(ring.currentKey()).isEqualTo(first);
    assertThat(store.all()).hasSize(2);

    clock.advance(OVERLAP);
    assertThat(ring.currentKey()).isEqualTo(store.all().get(1));
  }

  @Test
  void aRingUnusedPastItsScheduleStartsWithAKeyThatSignsAtOnce() {
    SigningKey first = ring.currentKey();
    clock.advance(PERIOD.multipliedBy(3));

    SigningKey current = ring.currentKey();

    assertThat(current.kid()).isNotEqualTo(first.kid());
    assertThat(current.activeFrom()).isEqualTo(clock.instant());
    assertThat(publishedKids()).containsExactly(current.kid());
  }

  @Test
  void signedTokensCarryTheKidAndVerifyWithThePublishedKey() throws Exception {
    String token = ring.sign(new JWTClaimsSet.Builder().issuer("https://platform.example.org")
        .claim("x", Map.of("y", 1)).build());

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    JWK key = ring.publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(key).isNotNull();
    assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
  }

  // ---- self-addressed tokens (HS256 under a secret derived from the signing key) ----

  static final JWTClaimsSet SELF = new JWTClaimsSet.Builder().subject("user-1").jwtID("j1").build();

  @Test
  void selfAddressedTokenIsHs256WithTheKidAndVerifiesForItsPurposeOnly() throws Exception {
    String token = ring.signSelfAddressed(SELF, "hint");

    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo(ring.currentKey().kid());
    assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("user-1");
    assertThat(ring.verifySelfAddressed(token, "hint")).isTrue();
    assertThat(ring.verifySelfAddressed(token, "other")).isFalse();
  }

  @Test
  void selfAddressedSecretIsSharedByEveryRingOverTheSameKeysAndNoOther() {
    String token = ring.signSelfAddressed(SELF, "hint");

    // Another node, or this one after a restart: same store, same secret.
    assertThat(ring(store).verifySelfAddressed(token, "hint")).isTrue();
    KeyRing stranger = ring(new InMemorySigningKeyStore());
    assertThat(stranger.verifySelfAddressed(token, "hint")).isFalse();
    assertThat(ring.verifySelfAddressed(stranger.signSelfAddressed(SELF, "hint"), "hint"))
        .isFalse();
  }

  @Test
  void selfAddressedTokenRefusedOnceItsKeyIsNoLongerPublished() {
    String token = ring.signSelfAddressed(SELF, "hint");
    clock.advance(PERIOD.plus(TOKEN_LIFETIME));

    assertThat(ring.verifySelfAddressed(token, "hint")).isFalse();
  }

  @Test
  void rs256TokenOfTheRingIsNotASelfAddressedToken() {
    assertThat(ring.verifySelfAddressed(ring.sign(SELF), "hint")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "a.b", "a.b.c", "a.b.c.d", "..", "e30.e30."})
  void malformedSelfAddressedTokenIsRefused(String token) {
    assertThat(ring.verifySelfAddressed(token, "hint")).isFalse();
  }

  @Test
  void tamperedSelfAddressedTokenIsRefused() {
    String[] parts = ring.signSelfAddressed(SELF, "hint").split("\\.", -1);
    String otherPayload = ring.signSelfAddressed(
        new JWTClaimsSet.Builder().subject("user-2").jwtID("j1").build(), "hint").split("\\.", -1)[1];

    assertThat(ring.verifySelfAddressed(parts[0] + "." + otherPayload + "." + parts[2], "hint"))
        .isFalse();
    assertThat(ring.verifySelfAddressed(parts[0] + "." + parts[1] + "." + parts[2] + "x", "hint"))
        .isFalse();
  }

  @Test
  void tokenSignedFromAMapVerifiesWithNimbusAndCarriesTheClaims() throws Exception {
    String token = ring.sign(Map.of("iss", "https://p.example", "exp", 1_800_000_000L,
        "roles", List.of("a", "b"), "ctx", Map.of("id", "c-1"), "ok", true));

    SignedJWT jwt = SignedJWT.parse(token);
    JWK key = ring.publishedKeys().getKeyByKeyId(jwt.getHeader().getKeyID());
    assertThat(jwt.verify(new RSASSAVerifier(key.toRSAKey()))).isTrue();
    assertThat(jwt.getHeader().getType().getType()).isEqualTo("JWT");
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("https://p.example");
    assertThat(claims.getExpirationTime().toInstant().getEpochSecond()).isEqualTo(1_800_000_000L);
    assertThat(claims.getStringListClaim("roles")).containsExactly("a", "b");
    assertThat(claims.getJSONObjectClaim("ctx")).containsEntry("id", "c-1");
    assertThat(claims.getBooleanClaim("ok")).isTrue();
  }

  @Test
  void aKidTheStoreAlreadyHeldIsNeverReused() {
    AtomicBoolean conflictOnce = new AtomicBoolean(true);
    SigningKeyStore clashing = new SigningKeyStore() {
      @Override
      public void add(SigningKey key) {
        if (conflictOnce.getAndSet(false)) {
          throw new ConflictException(key.kid(), "kid exists");
        }
        store.add(key);
      }

      @Override
      public Optional<SigningKey> find(String kid) {
        return store.find(kid);
      }

      @Override
      public List<SigningKey> all() {
        return store.all();
      }
    };

    SigningKey key = ring(clashing).currentKey();

    assertThat(store.all()).containsExactly(key);
  }

  @Test
  void keysShorterThan2048BitsAreRefused() {
    assertThatThrownBy(() -> KeyRing.builder(store).keySize(1024))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overlapMustBeShorterThanTheRotationPeriod() {
    assertThatThrownBy(() -> KeyRing.builder(store).rotationPeriod(Duration.ofDays(1))
        .overlap(Duration.ofDays(1)).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jwksEndpointServesTheKeySetCacheably() {
    SigningKey key = ring.currentKey();

    LtiResponse response = new JwksEndpoint(ring, Duration.ofMinutes(5))
        .handle(LtiRequest.of("GET", Map.of()));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.header("Content-Type")).contains("application/jwk-set+json");
    assertThat(response.header("Cache-Control")).contains("public, max-age=300");
    assertThat(response.body()).contains(key.kid());
  }
}
