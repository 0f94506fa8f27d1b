package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.LrsPrincipal;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * Reads actors given as JSON outside a statement (a credential's authority, the {@code agent}
 * query parameter) with the statement validator's rules, by placing them as the actor of a
 * minimal statement.
 */
final class Authorities {

  private final XapiJson codec = XapiJson.forVersion(XapiVersion.V2_0_0);
  private final XapiValidator validator = XapiValidator.forVersion(XapiVersion.V2_0_0);
  private final Json json;
  private final Map<String, Actor> byKey = new ConcurrentHashMap<>();

  Authorities(Json json) {
    this.json = json;
  }

  /** The authority of statements stored by {@code principal}. */
  Actor of(LrsPrincipal principal) {
    ObjectNode authority = principal.authority();
    return byKey.computeIfAbsent(principal.key() + " " + authority, k -> {
      try {
        return actor(authority);
      } catch (ValidationException e) {
        throw new IllegalStateException("credential '" + principal.key()
            + "' has an authority that is not a valid Agent or Group: " + e.getMessage(), e);
      }
    });
  }

  /**
   * The actor in {@code node}.
   *
   * @throws ValidationException if it is not a valid Agent or Group; pointers are relative to it
   */
  Actor actor(JsonNode node) {
    ObjectNode statement = json.object();
    statement.set("actor", node.deepCopy());
    statement.putObject("verb").put("id", "urn:x-mooc-interop:verb");
    statement.putObject("object").put("id", "urn:x-mooc-interop:activity");
    List<Violation> violations = validator.validateStatement(statement);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations.stream()
          .map(v -> Violation.of(v.rule(), v.section(), v.pointer().replaceFirst("^/actor", ""), v.message()))
          .toList());
    }
    return codec.toStatement(statement).actor();
  }
}
