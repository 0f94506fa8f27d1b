package org.moocinterop.xapi.lrs;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request to the LRS, as a host (servlet container, Spring, a test) hands it over.
 *
 * <p>The path is relative to where the LRS is mounted: {@code /statements},
 * {@code /activities/state}. Query parameters are already percent-decoded and may repeat. The
 * body is read at most once, by the engine, which stops reading and answers
 * {@code 413 Payload Too Large} past {@link LrsConfig#maxBodyBytes()}.
 *
 * <p>A host that authenticates callers itself (Spring Security, a gateway) may attach the
 * {@link LrsPrincipal}; otherwise the engine authenticates the {@code Authorization} header.
 */
public final class LrsRequest {

  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final LrsHeaders headers;
  private final InputStream body;
  private final @Nullable LrsPrincipal principal;

  private LrsRequest(Builder builder) {
    this.method = builder.method;
    this.path = builder.path;
    this.query = copy(builder.query);
    this.headers = builder.headers;
    this.body = builder.body;
    this.principal = builder.principal;
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> query) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  /** A request builder for {@code method} (any case) and {@code path} below the LRS root. */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /** The HTTP method in upper case. */
  public String method() {
    return method;
  }

  /** The path below the LRS root, starting with {@code /}. */
  public String path() {
    return path;
  }

  /** Query parameters, decoded, in request order; values may repeat. */
  public Map<String, List<String>> query() {
    return query;
  }

  public LrsHeaders headers() {
    return headers;
  }

  /** The request body; read it once. Empty for requests without one. */
  public InputStream body() {
    return body;
  }

  /** The caller, when the host has already authenticated it. */
  public Optional<LrsPrincipal> principal() {
    return Optional.ofNullable(principal);
  }

  /** A builder starting from this request, to rewrite parts of it. */
  public Builder toBuilder() {
    return toBuilder(method);
  }

  /** A builder starting from this request with another method, as HEAD becomes GET. */
  public Builder toBuilder(String newMethod) {
    Builder builder = new Builder(newMethod, path).headers(headers).body(body);
    query.forEach((name, values) -> values.forEach(value -> builder.queryParameter(name, value)));
    if (principal != null) {
      builder.principal(principal);
    }
    return builder;
  }

  @Override
  public String toString() {
    return method + " " + path + " " + query.keySet();
  }

  /** Builds an {@link LrsRequest}. */
  public static final class Builder {
    private final String method;
    private final String path;
    private final Map<String, List<String>> query = new LinkedHashMap<>();
    private LrsHeaders headers = LrsHeaders.empty();
    private InputStream body = InputStream.nullInputStream();
    private @Nullable LrsPrincipal principal;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
      Objects.requireNonNull(path, "path");
      this.path = path.startsWith("/") ? path : "/" + path;
    }

    /** Adds one value of query parameter {@code name}. */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      return this;
    }

    /** Replaces every header field. */
    public Builder headers(LrsHeaders headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /** Adds one header value. */
    public Builder header(String name, String value) {
      this.headers = headers.with(name, value);
      return this;
    }

    /** The body as a stream the engine reads once. */
    public Builder body(InputStream body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /** The body as bytes (copied). */
    public Builder body(byte[] body) {
      return body(new ByteArrayInputStream(body.clone()));
    }

    /** The caller as authenticated by the host. */
    public Builder principal(LrsPrincipal principal) {
      this.principal = Objects.requireNonNull(principal, "principal");
      return this;
    }

    public LrsRequest build() {
      return new LrsRequest(this);
    }
  }
}
