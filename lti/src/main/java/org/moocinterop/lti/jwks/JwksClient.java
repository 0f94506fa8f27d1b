package org.moocinterop.lti.jwks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches remote JSON Web Key Sets over {@link HttpClient} and caches them per URL.
 *
 * <ul>
 *   <li>A key set is cached for its {@code Cache-Control: max-age}, or {@link
 *       Builder#defaultTtl} when there is none, bounded below by {@link
 *       Builder#minRefreshInterval} and above by {@link Builder#maxTtl}.
 *   <li>A {@code kid} missing from the cached set triggers one refresh: a platform that rotated
 *       its key is picked up at once.
 *   <li>Refreshes are single-flight (concurrent callers for one URL share one request) and rate
 *       limited (at most one request per URL per {@link Builder#minRefreshInterval}), so tokens
 *       with random kids cannot make this client hammer the platform.
 *   <li>Requests time out; a body over {@link Builder#maxBodyBytes} is refused; only public keys
 *       are kept. When a refresh fails, the previous key set is served until a refresh succeeds.
 * </ul>
 *
 * <p>Thread-safe; one instance is meant to serve a whole application.
 *
 * @see <a href="https://www.imsglobal.org/spec/security/v1p0/#h_key-set-url">Security Framework
 *     6.3</a>
 */
public final class JwksClient implements JwkResolver {

  private static final Logger LOG = LoggerFactory.getLogger(JwksClient.class);

  private final HttpClient http;
  private final Clock clock;
  private final Duration requestTimeout;
  private final Duration defaultTtl;
  private final Duration maxTtl;
  private final Duration minRefreshInterval;
  private final int maxBodyBytes;
  private final ConcurrentMap<URI, Slot> slots = new ConcurrentHashMap<>();

  private JwksClient(Builder b) {
    this.clock = b.clock;
    this.requestTimeout = b.requestTimeout;
    this.defaultTtl = b.defaultTtl;
    this.maxTtl = b.maxTtl;
    this.minRefreshInterval = b.minRefreshInterval;
    this.maxBodyBytes = b.maxBodyBytes;
    HttpClient client = b.httpClient;
    this.http = client != null
        ? client
        : HttpClient.newBuilder()
            .connectTimeout(b.connectTimeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A client with the defaults of {@link Builder}. */
  public static JwksClient create() {
    return builder().build();
  }

  /** A builder with defaults: timeouts 5 s, 256 KiB, TTL 10 min (max 24 h), refresh 30 s. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<JWK> resolve(URI jwksUri, String kid) {
    Objects.requireNonNull(jwksUri, "jwksUri");
    Objects.requireNonNull(kid, "kid");
    Slot slot = slot(jwksUri);
    JWKSet keys = current(slot);
    JWK key = keys.getKeyByKeyId(kid);
    if (key != null) {
      return Optional.of(key);
    }
    Cached refreshed = fetchShared(slot);
    return refreshed == null
        ? Optional.empty()
        : Optional.ofNullable(refreshed.keys.getKeyByKeyId(kid));
  }

  /**
   * The key set at {@code jwksUri}: the cached one while it is fresh, otherwise fetched.
   *
   * @throws JwksException if there is no cached set and the fetch fails
   */
  public JWKSet keySet(URI jwksUri) {
    return current(slot(Objects.requireNonNull(jwksUri, "jwksUri")));
  }

  private Slot slot(URI uri) {
    return slots.computeIfAbsent(uri, Slot::new);
  }

  private JWKSet current(Slot slot) {
    Cached cached = slot.cached;
    if (cached != null && clock.instant().isBefore(cached.expiresAt)) {
      return cached.keys;
    }
    Cached fetched;
    try {
      fetched = fetchShared(slot);
    } catch (JwksException e) {
      if (cached != null) {
        LOG.warn("Serving the stale key set of {}: {}", slot.uri, e.getMessage());
        return cached.keys;
      }
      throw e;
    }
    if (fetched != null) {
      return fetched.keys;
    }
    if (cached != null) {
      return cached.keys;
    }
    throw new JwksException("Key set " + slot.uri + " is unavailable (last fetch failed)");
  }

  /** Fetches, or joins the fetch in flight; null when rate limited. */
  private @Nullable Cached fetchShared(Slot slot) {
    CompletableFuture<Cached> future;
    boolean owner = false;
    synchronized (slot) {
      CompletableFuture<Cached> inflight = slot.inflight;
      if (inflight != null) {
        future = inflight;
      } else {
        Instant now = clock.instant();
        Instant last = slot.lastFetchStarted;
        if (last != null && now.isBefore(last.plus(minRefreshInterval))) {
          return null;
        }
        future = new CompletableFuture<>();
        slot.inflight = future;
        slot.lastFetchStarted = now;
        owner = true;
      }
    }
    if (owner) {
      try {
        Cached fetched = fetch(slot.uri);
        slot.cached = fetched;
        future.complete(fetched);
      } catch (RuntimeException e) {
        future.completeExceptionally(e);
      } finally {
        synchronized (slot) {
          slot.inflight = null;
        }
      }
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof JwksException) {
        throw new JwksException(String.valueOf(cause.getMessage()), cause);
      }
      throw new JwksException("Fetching key set " + slot.uri + " failed", e);
    }
  }

  private Cached fetch(URI uri) {
    LOG.debug("Fetching key set {}", uri);
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(requestTimeout)
        .header("Accept", "application/jwk-set+json, application/json")
        .GET()
        .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new JwksException("Fetching key set " + uri + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new JwksException("Interrupted while fetching key set " + uri, e);
    }
    byte[] body;
    try (InputStream in = response.body()) {
      if (response.statusCode() != 200) {
        throw new JwksException("Key set " + uri + " answered HTTP " + response.statusCode());
      }
      body = in.readNBytes(maxBodyBytes + 1);
    } catch (IOException e) {
      throw new JwksException("Reading key set " + uri + " failed: " + e, e);
    }
    if (body.length > maxBodyBytes) {
      throw new JwksException("Key set " + uri + " exceeds " + maxBodyBytes + " bytes");
    }
    JWKSet keys;
    try {
      keys = JWKSet.parse(new String(body, StandardCharsets.UTF_8)).toPublicJWKSet();
    } catch (ParseException e) {
      throw new JwksException("Key set " + uri + " is not a JWK Set: " + e.getMessage(), e);
    }
    Duration ttl = ttl(response.headers().allValues("Cache-Control"));
    return new Cached(keys, clock.instant().plus(ttl));
  }

  private Duration ttl(Iterable<String> cacheControl) {
    Duration ttl = defaultTtl;
    for (String header : cacheControl) {
      for (String directive : header.split(",", -1)) {
        String d = directive.trim().toLowerCase(Locale.ROOT);
        if (d.equals("no-store") || d.equals("no-cache")) {
          ttl = Duration.ZERO;
        } else if (d.startsWith("max-age=")) {
          OptionalLong seconds = parseSeconds(d.substring("max-age=".length()));
          if (seconds.isPresent()) {
            ttl = Duration.ofSeconds(seconds.getAsLong());
          }
        }
      }
    }
    if (ttl.compareTo(minRefreshInterval) < 0) {
      return minRefreshInterval;
    }
    return ttl.compareTo(maxTtl) > 0 ? maxTtl : ttl;
  }

  private static OptionalLong parseSeconds(String text) {
    String digits = text.replace("\"", "").trim();
    if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(digits));
  }

  private static final class Slot {
    final URI uri;
    volatile @Nullable Cached cached;
    @Nullable CompletableFuture<Cached> inflight;
    @Nullable Instant lastFetchStarted;

    Slot(URI uri) {
      this.uri = uri;
    }
  }

  private record Cached(JWKSet keys, Instant expiresAt) {}

  /** Settings of a {@link JwksClient}. */
  public static final class Builder {
    private @Nullable HttpClient httpClient;
    private Clock clock = Clock.systemUTC();
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(5);
    private Duration defaultTtl = Duration.ofMinutes(10);
    private Duration maxTtl = Duration.ofHours(24);
    private Duration minRefreshInterval = Duration.ofSeconds(30);
    private int maxBodyBytes = 256 * 1024;

    private Builder() {}

    /** The HTTP client to use; by default one with the connect timeout, following redirects. */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** The clock for cache expiry and rate limiting. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Connect timeout of the default HTTP client. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Timeout of one request, until the response headers arrive. */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /** How long a key set without {@code Cache-Control: max-age} is cached. */
    public Builder defaultTtl(Duration ttl) {
      this.defaultTtl = positive(ttl, "defaultTtl");
      return this;
    }

    /** The longest a key set is cached, whatever its {@code max-age}. */
    public Builder maxTtl(Duration ttl) {
      this.maxTtl = positive(ttl, "maxTtl");
      return this;
    }

    /** The least time between two requests for one URL; zero disables the rate limit. */
    public Builder minRefreshInterval(Duration interval) {
      Objects.requireNonNull(interval, "minRefreshInterval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("minRefreshInterval must not be negative");
      }
      this.minRefreshInterval = interval;
      return this;
    }

    /** The largest key set body accepted, in bytes. */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive");
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /** The client. */
    public JwksClient build() {
      return new JwksClient(this);
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
