package org.moocinterop.lti;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.learner.Role;

/**
 * An LTI 1.3 launch message, as a tool receives it after validation and as a platform issues it:
 * immutable, with every claim typed. Claims this type does not model are ignored.
 *
 * <p>Made by {@link #builder(MessageType, String, String, String)}; the tool side gets one from
 * {@code org.moocinterop.lti.tool.LaunchValidator}.
 *
 * @param messageType the message type claim
 * @param issuer {@code iss}, the platform's issuer identifier
 * @param clientId the tool's client_id at the platform (the {@code aud} the tool matched)
 * @param deploymentId the deployment_id claim
 * @param subject {@code sub}, the platform's stable user id; empty for an anonymous launch
 * @param name the user's full name
 * @param givenName the user's given name
 * @param familyName the user's family name
 * @param email the user's e-mail address
 * @param picture a URL of the user's picture
 * @param roles the user's roles, in message order; empty when the platform sent none
 * @param context the context claim
 * @param resourceLink the resource link claim
 * @param custom the custom parameters (values that are not JSON strings are kept as their JSON
 *     text)
 * @param lis the LIS claim
 * @param launchPresentation the launch presentation claim
 * @param toolPlatform the tool platform claim
 * @param targetLinkUri where the platform asked the tool to land
 * @param ags the Assignment and Grade Services endpoint claim
 * @param nrps the Names and Role Provisioning Services claim
 * @param deepLinking the deep linking settings of a deep linking request
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#resource-link-launch-request-message">
 *     LTI Core 5</a>
 */
