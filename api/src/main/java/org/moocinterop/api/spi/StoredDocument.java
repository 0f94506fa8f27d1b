package org.moocinterop.api.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored xAPI document: its bytes exactly as received, their content type, an entity tag and
 * when it was last written.
 *
 * <p>The entity tag is the lowercase hexadecimal SHA-1 digest of the content, unquoted, as xAPI
 * Communication 3.1 asks; every store therefore yields the same tag for the same bytes.
 */
public final class StoredDocument {

  private final byte[] content;
  private final String contentType;
  private final String etag;
  private final Instant updated;

  private StoredDocument(byte[] content, String contentType, String etag, Instant updated) {
    this.content = content;
    this.contentType = contentType;
    this.etag = etag;
    this.updated = updated;
  }

  /**
   * A document with the given content, computing its entity tag.
   *
   * @param content the bytes, copied
   * @param contentType the media type as received, such as {@code application/json}
   * @param updated when the document was written
   */
  public static StoredDocument of(byte[] content, String contentType, Instant updated) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(updated, "updated");
    byte[] copy = content.clone();
    return new StoredDocument(copy, contentType, etagOf(copy), updated);
  }

  /** The entity tag of {@code content}: lowercase hex SHA-1, without quotes. */
  public static String etagOf(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-1", e);
    }
  }

  /** A copy of the content bytes. */
  public byte[] content() {
    return content.clone();
  }

  /** The size of the content in bytes. */
  public int size() {
    return content.length;
  }

  public String contentType() {
    return contentType;
  }

  /** The unquoted entity tag. */
  public String etag() {
    return etag;
  }

  public Instant updated() {
    return updated;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof StoredDocument that
        && Arrays.equals(content, that.content)
        && contentType.equals(that.contentType)
        && updated.equals(that.updated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(etag, contentType, updated);
  }

  @Override
  public String toString() {
    String preview = new String(content, 0, Math.min(content.length, 40), StandardCharsets.UTF_8);
    return "StoredDocument[" + contentType + ", " + content.length + " bytes, etag=" + etag
        + ", updated=" + updated + ", starts=" + preview + "]";
  }
}
