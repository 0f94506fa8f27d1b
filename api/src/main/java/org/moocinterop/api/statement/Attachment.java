package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.moocinterop.api.Iri;

/**
 * Metadata of a file attached to a statement. The content travels in a multipart request (matched
 * by {@code sha2}) or lies at {@code fileUrl}.
 *
 * @param usageType what the attachment is for (for example a certificate)
 * @param display its title
 * @param description its description, if given
 * @param contentType its Internet media type (not blank)
 * @param length its length in octets (not negative)
 * @param sha2 the hex SHA-2 hash of its content
 * @param fileUrl an IRL where it can be fetched, if given
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2411-attachments">xAPI
 *     Data 2.4.11 Attachments</a>
 */
public record Attachment(
    Iri usageType,
    LanguageMap display,
    Optional<LanguageMap> description,
    String contentType,
    long length,
    String sha2,
    Optional<Iri> fileUrl) {

  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code contentType} is blank, {@code length} negative or
   *     {@code sha2} not hexadecimal
   */
  public Attachment {
    Objects.requireNonNull(usageType, "usageType");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha2, "sha2");
    Objects.requireNonNull(fileUrl, "fileUrl");
    if (contentType.isBlank()) {
      throw new IllegalArgumentException("attachment contentType must not be blank (xAPI Data 2.4.11)");
    }
    if (length < 0) {
      throw new IllegalArgumentException("attachment length must not be negative (xAPI Data 2.4.11)");
    }
    if (!HEX.matcher(sha2).matches()) {
      throw new IllegalArgumentException(
          "attachment sha2 must be a hexadecimal SHA-2 hash (xAPI Data 2.4.11): '" + sha2 + "'");
    }
  }

  /** Returns an attachment without description nor fileUrl. */
  public static Attachment of(
      Iri usageType, LanguageMap display, String contentType, long length, String sha2) {
    return new Attachment(
        usageType, display, Optional.empty(), contentType, length, sha2, Optional.empty());
  }

  /** Returns a copy with this description. */
  public Attachment withDescription(LanguageMap value) {
    return new Attachment(
        usageType, display, Optional.of(value), contentType, length, sha2, fileUrl);
  }

  /** Returns a copy with this fileUrl. */
  public Attachment withFileUrl(Iri value) {
    return new Attachment(
        usageType, display, description, contentType, length, sha2, Optional.of(value));
  }
}
