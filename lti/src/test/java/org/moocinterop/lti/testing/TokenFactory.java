package org.moocinterop.lti.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Reads launch claim fixtures and signs them as a platform would. */
public final class TokenFactory {

  private TokenFactory() {}

  /** The claims of fixture {@code launch/NAME.json}, with iat now, exp in 5 minutes and a nonce. */
  public static JWTClaimsSet.Builder fixture(String name, Instant now, String nonce) {
    try (InputStream in = TokenFactory.class.getResourceAsStream("/launch/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return new JWTClaimsSet.Builder(JWTClaimsSet.parse(json))
          .issueTime(Date.from(now))
          .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
          .claim("nonce", nonce);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Signs with RS256 and the key's kid. */
  public static String sign(JWTClaimsSet claims, RSAKey key) {
    return sign(claims, key, h -> h);
  }

  /** Signs with RS256 after letting {@code header} change the header. */
  public static String sign(JWTClaimsSet claims, RSAKey key, UnaryOperator<JWSHeader.Builder> header) {
    JWSHeader h = header.apply(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())).build();
    SignedJWT jwt = new SignedJWT(h, claims);
    try {
      jwt.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  /** A nested claim object with one member replaced or removed (value null). */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> with(Object claim, String member, Object value) {
    Map<String, Object> copy = new java.util.LinkedHashMap<>((Map<String, Object>) claim);
    if (value == null) {
      copy.remove(member);
    } else {
      copy.put(member, value);
    }
    return copy;
  }
}
