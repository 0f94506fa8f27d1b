package org.moocinterop.lti.jwks;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Finds a verification key by its {@code kid} in the key set published at a URL. */
@FunctionalInterface
public interface JwkResolver {

  /**
   * The key with {@code kid} in the key set at {@code jwksUri}.
   *
   * @return the key, or empty if the key set has no such key
   * @throws JwksException if the key set cannot be fetched or parsed
   */
  Optional<JWK> resolve(URI jwksUri, String kid);

  /** A resolver that answers from a fixed key set, whatever the URL; for static configuration. */
  static JwkResolver of(JWKSet keys) {
    Objects.requireNonNull(keys, "keys");
    return (uri, kid) -> Optional.ofNullable(keys.getKeyByKeyId(kid));
  }
}
