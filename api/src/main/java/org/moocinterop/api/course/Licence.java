package org.moocinterop.api.course;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The licence of course content, named by an SPDX license identifier or expression
 * ({@code CC-BY-4.0}, {@code MIT OR Apache-2.0}, {@code LicenseRef-Campus-Only}), with the URL of
 * its text where known.
 *
 * <p>A typed, open vocabulary: constants cover the Creative Commons licences that open courses
 * use, and {@link #of(String)} accepts any other identifier. The check is loose: the text must be
 * made of SPDX identifier tokens, the operators {@code AND}, {@code OR}, {@code WITH} and balanced
 * parentheses; whether an identifier is on the SPDX list is not checked.
 *
 * @param spdx the SPDX identifier or expression
 * @param url where the licence text is published, if known
 * @see <a href="https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/">SPDX 2.3 Annex
 *     D, License Expressions</a>
 */
public record Licence(String spdx, Optional<URI> url) {

  public static final Licence CC_BY_4_0 =
      cc("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/");
  public static final Licence CC_BY_SA_4_0 =
      cc("CC-BY-SA-4.0", "https://creativecommons.org/licenses/by-sa/4.0/");
  public static final Licence CC_BY_NC_4_0 =
      cc("CC-BY-NC-4.0", "https://creativecommons.org/licenses/by-nc/4.0/");
  public static final Licence CC_BY_NC_SA_4_0 =
      cc("CC-BY-NC-SA-4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/");
  public static final Licence CC_BY_ND_4_0 =
      cc("CC-BY-ND-4.0", "https://creativecommons.org/licenses/by-nd/4.0/");
  public static final Licence CC0_1_0 =
      cc("CC0-1.0", "https://creativecommons.org/publicdomain/zero/1.0/");
  /** No licence granted: all rights reserved (an SPDX {@code LicenseRef}, as SPDX has no id). */
  public static final Licence ALL_RIGHTS_RESERVED =
      new Licence("LicenseRef-All-Rights-Reserved", Optional.empty());

  private static final List<Licence> KNOWN = List.of(CC_BY_4_0, CC_BY_SA_4_0, CC_BY_NC_4_0,
      CC_BY_NC_SA_4_0, CC_BY_ND_4_0, CC0_1_0, ALL_RIGHTS_RESERVED);

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if {@code spdx} is not an SPDX identifier or expression, or
   *     {@code url} is not an absolute http(s) URL
   */
  public Licence {
    Objects.requireNonNull(spdx, "spdx");
    SpdxExpressions.check(spdx);
    Objects.requireNonNull(url, "url").ifPresent(value -> Checks.requireWebUrl(value, "url"));
  }

  /**
   * The licence {@code spdx}. A known identifier (matched ignoring case, as SPDX matches) gives
   * its constant, with its URL; any other gives a licence without URL.
   *
   * @throws IllegalArgumentException if {@code spdx} is not an SPDX identifier or expression
   */
  public static Licence of(String spdx) {
    Objects.requireNonNull(spdx, "spdx");
    for (Licence known : KNOWN) {
      if (known.spdx.equalsIgnoreCase(spdx.trim())) {
        return known;
      }
    }
    return new Licence(spdx.trim(), Optional.empty());
  }

  /**
   * The licence {@code spdx} whose text is at {@code url}.
   *
   * @throws IllegalArgumentException as {@link #of(String)}, or if {@code url} is not an absolute
   *     http(s) URL
   */
  public static Licence of(String spdx, URI url) {
    return new Licence(spdx.trim(), Optional.of(url));
  }

  /** Whether this is one of the Creative Commons licences or dedications among the constants. */
  public boolean isCreativeCommons() {
    return spdx.startsWith("CC-") || spdx.startsWith("CC0-");
  }

  /** The SPDX identifier or expression. */
  @Override
  public String toString() {
    return spdx;
  }

  private static Licence cc(String spdx, String url) {
    return new Licence(spdx, Optional.of(URI.create(url)));
  }
}
