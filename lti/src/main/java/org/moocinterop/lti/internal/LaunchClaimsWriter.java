package org.moocinterop.lti.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.moocinterop.api.learner.Role;
import org.moocinterop.lti.LtiClaims;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiVersion;

/**
 * The claims of an {@link LtiLaunch} as a platform puts them in an id_token (the inverse of
 * {@link LaunchClaimsReader}); {@code iss}, {@code aud}, times and {@code nonce} are the caller's.
 */
public final class LaunchClaimsWriter {

  private LaunchClaimsWriter() {}

  /** The LTI and OIDC profile claims of {@code launch}, in a mutable insertion-ordered map. */
  public static Map<String, Object> write(LtiLaunch launch) {
    Map<String, Object> c = new LinkedHashMap<>();
    writeTo(launch, c);
    return c;
  }

  /** Puts the LTI and OIDC profile claims of {@code launch} into {@code c}. */
  public static void writeTo(LtiLaunch launch, Map<String, Object> c) {
    launch.subject().ifPresent(v -> c.put("sub", v));
    launch.name().ifPresent(v -> c.put("name", v));
    launch.givenName().ifPresent(v -> c.put("given_name", v));
    launch.familyName().ifPresent(v -> c.put("family_name", v));
    launch.email().ifPresent(v -> c.put("email", v));
    launch.picture().ifPresent(v -> c.put("picture", v.toString()));
    c.put(LtiClaims.MESSAGE_TYPE, launch.messageType().value());
    c.put(LtiClaims.VERSION, LtiVersion.V1_3_0.wireValue());
    c.put(LtiClaims.DEPLOYMENT_ID, launch.deploymentId());
    launch.targetLinkUri().ifPresent(v -> c.put(LtiClaims.TARGET_LINK_URI, v.toString()));
    List<String> roles = new ArrayList<>(launch.roles().size());
    for (Role role : launch.roles()) {
      roles.add(role.iri());
    }
    c.put(LtiClaims.ROLES, roles);
    launch.resourceLink().ifPresent(r -> c.put(LtiClaims.RESOURCE_LINK, object(
        "id", r.id(), "title", r.title(), "description", r.description())));
    launch.context().ifPresent(x -> {
      Map<String, Object> context = object("id", x.id(), "label", x.label(), "title", x.title());
      if (!x.types().isEmpty()) {
        context.put("type", x.types());
      }
      c.put(LtiClaims.CONTEXT, context);
    });
    if (!launch.custom().isEmpty()) {
      c.put(LtiClaims.CUSTOM, new LinkedHashMap<>(launch.custom()));
    }
    launch.lis().ifPresent(l -> c.put(LtiClaims.LIS, object(
        "person_sourcedid", l.personSourcedId(),
        "course_offering_sourcedid", l.courseOfferingSourcedId(),
        "course_section_sourcedid", l.courseSectionSourcedId())));
    launch.launchPresentation().ifPresent(p -> {
      Map<String, Object> presentation = object("document_target", p.documentTarget(),
          "return_url", p.returnUrl().map(URI::toString), "locale", p.locale());
      p.width().ifPresent(w -> presentation.put("width", w));
      p.height().ifPresent(h -> presentation.put("height", h));
      c.put(LtiClaims.LAUNCH_PRESENTATION, presentation);
    });
    launch.toolPlatform().ifPresent(p -> c.put(LtiClaims.TOOL_PLATFORM, object(
        "guid", p.guid(), "name", p.name(), "contact_email", p.contactEmail(),
        "description", p.description(), "url", p.url().map(URI::toString),
        "product_family_code", p.productFamilyCode(), "version", p.version())));
    launch.ags().ifPresent(a -> {
      Map<String, Object> ags = object("lineitems", a.lineItems().map(URI::toString),
          "lineitem", a.lineItem().map(URI::toString));
      ags.put("scope", a.scopes().stream().sorted().toList());
      c.put(LtiClaims.AGS_ENDPOINT, ags);
    });
    launch.nrps().ifPresent(n -> c.put(LtiClaims.NRPS, object(
        "context_memberships_url", n.contextMembershipsUrl().toString(),
        "service_versions", n.serviceVersions())));
    launch.deepLinking().ifPresent(d -> {
      Map<String, Object> dl = object("deep_link_return_url", d.returnUrl().toString(),
          "accept_types", d.acceptTypes(),
          "accept_presentation_document_targets", d.acceptPresentationDocumentTargets(),
          "title", d.title(), "text", d.text(), "data", d.data());
      if (!d.acceptMediaTypes().isEmpty()) {
        dl.put("accept_media_types", String.join(",", d.acceptMediaTypes()));
      }
      dl.put("accept_multiple", d.acceptMultiple());
      dl.put("auto_create", d.autoCreate());
      c.put(LtiClaims.DEEP_LINKING_SETTINGS, dl);
    });
  }

  /** An object of the present values among name/value pairs (values may be Optional). */
  private static Map<String, Object> object(Object... pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String name = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof Optional<?> optional) {
        optional.ifPresent(v -> map.put(name, v));
      } else if (value instanceof List<?> list) {
        map.put(name, List.copyOf(list));
      } else {
        map.put(name, value);
      }
    }
    return map;
  }
}
