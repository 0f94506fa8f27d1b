package org.moocinterop.lti.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding of a JWS payload as a JSON object: what is refused and what is kept. */
class ClaimsPayloadTest {

  static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void objectIsReadIntoPlainJavaValues() {
    Map<String, Object> claims = ClaimsPayload.parse(b64(
        "{\"s\":\"x\",\"n\":1764350000,\"f\":1.5,\"b\":true,\"z\":null,\"a\":[\"p\"],\"o\":{\"k\":\"v\"}}"))
        .orElseThrow();

    assertThat(claims).containsEntry("s", "x").containsEntry("b", true)
        .containsEntry("f", 1.5).containsEntry("a", List.of("p"))
        .containsEntry("o", Map.of("k", "v")).containsKey("z");
    assertThat(((Number) claims.get("n")).longValue()).isEqualTo(1764350000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{} {}", "{}x", "[]", "\"text\"", "null", "",
      "{\"a\":", "{\"o\":{\"k\":1,\"k\":2}}"})
  void notExactlyOneObjectWithUniqueNamesIsRefused(String json) {
    assertThat(ClaimsPayload.parse(b64(json))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"e30=x", "e30*", "%%%"})
  void notBase64UrlIsRefused(String payload) {
    assertThat(ClaimsPayload.parse(payload)).isEmpty();
    assertThat(ClaimsPayload.parseFlat(payload)).isEmpty();
  }

  @Test
  void flatObjectIsReadWithIntegersAsLongs() {
    assertThat(ClaimsPayload.parseFlat(b64("{\"s\":\"x\",\"n\":5,\"b\":false}")).orElseThrow())
        .isEqualTo(Map.of("s", "x", "n", 5L, "b", false));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"a\":1,\"a\":2}", "{\"o\":{}}", "{\"a\":[]}", "{\"f\":1.5}",
      "{\"z\":null}", "{\"n\":123456789012345678901234567890}", "{} {}", "[]", "", "{\"a\":"})
  void flatReadRefusesAnythingElse(String json) {
    assertThat(ClaimsPayload.parseFlat(b64(json))).isEmpty();
  }
}
