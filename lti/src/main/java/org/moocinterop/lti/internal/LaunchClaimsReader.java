package org.moocinterop.lti.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.learner.Role;
import org.moocinterop.lti.AgsEndpoint;
import org.moocinterop.lti.DeepLinkingSettings;
import org.moocinterop.lti.LaunchPresentation;
import org.moocinterop.lti.LisClaim;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.MessageType;
import org.moocinterop.lti.NrpsEndpoint;
import org.moocinterop.lti.ResourceLink;
import org.moocinterop.lti.ToolPlatform;

/**
 * Turns the claims of a verified id_token into an {@link LtiLaunch}. Checks shapes only (types,
 * required members of present objects); which claims a message type requires is the validator's.
 */
public final class LaunchClaimsReader {

  /** Parsed roles by their text: a launch's roles come from a small vocabulary. */
  private static final Map<String, Role> ROLES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_ROLES = 512;

  private LaunchClaimsReader() {}

  /**
   * Reads a launch.
   *
   * @param claims the claims set as a JSON object
   * @param clientId the client_id the token was issued to
   * @throws org.moocinterop.lti.LtiLaunchException with MISSING_CLAIM or INVALID_CLAIM
   */
  public static LtiLaunch read(Map<String, Object> claims, String clientId) {
    return read(claims, clientId, null);
  }

  /**
   * Reads a launch whose {@code target_link_uri} is probably {@code knownTarget}: when the claim
   * has the same text and {@code knownTarget} is absolute, that URI is used instead of a parse.
   *
   * @param claims the claims set as a JSON object
   * @param clientId the client_id the token was issued to
   * @param knownTarget the target link URI the login expects, if any
   * @throws org.moocinterop.lti.LtiLaunchException with MISSING_CLAIM or INVALID_CLAIM
   */
  public static LtiLaunch read(
      Map<String, Object> claims, String clientId, @Nullable URI knownTarget) {
    Json json = Json.of(claims, "");
    Object targetText = claims.get(LtiClaims.TARGET_LINK_URI);
    URI target = knownTarget != null && knownTarget.isAbsolute()
        && knownTarget.toString().equals(targetText)
        ? knownTarget
        : json.uri(LtiClaims.TARGET_LINK_URI).orElse(null);
    MessageType type = MessageType.of(json.string(LtiClaims.MESSAGE_TYPE)
        .orElseThrow(() -> json.missing(LtiClaims.MESSAGE_TYPE)));
    String issuer = json.string("iss").orElseThrow(() -> json.missing("iss"));
    String deployment = json.string(LtiClaims.DEPLOYMENT_ID)
        .orElseThrow(() -> json.missing(LtiClaims.DEPLOYMENT_ID));
    LtiLaunch.Builder b = LtiLaunch.builder(type, issuer, clientId, deployment)
        .subject(json.string("sub").orElse(null))
        .name(json.string("name").orElse(null))
        .givenName(json.string("given_name").orElse(null))
        .familyName(json.string("family_name").orElse(null))
        .email(json.string("email").orElse(null))
        .picture(json.uri("picture").orElse(null))
        .roles(roles(json))
        .targetLinkUri(target)
        .custom(custom(json));
    json.object(LtiClaims.CONTEXT).ifPresent(c -> b.context(context(c)));
    json.object(LtiClaims.RESOURCE_LINK).ifPresent(r -> b.resourceLink(resourceLink(r)));
    json.object(LtiClaims.LIS).ifPresent(l -> b.lis(new LisClaim(
        l.string("person_sourcedid"), l.string("course_offering_sourcedid"),
        l.string("course_section_sourcedid"))));
    json.object(LtiClaims.LAUNCH_PRESENTATION).ifPresent(p -> b.launchPresentation(
        new LaunchPresentation(p.string("document_target"), p.uri("return_url"),
            p.string("locale"), p.integer("width"), p.integer("height"))));
    json.object(LtiClaims.TOOL_PLATFORM).ifPresent(p -> b.toolPlatform(new ToolPlatform(
        p.string("guid"), p.string("name"), p.string("contact_email"), p.string("description"),
        p.uri("url"), p.string("product_family_code"), p.string("version"))));
    json.object(LtiClaims.AGS_ENDPOINT).ifPresent(a -> b.ags(new AgsEndpoint(
        Set.copyOf(a.strings("scope").orElse(List.of())), a.uri("lineitems"), a.uri("lineitem"))));
    json.object(LtiClaims.NRPS).ifPresent(n -> b.nrps(new NrpsEndpoint(
        n.uri("context_memberships_url").orElseThrow(() -> n.missing("context_memberships_url")),
        n.strings("service_versions").orElse(List.of()))));
    json.object(LtiClaims.DEEP_LINKING_SETTINGS).ifPresent(d -> b.deepLinking(deepLinking(d)));
    return b.build();
  }

  private static List<Role> roles(Json json) {
    Object raw = json.raw(LtiClaims.ROLES);
    if (raw == null) {
      return List.of();
    }
    if (!(raw instanceof List<?> list)) {
      throw json.invalid(LtiClaims.ROLES, "an array of role IRIs");
    }
    List<Role> roles = new ArrayList<>(list.size());
    for (Object item : list) {
      if (!(item instanceof String text)) {
        throw json.invalid(LtiClaims.ROLES, "an array of role IRIs");
      }
      if (text.isBlank()) {
        continue;
      }
      roles.add(role(json, text));
    }
    return roles;
  }

  private static Role role(Json json, String text) {
    Role role = ROLES.get(text);
    if (role == null) {
      try {
        role = Role.parse(text);
      } catch (IllegalArgumentException e) {
        throw json.invalid(LtiClaims.ROLES, "an array of role IRIs");
      }
      if (ROLES.size() >= MAX_CACHED_ROLES) {
        ROLES.clear();
      }
      ROLES.put(text, role);
    }
    return role;
  }

  private static Map<String, String> custom(Json json) {
    Optional<Json> custom = json.object(LtiClaims.CUSTOM);
    Map<String, String> result = new LinkedHashMap<>();
    custom.ifPresent(c -> c.entries().forEach((key, value) -> {
      if (value instanceof String || value instanceof Number || value instanceof Boolean) {
        result.put(key, String.valueOf(value));
      }
    }));
    return result;
  }

  private static LtiContext context(Json c) {
    String id = c.string("id").orElseThrow(() -> c.missing("id"));
    return new LtiContext(id, c.string("label"), c.string("title"),
        c.strings("type").orElse(List.of()));
  }

  private static ResourceLink resourceLink(Json r) {
    String id = r.string("id").orElseThrow(() -> r.missing("id"));
    return new ResourceLink(id, r.string("title"), r.string("description"));
  }

  private static DeepLinkingSettings deepLinking(Json d) {
    URI returnUrl = d.uri("deep_link_return_url").orElseThrow(() -> d.missing("deep_link_return_url"));
    List<String> types = d.strings("accept_types").orElse(List.of());
    if (types.isEmpty()) {
      throw d.missing("accept_types");
    }
    List<String> targets = d.strings("accept_presentation_document_targets").orElse(List.of());
    if (targets.isEmpty()) {
      throw d.missing("accept_presentation_document_targets");
    }
    List<String> media = d.string("accept_media_types")
        .map(s -> Arrays.stream(s.split(",", -1)).map(String::trim).filter(t -> !t.isEmpty()).toList())
        .orElse(List.of());
    return new DeepLinkingSettings(returnUrl, types, targets, media,
        d.bool("accept_multiple").orElse(false), d.bool("auto_create").orElse(false),
        d.string("title"), d.string("text"), d.string("data"));
  }
}
