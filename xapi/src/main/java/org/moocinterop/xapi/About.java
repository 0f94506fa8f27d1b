package org.moocinterop.xapi;

import java.util.List;
import java.util.Objects;
import org.moocinterop.api.statement.Extensions;

/**
 * The LRS's About resource: the xAPI versions it speaks and its extensions.
 *
 * @param version the versions, such as {@code 2.0.0} and {@code 1.0.3}; not empty
 * @param extensions the LRS's extensions, possibly empty
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#28-about-resource">
 *     xAPI-Communication 2.8 About Resource</a>
 */
public record About(List<String> version, Extensions extensions) {

  /**
   * Copies the list.
   *
   * @throws IllegalArgumentException if {@code version} is empty
   */
  public About {
    version = List.copyOf(Objects.requireNonNull(version, "version"));
    Objects.requireNonNull(extensions, "extensions");
    if (version.isEmpty()) {
      throw new IllegalArgumentException("the About resource lists at least one version");
    }
  }

  /** An About resource. */
  public static About of(List<String> version, Extensions extensions) {
    return new About(version, extensions);
  }

  /** An About resource without extensions. */
  public static About of(List<String> version) {
    return new About(version, Extensions.empty());
  }
}
