package org.moocinterop.xapi.internal.lrs;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.lrs.LrsHeaders;

/**
 * Reads {@code X-Experience-API-Version}: {@code 2.0} and {@code 2.0.x} are 2.0.0, {@code 1.0} and
 * {@code 1.0.x} are 1.0.3; a version the LRS does not serve, or no header, is a 400.
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Communication.md#33-versioning">
 *     xAPI Communication 3.3 Versioning</a>
 */
public final class VersionNegotiation {

  public static final String HEADER = "X-Experience-API-Version";
  private static final Pattern TWO_ZERO_PATCH = Pattern.compile("^2\\.0\\.\\d+$");

  private final Set<XapiVersion> served;

  public VersionNegotiation(Set<XapiVersion> served) {
    this.served = Set.copyOf(served);
  }

  /** The served version named by the header, if it names one. */
  public Optional<XapiVersion> of(LrsHeaders headers) {
    return headers.first(HEADER).flatMap(VersionNegotiation::parse).filter(served::contains);
  }

  /** The served version the header names; 400 when it is missing or names another. */
  public XapiVersion require(LrsHeaders headers) {
    Optional<String> header = headers.first(HEADER);
    if (header.isEmpty()) {
      throw Rules.badRequest(Rules.VERSION_HEADER, "3.3",
          "the X-Experience-API-Version header is required");
    }
    return of(headers).orElseThrow(() -> Rules.badRequest(Rules.VERSION_HEADER, "3.3",
        "X-Experience-API-Version '" + Values.abbreviate(header.get()) + "' is not served; this LRS serves "
            + served.stream().map(XapiVersion::text).sorted().toList()));
  }

  private static Optional<XapiVersion> parse(String header) {
    String value = header.trim();
    if (TWO_ZERO_PATCH.matcher(value).matches()) {
      return Optional.of(XapiVersion.V2_0_0);
    }
    return XapiVersion.parseHeader(value);
  }
}
