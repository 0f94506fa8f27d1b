package org.moocinterop.lti;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a platform accepts back from a deep linking request, from the
 * {@code https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings} claim.
 *
 * @param returnUrl where the tool posts its deep linking response
 * @param acceptTypes content item types accepted, such as {@code ltiResourceLink}; not empty in a
 *     valid request
 * @param acceptPresentationDocumentTargets {@code iframe}, {@code window}, {@code embed}
 * @param acceptMediaTypes accepted MIME types (the claim is one comma-separated string)
 * @param acceptMultiple whether several items may be returned (false when absent)
 * @param autoCreate whether the platform creates the items without asking (false when absent)
 * @param title a default title for the items
 * @param text a default text for the items
 * @param data an opaque value the tool must echo in its response
 * @see <a href="https://www.imsglobal.org/spec/lti-dl/v2p0#deep-linking-settings">Deep Linking
 *     2.0, 4.4.1</a>
 */
public record DeepLinkingSettings(
    URI returnUrl,
    List<String> acceptTypes,
    List<String> acceptPresentationDocumentTargets,
    List<String> acceptMediaTypes,
    boolean acceptMultiple,
    boolean autoCreate,
    Optional<String> title,
    Optional<String> text,
    Optional<String> data) {

  public DeepLinkingSettings {
    Objects.requireNonNull(returnUrl, "returnUrl");
    acceptTypes = List.copyOf(acceptTypes);
    acceptPresentationDocumentTargets = List.copyOf(acceptPresentationDocumentTargets);
    acceptMediaTypes = List.copyOf(acceptMediaTypes);
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(data, "data");
  }

  /** Settings that accept any of {@code acceptTypes} in any of {@code targets}, one item. */
  public static DeepLinkingSettings of(URI returnUrl, List<String> acceptTypes, List<String> targets) {
    return new DeepLinkingSettings(returnUrl, acceptTypes, targets, List.of(), false, false,
        Optional.empty(), Optional.empty(), Optional.empty());
  }
}
