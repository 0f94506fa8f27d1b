package org.moocinterop.lti;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How the platform shows the tool, from the
 * {@code https://purl.imsglobal.org/spec/lti/claim/launch_presentation} claim.
 *
 * @param documentTarget {@code frame}, {@code iframe} or {@code window}
 * @param returnUrl where the tool may send the user back
 * @param locale the user's locale, as a BCP 47 tag
 * @param width the width of the frame or window, in pixels
 * @param height the height of the frame or window, in pixels
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#launch-presentation-claim">LTI Core
 *     5.4.4</a>
 */
public record LaunchPresentation(
    Optional<String> documentTarget,
    Optional<URI> returnUrl,
    Optional<String> locale,
    OptionalInt width,
    OptionalInt height) {

  public LaunchPresentation {
    Objects.requireNonNull(documentTarget, "documentTarget");
    Objects.requireNonNull(returnUrl, "returnUrl");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(height, "height");
  }
}
