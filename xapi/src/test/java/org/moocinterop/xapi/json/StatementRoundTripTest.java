package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.Timestamps;

/**
 * Every valid statement fixture survives parse, write (exact), parse unchanged, and the exact
 * output is the input JSON up to the codec's documented normalisations.
 */
class StatementRoundTripTest {

  private static final Pattern UUID_TEXT = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Set<String> AGENT_PLACES =
      Set.of("actor", "authority", "instructor", "member", "agent", "team");

  static List<Fixtures.Case> validStatements() {
    return Fixtures.statements("statements/valid");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validStatements")
  void exactOutputReadsBackAsTheSameStatement(Fixtures.Case c) {
    XapiJson json = XapiJson.forVersion(c.version());
    Statement read = json.readStatement(c.statement());
    byte[] written = json.write(read, Format.EXACT);
    Statement again = json.readStatement(written);

    assertThat(again).isEqualTo(read);
    assertThat(json.write(again, Format.EXACT)).isEqualTo(written);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validStatements")
  void exactOutputIsTheInputUpToNormalisation(Fixtures.Case c) {
    XapiJson json = XapiJson.forVersion(c.version());
    byte[] written = json.write(json.readStatement(c.statement()), Format.EXACT);

    JsonNode expected = normalise(json.readTree(c.statement()), null, c.version());
    JsonNode actual = normalise(json.readTree(written), null, c.version());
    assertThat(actual).isEqualTo(expected);
  }

  /**
   * The normalisations the codec makes: context activities become arrays, timestamps UTC with
   * {@code Z}, UUIDs lower case, {@code objectType} written for Agents and Activities, and a
   * duration's decimal comma becomes a full stop.
   */
  static JsonNode normalise(JsonNode node, @org.jspecify.annotations.Nullable String place,
      XapiVersion version) {
    if (node.isArray()) {
      ArrayNode copy = node.deepCopy();
      for (int i = 0; i < copy.size(); i++) {
        copy.set(i, normalise(copy.get(i), place, version));
      }
      return copy;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode copy = ((ObjectNode) node).deepCopy();
    if ("extensions".equals(place)) {
      return copy;
    }
    for (Map.Entry<String, JsonNode> e : Set.copyOf(copy.properties())) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      if ((key.equals("timestamp") || key.equals("stored")) && value.isTextual()) {
        copy.put(key, Timestamps.parse(value.textValue(), version).toString());
      } else if ((key.equals("id") || key.equals("registration")) && value.isTextual()
          && UUID_TEXT.matcher(value.textValue()).matches()) {
        copy.put(key, value.textValue().toLowerCase(Locale.ROOT));
      } else if (key.equals("duration") && value.isTextual()) {
        copy.put(key, value.textValue().replace(',', '.'));
      } else if (place != null && place.equals("contextActivities") && value.isObject()) {
        copy.set(key, normalise(copy.arrayNode().add(value), "activity", version));
      } else if (place != null && place.equals("contextActivities")) {
        copy.set(key, normalise(value, "activity", version));
      } else {
        copy.set(key, normalise(value, key, version));
      }
    }
    if (!copy.has("objectType")) {
      if (place != null && AGENT_PLACES.contains(place)) {
        copy.set("objectType", TextNode.valueOf("Agent"));
      } else if ("object".equals(place) || "activity".equals(place)) {
        copy.set("objectType", TextNode.valueOf("Activity"));
      }
    }
    return copy;
  }
}
