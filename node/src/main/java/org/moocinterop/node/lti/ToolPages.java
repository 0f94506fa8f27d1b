package org.moocinterop.node.lti;

import org.moocinterop.api.learner.Role;
import org.moocinterop.lti.LtiContext;
import org.moocinterop.lti.LtiLaunch;
import org.moocinterop.lti.LtiLaunchException;

/** The demo tool's pages: what a valid launch carried, or why a launch was refused. */
final class ToolPages {

  private ToolPages() {}

  /** The landing page of a valid launch. */
  static String landing(LtiLaunch launch) {
    StringBuilder body = new StringBuilder(1024);
    body.append("<p>A valid LTI 1.3 launch reached the demo tool.</p><table>");
    row(body, "Name", "user-name", launch.name().orElse("(not shared)"));
    row(body, "Subject (sub)", "user-sub", launch.subject().orElse("(anonymous)"));
    row(body, "Email", "user-email", launch.email().orElse("(not shared)"));
    row(body, "Context id", "context-id", launch.context().map(LtiContext::id).orElse("(none)"));
    row(body, "Context title", "context-title",
        launch.context().flatMap(LtiContext::title).orElse("(none)"));
    row(body, "Resource link", "resource-link",
        launch.resourceLink().map(link -> link.id()).orElse("(none)"));
    row(body, "Platform (iss)", "issuer", launch.issuer());
    row(body, "Deployment", "deployment-id", launch.deploymentId());
    row(body, "Message type", "message-type", launch.messageType().value());
    body.append("</table><h2>Roles</h2><ul id=\"roles\">");
    for (Role role : launch.roles()) {
      body.append("<li class=\"role\" title=\"").append(Html.escape(role.iri())).append("\">")
          .append(Html.escape(shortName(role))).append("</li>");
    }
    return body.append("</ul>").toString();
  }

  /** The page of a refused launch: the reason code and the message, never a stack trace. */
  static String refused(LtiLaunchException e) {
    String message = e.getMessage();
    return "<div class=\"error\"><p>Reason: <code id=\"reason\">" + Html.escape(e.reason().name())
        + "</code></p><p id=\"message\">" + Html.escape(message == null ? "" : message)
        + "</p></div><p>Start again from the platform.</p>";
  }

  /** The last segment of a role IRI ({@code ...membership#Learner} gives {@code Learner}). */
  static String shortName(Role role) {
    String iri = role.iri();
    int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
    return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
  }

  private static void row(StringBuilder body, String label, String id, String value) {
    body.append("<tr><th>").append(Html.escape(label)).append("</th><td id=\"").append(id)
        .append("\">").append(Html.escape(value)).append("</td></tr>");
  }
}
