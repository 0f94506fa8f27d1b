package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Set;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.lrs.ActivityLookup;
import org.moocinterop.xapi.lrs.AuthorizedRequest;
import org.moocinterop.xapi.lrs.LrsException;
import org.moocinterop.xapi.lrs.LrsResponse;

/** The read-only resources: {@code /about}, {@code /activities} and {@code /agents}. */
public final class InfoResources {

  private static final String IFI_NAMES = "mbox mbox_sha1sum openid account";

  private final Set<XapiVersion> versions;
  private final ActivityLookup activities;
  private final AgentParser agents;
  private final Json json;
  private final Responses responses;

  public InfoResources(
      Set<XapiVersion> versions, ActivityLookup activities, AgentParser agents, Json json,
      Responses responses) {
    this.versions = Set.copyOf(versions);
    this.activities = activities;
    this.agents = agents;
    this.json = json;
    this.responses = responses;
  }

  /** {@code GET /about}: the versions served, latest first, and no extensions. */
  public LrsResponse about(java.util.Map<String, java.util.List<String>> query) {
    Params.of(query, Set.of());
    ObjectNode about = json.object();
    ArrayNode version = about.putArray("version");
    versions.stream().sorted(Comparator.reverseOrder()).map(XapiVersion::text).forEach(version::add);
    about.putObject("extensions");
    return responses.json(200, about);
  }

  /**
   * {@code GET /activities}: the known definition; an activity never seen is answered with just
   * its id under 2.0.0 (the 2.0 conformance suite requires an Activity) and 404 under 1.0.3.
   */
  public LrsResponse activity(AuthorizedRequest call) {
    Params params = Params.of(call.request().query(), Set.of("activityId"));
    String id = Values.iri("activityId", params.required("activityId", "2.5"));
    ObjectNode activity = activities.find(id).orElseGet(() -> {
      if (call.version() == XapiVersion.V1_0_3) {
        throw new LrsException(404, Rules.NOT_FOUND, "xAPI-Communication 2.5",
            "no activity '" + Values.abbreviate(id) + "' is known");
      }
      ObjectNode minimal = json.object();
      minimal.put("objectType", "Activity").put("id", id);
      return minimal;
    });
    return responses.json(200, activity);
  }

  /**
   * {@code GET /agents}: the Person object of an agent. Until statements feed an identity
   * registry, the person combines only what the agent parameter itself says.
   */
  public LrsResponse person(AuthorizedRequest call) {
    Params params = Params.of(call.request().query(), Set.of("agent"));
    ObjectNode agent = agents.parse("agent", params.required("agent", "2.4")).agent();
    ObjectNode person = json.object();
    person.put("objectType", "Person");
    if (agent.has("name")) {
      person.putArray("name").add(agent.get("name").asText());
    }
    for (String ifi : IFI_NAMES.split(" ", -1)) {
      if (agent.has(ifi)) {
        person.putArray(ifi).add(agent.get(ifi).deepCopy());
      }
    }
    return responses.json(200, person);
  }
}
