package org.moocinterop.lti.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.moocinterop.lti.ReasonCode;
import org.moocinterop.lti.http.LtiResponse;

/** Assertions on what an endpoint answers to a fuzzed request. */
public final class FuzzResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FuzzResponses() {}

  /**
   * {@code status} and {@code body} are a refusal: a JSON body {@code {"error":"REASON",
   * "message":"..."}} whose reason code has this status; never a 500.
   *
   * @return the reason
   */
  public static ReasonCode assertRefusal(int status, String body) {
    assertThat(status).isBetween(400, 599).isNotEqualTo(500);
    JsonNode json = json(body);
    ReasonCode reason = ReasonCode.valueOf(json.path("error").asText());
    assertThat(reason.httpStatus()).isEqualTo(status);
    assertThat(json.path("message").asText()).isNotBlank();
    return reason;
  }

  /** {@link #assertRefusal(int, String)} of a handler's response. */
  public static ReasonCode assertRefusal(LtiResponse response) {
    return assertRefusal(response.status(), response.body());
  }

  /** The body as JSON; fails if it is not a JSON object. */
  public static JsonNode json(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      assertThat(node.isObject()).as("a JSON object: %s", body).isTrue();
      return node;
    } catch (JsonProcessingException e) {
      throw new AssertionError("not JSON: " + body, e);
    }
  }
}
