package org.moocinterop.xapi;

import java.util.Objects;
import java.util.Optional;

/**
 * A version of the xAPI specification that this library speaks: {@link #V2_0_0} (IEEE 9274.1.1)
 * or {@link #V1_0_3}.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#versioning">
 *     xAPI Communication 3.3 Versioning</a>
 */
public enum XapiVersion {
  /** xAPI 1.0.3, the last 1.0.x version. */
  V1_0_3("1.0.3"),
  /** xAPI 2.0.0, published as IEEE 9274.1.1-2023. */
  V2_0_0("2.0.0");

  private final String text;

  XapiVersion(String text) {
    this.text = text;
  }

  /** The version as written in statements and headers, such as {@code 2.0.0}. */
  public String text() {
    return text;
  }

  /**
   * Reads a version header value. {@code 2.0} means 2.0.0; {@code 1.0}, {@code 1.0.0} to
   * {@code 1.0.3} (and later 1.0.x patches) are served as 1.0.3, as the specification lets an LRS do.
   *
   * @return the version, or empty if this library does not speak it
   */
  public static Optional<XapiVersion> parseHeader(String header) {
    Objects.requireNonNull(header, "header");
    String value = header.trim();
    if (value.equals("2.0") || value.equals("2.0.0")) {
      return Optional.of(V2_0_0);
    }
    if (value.equals("1.0") || value.matches("1\\.0\\.\\d+")) {
      return Optional.of(V1_0_3);
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return text;
  }
}
