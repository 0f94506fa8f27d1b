package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocinterop.xapi.lrs.LrsException;

/**
 * Reads the {@code agent} parameter of the document and agents resources: a JSON Agent with
 * exactly one inverse functional identifier, and nothing xAPI does not define.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">
 *     xAPI Data 2.4.2.1 Agent</a>
 */
public final class AgentParser {

  private static final Set<String> AGENT_KEYS =
      Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account");
  private static final List<String> IFIS = List.of("mbox", "mbox_sha1sum", "openid", "account");
  private static final Pattern MBOX = Pattern.compile("^mailto:[^@\\s]+@[^@\\s]+$");
  private static final Pattern SHA1 = Pattern.compile("^[0-9a-fA-F]{40}$");

  private final Json json;

  public AgentParser(Json json) {
    this.json = json;
  }

  /**
   * An agent and its canonical key.
   *
   * @param agent the agent as given
   * @param key a canonical string of its one IFI, equal for equal agents
   */
  public record ParsedAgent(ObjectNode agent, String key) {}

  /**
   * Parses the text of parameter {@code name}.
   *
   * @throws LrsException 400 naming {@link Rules#AGENT_PARAMETER} if it is not a valid Agent
   */
  public ParsedAgent parse(String name, String text) {
    JsonNode node = json.parse(text).orElseThrow(() -> invalid(name, "is not JSON"));
    if (!(node instanceof ObjectNode agent)) {
      throw invalid(name, "is not a JSON object");
    }
    for (Iterator<String> it = agent.fieldNames(); it.hasNext(); ) {
      String field = it.next();
      if (!AGENT_KEYS.contains(field)) {
        throw invalid(name, "has property '" + field + "', which an Agent does not have");
      }
    }
    JsonNode objectType = agent.get("objectType");
    if (objectType != null && !(objectType.isTextual() && objectType.asText().equals("Agent"))) {
      throw invalid(name, "must have objectType \"Agent\" when it has one");
    }
    JsonNode agentName = agent.get("name");
    if (agentName != null && !agentName.isTextual()) {
      throw invalid(name, "has a name that is not a string");
    }
    List<String> present = new ArrayList<>();
    for (String ifi : IFIS) {
      if (agent.has(ifi)) {
        present.add(ifi);
      }
    }
    if (present.size() != 1) {
      throw invalid(name, "must have exactly one of mbox, mbox_sha1sum, openid, account; has "
          + (present.isEmpty() ? "none" : String.join(", ", present)));
    }
    String ifi = present.get(0);
    return new ParsedAgent(agent, ifi + ":" + ifiValue(name, ifi, agent.get(ifi)));
  }

  private static String ifiValue(String name, String ifi, JsonNode value) {
    switch (ifi) {
      case "mbox" -> {
        if (!value.isTextual() || !MBOX.matcher(value.asText()).matches()) {
          throw invalid(name, "has an mbox that is not a mailto: IRI");
        }
        return value.asText();
      }
      case "mbox_sha1sum" -> {
        if (!value.isTextual() || !SHA1.matcher(value.asText()).matches()) {
          throw invalid(name, "has an mbox_sha1sum that is not 40 hexadecimal digits");
        }
        return value.asText().toLowerCase(Locale.ROOT);
      }
      case "openid" -> {
        if (!value.isTextual() || !Values.isIri(value.asText())) {
          throw invalid(name, "has an openid that is not an IRI");
        }
        return value.asText();
      }
      default -> {
        return account(name, value);
      }
    }
  }

  private static String account(String name, JsonNode value) {
    if (!(value instanceof ObjectNode account) || account.size() != 2) {
      throw invalid(name, "has an account that is not an object of homePage and name");
    }
    JsonNode homePage = account.get("homePage");
    JsonNode accountName = account.get("name");
    if (homePage == null || !homePage.isTextual() || !Values.isIri(homePage.asText())) {
      throw invalid(name, "has an account whose homePage is not an IRI");
    }
    if (accountName == null || !accountName.isTextual()) {
      throw invalid(name, "has an account whose name is not a string");
    }
    // An IRI holds no space, so the space separates the two parts unambiguously.
    return homePage.asText() + " " + accountName.asText();
  }

  private static LrsException invalid(String name, String problem) {
    return Rules.badData(Rules.AGENT_PARAMETER, "2.4.2.1",
        "parameter '" + name + "' must be a valid Agent: it " + problem);
  }
}
