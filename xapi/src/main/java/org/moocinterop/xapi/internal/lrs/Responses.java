package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;

/** Builds JSON answers, error bodies among them. */
public final class Responses {

  public static final String JSON_TYPE = "application/json; charset=utf-8";

  private final Json json;

  public Responses(Json json) {
    this.json = json;
  }

  /** {@code status} with {@code body} as JSON. */
  public LrsResponse json(int status, JsonNode body) {
    return LrsResponse.of(status, JSON_TYPE, json.write(body));
  }

  /** The error body of {@code error}. */
  public LrsResponse error(LrsException error) {
    ObjectNode body = errorNode(error.status(), error.rule(), error.section(),
        Objects.requireNonNullElse(error.getMessage(), ""));
    return json(error.status(), body);
  }

  /** 400 listing every violation of {@code error}. */
  public LrsResponse invalid(ValidationException error) {
    Violation first = error.violations().get(0);
    ObjectNode body = errorNode(400, first.rule(), first.section(),
        Objects.requireNonNullElse(error.getMessage(), ""));
    ArrayNode violations = ((ObjectNode) body.get("error")).putArray("violations");
    for (Violation v : error.violations()) {
      violations.addObject().put("rule", v.rule()).put("section", v.section())
          .put("pointer", v.pointer()).put("message", v.message());
    }
    return json(400, body);
  }

  private ObjectNode errorNode(int status, String rule, String section, String message) {
    ObjectNode body = json.object();
    body.putObject("error").put("status", status).put("rule", rule).put("section", section)
        .put("message", message);
    return body;
  }
}
