package org.moocinterop.api.course;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A single file of the course package for the learner to download, such as slides or a data set.
 *
 * @param path the file inside the package, relative, with '/' separators and no '.' or '..'
 *     segment
 * @param mediaType its media type, such as {@code application/pdf} (RFC 6838
 *     {@code type/subtype}, optional parameters allowed); kept as given
 * @param size its size in bytes, zero or more
 */
public record FileResource(String path, String mediaType, long size) implements LearningResource {

  private static final String TOKEN = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}";
  private static final Pattern MEDIA_TYPE =
      Pattern.compile(TOKEN + "/" + TOKEN + "(\\s*;\\s*[^;\\s=]+=[^;]+)*");

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the path is not a safe relative path, the media type is
   *     not {@code type/subtype}, or the size is negative
   */
  public FileResource {
    Checks.requireRelativePath(path, "a file path");
    Objects.requireNonNull(mediaType, "mediaType");
    if (!MEDIA_TYPE.matcher(mediaType).matches()) {
      throw new IllegalArgumentException(
          "a media type is 'type/subtype', such as 'application/pdf', not '" + mediaType + "'");
    }
    if (size < 0) {
      throw new IllegalArgumentException("a file size must not be negative, not " + size);
    }
  }

  /** The file at {@code path}, of {@code mediaType}, {@code size} bytes long. */
  public static FileResource of(String path, String mediaType, long size) {
    return new FileResource(path, mediaType, size);
  }

  /** Always {@link LearningResource.Type#FILE}. */
  @Override
  public Type type() {
    return Type.FILE;
  }
}