public record LtiLaunch(
    MessageType messageType,
    String issuer,
    String clientId,
    String deploymentId,
    Optional<String> subject,
    Optional<String> name,
    Optional<String> givenName,
    Optional<String> familyName,
    Optional<String> email,
    Optional<URI> picture,
    List<Role> roles,
    Optional<LtiContext> context,
    Optional<ResourceLink> resourceLink,
    Map<String, String> custom,
    Optional<LisClaim> lis,
    Optional<LaunchPresentation> launchPresentation,
    Optional<ToolPlatform> toolPlatform,
    Optional<URI> targetLinkUri,
    Optional<AgsEndpoint> ags,
    Optional<NrpsEndpoint> nrps,
    Optional<DeepLinkingSettings> deepLinking) {

  public LtiLaunch {
    Objects.requireNonNull(messageType, "messageType");
    requireText(issuer, "issuer");
    requireText(clientId, "clientId");
    requireText(deploymentId, "deploymentId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(familyName, "familyName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(picture, "picture");
    roles = List.copyOf(roles);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(resourceLink, "resourceLink");
    custom = Map.copyOf(custom);
    Objects.requireNonNull(lis, "lis");
    Objects.requireNonNull(launchPresentation, "launchPresentation");
    Objects.requireNonNull(toolPlatform, "toolPlatform");
    Objects.requireNonNull(targetLinkUri, "targetLinkUri");
    Objects.requireNonNull(ags, "ags");
    Objects.requireNonNull(nrps, "nrps");
    Objects.requireNonNull(deepLinking, "deepLinking");
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  /**
   * A builder of a launch with its four required values.
   *
   * @param messageType the message type
   * @param issuer the platform's issuer identifier
   * @param clientId the tool's client_id
   * @param deploymentId the deployment id
   */
  public static Builder builder(
      MessageType messageType, String issuer, String clientId, String deploymentId) {
    return new Builder(messageType, issuer, clientId, deploymentId);
  }

  /** Whether the user holds {@code role} or one of its sub-roles. */
  public boolean hasRole(Role role) {
    return roles.stream().anyMatch(r -> r.isOrSpecialises(role));
  }

  /** Whether this launch names no user ({@code sub} absent). */
  public boolean isAnonymous() {
    return subject.isEmpty();
  }

  /** Omits personal data (names, e-mail) so that launches may be logged. */
  @Override
  public String toString() {
    return "LtiLaunch[" + messageType + ", iss=" + issuer + ", client_id=" + clientId
        + ", deployment_id=" + deploymentId
        + resourceLink.map(l -> ", resource_link=" + l.id()).orElse("")
        + context.map(c -> ", context=" + c.id()).orElse("") + "]";
  }

  /** Collects the parts of an {@link LtiLaunch}; one builder makes one or more launches. */
  public static final class Builder {
    private final MessageType messageType;
    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private @Nullable String subject;
    private @Nullable String name;
    private @Nullable String givenName;
    private @Nullable String familyName;
    private @Nullable String email;
    private @Nullable URI picture;
    private final List<Role> roles = new ArrayList<>();
    private @Nullable LtiContext context;
    private @Nullable ResourceLink resourceLink;
    private final Map<String, String> custom = new LinkedHashMap<>();
    private @Nullable LisClaim lis;
    private @Nullable LaunchPresentation launchPresentation;
    private @Nullable ToolPlatform toolPlatform;
    private @Nullable URI targetLinkUri;
    private @Nullable AgsEndpoint ags;
    private @Nullable NrpsEndpoint nrps;
    private @Nullable DeepLinkingSettings deepLinking;

    private Builder(MessageType messageType, String issuer, String clientId, String deploymentId) {
      this.messageType = Objects.requireNonNull(messageType, "messageType");
      this.issuer = Objects.requireNonNull(issuer, "issuer");
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.deploymentId = Objects.requireNonNull(deploymentId, "deploymentId");
    }

    /** Sets {@code sub}; null for an anonymous launch. */
    public Builder subject(@Nullable String subject) {
      this.subject = subject;
      return this;
    }

    /** Sets the full name. */
    public Builder name(@Nullable String name) {
      this.name = name;
      return this;
    }

    /** Sets the given name. */
    public Builder givenName(@Nullable String givenName) {
      this.givenName = givenName;
      return this;
    }

    /** Sets the family name. */
    public Builder familyName(@Nullable String familyName) {
      this.familyName = familyName;
      return this;
    }

    /** Sets the e-mail address. */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /** Sets the picture URL. */
    public Builder picture(@Nullable URI picture) {
      this.picture = picture;
      return this;
    }

    /** Adds roles. */
    public Builder roles(List<Role> roles) {
      roles.forEach(r -> this.roles.add(Objects.requireNonNull(r, "role")));
      return this;
    }

    /** Adds roles. */
    public Builder roles(Role... roles) {
      return roles(List.of(roles));
    }

    /** Sets the context. */
    public Builder context(@Nullable LtiContext context) {
      this.context = context;
      return this;
    }

    /** Sets the resource link. */
    public Builder resourceLink(@Nullable ResourceLink resourceLink) {
      this.resourceLink = resourceLink;
      return this;
    }

    /** Adds custom parameters. */
    public Builder custom(Map<String, String> custom) {
      custom.forEach((k, v) -> this.custom.put(Objects.requireNonNull(k), Objects.requireNonNull(v)));
      return this;
    }

    /** Sets the LIS claim. */
    public Builder lis(@Nullable LisClaim lis) {
      this.lis = lis;
      return this;
    }

    /** Sets the launch presentation. */
    public Builder launchPresentation(@Nullable LaunchPresentation launchPresentation) {
      this.launchPresentation = launchPresentation;
      return this;
    }

    /** Sets the tool platform claim. */
    public Builder toolPlatform(@Nullable ToolPlatform toolPlatform) {
      this.toolPlatform = toolPlatform;
      return this;
    }

    /** Sets the target link URI. */
    public Builder targetLinkUri(@Nullable URI targetLinkUri) {
      this.targetLinkUri = targetLinkUri;
      return this;
    }

    /** Sets the AGS endpoint claim. */
    public Builder ags(@Nullable AgsEndpoint ags) {
      this.ags = ags;
      return this;
    }

    /** Sets the NRPS claim. */
    public Builder nrps(@Nullable NrpsEndpoint nrps) {
      this.nrps = nrps;
      return this;
    }

    /** Sets the deep linking settings. */
    public Builder deepLinking(@Nullable DeepLinkingSettings deepLinking) {
      this.deepLinking = deepLinking;
      return this;
    }

    /**
     * The launch.
     *
     * @throws IllegalArgumentException if issuer, client id or deployment id is blank
     */
    public LtiLaunch build() {
      return new LtiLaunch(messageType, issuer, clientId, deploymentId,
          Optional.ofNullable(subject), Optional.ofNullable(name), Optional.ofNullable(givenName),
          Optional.ofNullable(familyName), Optional.ofNullable(email),
          Optional.ofNullable(picture), roles, Optional.ofNullable(context),
          Optional.ofNullable(resourceLink), custom, Optional.ofNullable(lis),
          Optional.ofNullable(launchPresentation), Optional.ofNullable(toolPlatform),
          Optional.ofNullable(targetLinkUri), Optional.ofNullable(ags), Optional.ofNullable(nrps),
          Optional.ofNullable(deepLinking));
    }
  }
}
