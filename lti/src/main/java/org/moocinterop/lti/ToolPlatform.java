package org.moocinterop.lti;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The platform instance that sent a message, from the
 * {@code https://purl.imsglobal.org/spec/lti/claim/tool_platform} claim.
 *
 * @param guid a stable, locally unique id of the platform instance
 * @param name its name
 * @param contactEmail an administrator's e-mail address
 * @param description its description
 * @param url its home page
 * @param productFamilyCode the vendor's product code, such as {@code moodle}
 * @param version the product version
 * @see <a href="https://www.imsglobal.org/spec/lti/v1p3/#platform-instance-claim">LTI Core
 *     5.4.2</a>
 */
public record ToolPlatform(
    Optional<String> guid,
    Optional<String> name,
    Optional<String> contactEmail,
    Optional<String> description,
    Optional<URI> url,
    Optional<String> productFamilyCode,
    Optional<String> version) {

  public ToolPlatform {
    Objects.requireNonNull(guid, "guid");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(contactEmail, "contactEmail");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(productFamilyCode, "productFamilyCode");
    Objects.requireNonNull(version, "version");
  }

  /** A platform with a guid, a name and a product family code. */
  public static ToolPlatform of(String guid, String name, String productFamilyCode) {
    return new ToolPlatform(Optional.of(guid), Optional.of(name), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(productFamilyCode), Optional.empty());
  }
}
