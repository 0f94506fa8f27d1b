package org.moocinterop.lti.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes the payload of a compact JWS (its second part, base64url) as a JSON object, read once
 * with Jackson into the shapes {@link Json} reads: {@code Map}, {@code List}, {@code String},
 * {@code Boolean}, {@code Number}. A member name that occurs twice and text after the object are
 * refused, so that this reader and any other cannot see different claims in one token.
 *
 * <p>Only for payloads whose signature is already verified: the base64url decoding is the JDK's,
 * not constant-time, which is right for public data.
 */
public final class ClaimsPayload {

  private static final ObjectReader READER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .readerFor(new TypeReference<Map<String, Object>>() {});

  private static final JsonFactory FLAT = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private ClaimsPayload() {}

  /**
   * The claims of {@code base64UrlPayload} when it is base64url of a JSON object whose members
   * are all strings, integers (as {@code Long}) or booleans; otherwise empty. Cheaper than {@link
   * #parse(String)}, for flat tokens such as this library's own.
   *
   * @param base64UrlPayload the second part of a compact JWS
   */
  public static Optional<Map<String, Object>> parseFlat(String base64UrlPayload) {
    byte[] json;
    try {
      json = Base64.getUrlDecoder().decode(base64UrlPayload);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    Map<String, Object> claims = new HashMap<>();
    try (JsonParser parser = FLAT.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        if (value == JsonToken.VALUE_STRING) {
          claims.put(name, parser.getText());
        } else if (value == JsonToken.VALUE_NUMBER_INT
            && parser.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          claims.put(name, parser.getLongValue());
        } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
          claims.put(name, parser.getBooleanValue());
        } else {
          return Optional.empty();
        }
      }
      if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(claims);
  }

  /**
   * The claims of {@code base64UrlPayload}, or empty if it is not base64url of a JSON object.
   *
   * @param base64UrlPayload the second part of a compact JWS
   */
  public static Optional<Map<String, Object>> parse(String base64UrlPayload) {
    byte[] json;
    try {
      json = Base64.getUrlDecoder().decode(base64UrlPayload);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    try {
      Map<String, Object> claims = READER.readValue(json);
      return Optional.ofNullable(claims);
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
