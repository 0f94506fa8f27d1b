package org.moocinterop.lti.keys;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.ConflictException;
import org.moocinterop.api.spi.SigningKey;
import org.moocinterop.api.spi.SigningKeyStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The RSA signing keys of one party, kept in a {@link SigningKeyStore} and rotated on a schedule.
 *
 * <p>The schedule: a key signs for {@link Builder#rotationPeriod}. Its successor is generated and
 * published {@link Builder#overlap} before it takes over, so that verifiers caching the key set
 * already know it; the old key stays published for {@link Builder#tokenLifetime} after it stops
 * signing, so that the tokens it signed still verify. The first key signs at once. Rotation
 * happens lazily whenever the ring is used ({@link #currentKey()}, {@link #publishedKeys()}) or
 * when {@link #rotateIfDue()} is called, for example by a scheduler.
 *
 * <p>Key ids are the RFC 7638 thumbprint of the public key, unique for all time (the store refuses
 * a kid it has ever held). Keys are RSA of {@link Builder#keySize} bits, at least 2048.
 *
 * <p>Thread-safe. Several nodes sharing a store may each add a successor at a rotation; both are
 * published and the newest signs, which is harmless.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-management">Security
 *     Framework 6.1</a>
 */
public final class KeyRing {

  private static final Logger LOG = LoggerFactory.getLogger(KeyRing.class);

  private final SigningKeyStore store;
  private final Clock clock;
  private final int keySize;
  private final Duration rotationPeriod;
  private final Duration overlap;
  private final Duration tokenLifetime;
  private final SecureRandom random;
  /** Per kid (unique for all time): its headers, a ready signer and derived secrets. Bounded. */
  private final Map<String, Derived> derivedByKid = new ConcurrentHashMap<>();

  private static final ObjectWriter JSON = new ObjectMapper().writer();

  private static final int MAX_DERIVED = 64;

  private KeyRing(Builder b) {
    this.store = b.store;
    this.clock = b.clock;
    this.keySize = b.keySize;
    this.rotationPeriod = b.rotationPeriod;
    this.overlap = b.overlap;
    this.tokenLifetime = b.tokenLifetime;
    this.random = b.random;
    if (overlap.compareTo(rotationPeriod) >= 0) {
      throw new IllegalArgumentException("overlap must be shorter than the rotation period");
    }
  }

  /** A builder over {@code store}. */
  public static Builder builder(SigningKeyStore store) {
    return new Builder(store);
  }

  /**
   * The key to sign with now, after rotating if due.
   *
   * @throws org.moocinterop.api.StoreException if the store cannot be reached
   */
  public SigningKey currentKey() {
    Current current = this.current;
    if (current != null) {
      Instant now = clock.instant();
      if (now.isBefore(current.recheckAt) && current.key.canSignAt(now)) {
        return current.key;
      }
    }
    return rotateIfDue();
  }

  /**
   * The signing key and when to consult the store again: at the next event of the schedule (a
   * key starting or ending, a successor due), and at most {@link #RECHECK} later, so that keys
   * other nodes add are seen (successors are published {@link Builder#overlap} before they sign).
   */
  private record Current(SigningKey key, Instant recheckAt) {}

  private static final Duration RECHECK = Duration.ofSeconds(1);

  private volatile @Nullable Current current;

  /**
   * Generates keys the schedule calls for: a key that signs now if there is none, and the
   * successor of the newest key once its announcement time has come.
   *
   * @return the key to sign with now
   */
  public synchronized SigningKey rotateIfDue() {
    Instant now = clock.instant();
    List<SigningKey> keys = store.all();
    Optional<SigningKey> signer = signer(keys, now);
    if (signer.isEmpty()) {
      SigningKey first = add(now, now, now.plus(rotationPeriod).plus(tokenLifetime));
      LOG.info("Generated signing key {} (active now)", first.kid());
      keys = store.all();
      signer = Optional.of(first);
    }
    SigningKey newest = keys.stream().max(Comparator.comparing(SigningKey::activeFrom)
        .thenComparing(SigningKey::created)).orElse(signer.get());
    Instant handover = newest.activeFrom().plus(rotationPeriod);
    Instant successorDue = handover.minus(overlap);
    if (!now.isBefore(successorDue)) {
      Instant activeFrom = later(handover, now.plus(overlap));
      SigningKey next = add(now, activeFrom, activeFrom.plus(rotationPeriod).plus(tokenLifetime));
      LOG.info("Generated signing key {} (active from {})", next.kid(), activeFrom);
      current = null;
    } else {
      Instant recheckAt = earlier(now.plus(RECHECK), earlier(successorDue, signer.get().expiresAt()));
      for (SigningKey key : keys) {
        if (key.activeFrom().isAfter(now)) {
          recheckAt = earlier(recheckAt, key.activeFrom());
        }
      }
      current = new Current(signer.get(), recheckAt);
    }
    return signer.get();
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Optional<SigningKey> signer(List<SigningKey> keys, Instant now) {
    return keys.stream().filter(k -> k.canSignAt(now))
        .max(Comparator.comparing(SigningKey::activeFrom).thenComparing(SigningKey::created));
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private SigningKey add(Instant created, Instant activeFrom, Instant expiresAt) {
    for (int attempt = 0; ; attempt++) {
      SigningKey key = generate(created, activeFrom, expiresAt);
      try {
        store.add(key);
        return key;
      } catch (ConflictException e) {
        if (attempt >= 2) {
          throw e;
        }
      }
    }
  }

  private SigningKey generate(Instant created, Instant activeFrom, Instant expiresAt) {
    KeyPair pair;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(keySize, random);
      pair = generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no RSA key pair generator", e);
    }
    RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
    String kid;
    try {
      kid = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot compute a key thumbprint", e);
    }
    return new SigningKey(kid, publicKey, (RSAPrivateKey) pair.getPrivate(), created, activeFrom,
        expiresAt);
  }

  /** Every key published now (including a successor not yet signing), as public JWKs. */
  public JWKSet publishedKeys() {
    rotateIfDue();
    Instant now = clock.instant();
    List<JWK> keys = store.all().stream().filter(k -> k.isPublishedAt(now))
        .map(KeyRing::publicJwk).map(JWK.class::cast).toList();
    return new JWKSet(keys);
  }

  /** The JSON of {@link #publishedKeys()}: {@code {"keys":[...]}} with public parts only. */
  public String publishedKeysJson() {
    return publishedKeys().toString(true);
  }

  /** The public JWK of {@code key}: {@code kid}, {@code use=sig}, {@code alg=RS256}. */
  public static RSAKey publicJwk(SigningKey key) {
    return new RSAKey.Builder(key.publicKey())
        .keyID(key.kid())
        .keyUse(KeyUse.SIGNATURE)
        .algorithm(JWSAlgorithm.RS256)
        .build();
  }

  /**
   * Signs {@code claims} with the current key: RS256, {@code kid} and {@code typ: JWT} in the
   * header.
   *
   * @return the compact JWS
   */
  public String sign(JWTClaimsSet claims) {
    return sign(Objects.requireNonNull(claims, "claims").toJSONObject());
  }

  /**
   * Signs a claims set given as a JSON object with the current key: RS256, {@code kid} and {@code
   * typ: JWT} in the header. Values are JSON values as Java sees them: {@code String}, {@code
   * Number}, {@code Boolean}, {@code List}, {@code Map} (times as NumericDate seconds).
   *
   * @return the compact JWS
   * @throws IllegalArgumentException if a value cannot be written as JSON
   */
  public String sign(Map<String, ?> claims) {
    Objects.requireNonNull(claims, "claims");
    SigningKey key = currentKey();
    Derived derived = derived(key);
    JWSObject jws = new JWSObject(derived.rs256Header, new Payload(json(claims)));
    try {
      jws.sign(derived.rsaSigner);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with key " + key.kid() + " failed", e);
    }
    return jws.serialize();
  }

  private static byte[] json(Map<String, ?> claims) {
    try {
      return JSON.writeValueAsBytes(claims);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("the claims are not a JSON object", e);
    }
  }

  /**
   * Signs {@code claims} for this party itself (a token it hands out and later reads back, such as
   * the LTI {@code lti_message_hint}): HS256 under a 256-bit secret derived from the current
   * signing key and {@code purpose}, with the key's {@code kid} in the header.
   *
   * <p>The secret is the SHA-256 of the key's RS256 signature over a fixed text naming {@code
   * purpose}. RSASSA-PKCS1-v1_5 signatures are deterministic, so every node holding the key
   * derives the same secret, also after a restart; only a holder of the private key can derive it,
   * the token does not reveal it, it changes with each key, and it is gone when its key leaves the
   * key set. The fixed text contains spaces, which no JWS signing input does, so the RS256
   * signatures this ring issues never reveal it either. Verifying costs a keyed hash instead of an
   * RSA operation.
   *
   * @param claims the claims
   * @param purpose names what the token is for; a token signed for one purpose never verifies for
   *     another
   * @return the compact JWS
   * @see #verifySelfAddressed(String, String)
   */
  public String signSelfAddressed(JWTClaimsSet claims, String purpose) {
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(purpose, "purpose");
    SigningKey key = currentKey();
    Derived derived = derived(key);
    JWSObject jws = new JWSObject(derived.hs256Header, new Payload(json(claims.toJSONObject())));
    try {
      jws.sign(derived.self(purpose).signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("signing with a secret of key " + key.kid() + " failed", e);
    }
    return jws.serialize();
  }

  /**
   * Whether the compact JWS {@code token} was signed by {@link #signSelfAddressed(JWTClaimsSet,
   * String)} of a ring over the same keys for the same {@code purpose}: HS256, and its {@code
   * kid} names a key that is published now. Checks the signature only, not the claims.
   */
  public boolean verifySelfAddressed(String token, String purpose) {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(purpose, "purpose");
    JWSObject jws;
    try {
      jws = JWSObject.parse(token);
    } catch (ParseException e) {
      return false;
    }
    String kid = jws.getHeader().getKeyID();
    if (!JWSAlgorithm.HS256.equals(jws.getHeader().getAlgorithm()) || kid == null) {
      return false;
    }
    Derived derived = derivedByKid.get(kid);
    SigningKey key;
    if (derived != null) {
      key = derived.key;
    } else {
      Optional<SigningKey> stored = store.find(kid);
      if (stored.isEmpty()) {
        return false;
      }
      key = stored.get();
      derived = derived(key);
    }
    if (!key.isPublishedAt(clock.instant())) {
      return false;
    }
    try {
      return jws.verify(derived.self(purpose).verifier());
    } catch (JOSEException e) {
      return false;
    }
  }

  private Derived derived(SigningKey key) {
    Derived derived = derivedByKid.get(key.kid());
    if (derived == null) {
      if (derivedByKid.size() >= MAX_DERIVED) {
        derivedByKid.clear();
      }
      derived = new Derived(key);
      derivedByKid.put(key.kid(), derived);
    }
    return derived;
  }

  /** The nimbus MAC signer and verifier under one self-addressed secret. */
  private record SelfMac(MACSigner signer, MACVerifier verifier) {
  }

  /** What is worth keeping per key: its JWS headers, a ready signer and the self-addressed MACs. */
  private static final class Derived {
    final SigningKey key;
    final JWSHeader rs256Header;
    final JWSHeader hs256Header;
    final RSASSASigner rsaSigner;
    private final Map<String, SelfMac> selfMacs = new ConcurrentHashMap<>();

    Derived(SigningKey key) {
      this.key = key;
      this.rs256Header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.kid())
          .type(JOSEObjectType.JWT).build();
      this.hs256Header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid())
          .type(JOSEObjectType.JWT).build();
      this.rsaSigner = new RSASSASigner(key.privateKey());
    }

    /** The MAC signer and verifier under the secret for {@code purpose}. */
    SelfMac self(String purpose) {
      SelfMac self = selfMacs.get(purpose);
      if (self == null) {
        if (selfMacs.size() >= MAX_DERIVED) {
          selfMacs.clear();
        }
        self = newSelfMac(purpose);
        selfMacs.put(purpose, self);
      }
      return self;
    }

    private SelfMac newSelfMac(String purpose) {
      String label = "mooc-interop self-addressed token secret v1 for " + purpose + " of key "
          + key.kid();
      try {
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key.privateKey());
        rsa.update(label.getBytes(StandardCharsets.UTF_8));
        byte[] secret = MessageDigest.getInstance("SHA-256").digest(rsa.sign());
        return new SelfMac(new MACSigner(secret), new MACVerifier(secret));
      } catch (GeneralSecurityException | JOSEException e) {
        throw new IllegalStateException("cannot derive a secret of key " + key.kid(), e);
      }
    }
  }

  /** Settings of a {@link KeyRing}. */
  public static final class Builder {
    private final SigningKeyStore store;
    private Clock clock = Clock.systemUTC();
    private int keySize = 2048;
    private Duration rotationPeriod = Duration.ofDays(90);
    private Duration overlap = Duration.ofDays(2);
    private Duration tokenLifetime = Duration.ofHours(1);
    private SecureRandom random = new SecureRandom();

    private Builder(SigningKeyStore store) {
      this.store = Objects.requireNonNull(store, "store");
    }

    /** The clock of the schedule. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** RSA modulus size in bits; 2048 by default, at least 2048. */
    public Builder keySize(int bits) {
      if (bits < 2048) {
        throw new IllegalArgumentException("RSA keys must have at least 2048 bits");
      }
      this.keySize = bits;
      return this;
    }

    /** How long a key signs; 90 days by default. */
    public Builder rotationPeriod(Duration period) {
      this.rotationPeriod = positive(period, "rotationPeriod");
      return this;
    }

    /** How long a successor is published before it signs; 2 days by default. */
    public Builder overlap(Duration overlap) {
      this.overlap = positive(overlap, "overlap");
      return this;
    }

    /**
     * The longest lifetime of a token signed by these keys, kept as the time a key stays
     * published after it stops signing; 1 hour by default.
     */
    public Builder tokenLifetime(Duration lifetime) {
      this.tokenLifetime = positive(lifetime, "tokenLifetime");
      return this;
    }

    /** The randomness for key generation. */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * The ring.
     *
     * @throws IllegalArgumentException if the overlap is not shorter than the rotation period
     */
    public KeyRing build() {
      return new KeyRing(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
