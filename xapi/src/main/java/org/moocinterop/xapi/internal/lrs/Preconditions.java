package org.moocinterop.xapi.internal.lrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.moocinterop.api.spi.StoredDocument;
import org.moocinterop.xapi.lrs.LrsHeaders;

/**
 * The {@code If-Match} and {@code If-None-Match} headers of a request, evaluated as RFC 7232
 * says against the stored document (strong comparison; {@code *} matches any stored document).
 *
 * @param ifMatch the tags of If-Match ({@code *} included as is), if the header is present
 * @param ifNoneMatch the tags of If-None-Match, if the header is present
 */
public record Preconditions(Optional<List<String>> ifMatch, Optional<List<String>> ifNoneMatch) {

  /** Reads the two headers of {@code headers}. */
  public static Preconditions of(LrsHeaders headers) {
    return new Preconditions(tags(headers.all("If-Match")), tags(headers.all("If-None-Match")));
  }

  /** Whether the request carries either header. */
  public boolean any() {
    return ifMatch.isPresent() || ifNoneMatch.isPresent();
  }

  /** Whether the request may go ahead given what is stored. */
  public boolean holdFor(Optional<StoredDocument> current) {
    if (ifMatch.isPresent() && !matchesAny(ifMatch.get(), current)) {
      return false;
    }
    return ifNoneMatch.isEmpty() || !matchesAny(ifNoneMatch.get(), current);
  }

  private static boolean matchesAny(List<String> tags, Optional<StoredDocument> current) {
    if (current.isEmpty()) {
      return false;
    }
    String etag = current.get().etag();
    return tags.stream().anyMatch(tag -> tag.equals("*") || tag.equals(etag));
  }

  private static Optional<List<String>> tags(List<String> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    List<String> tags = new ArrayList<>();
    for (String value : values) {
      for (String part : value.split(",", -1)) {
        String tag = part.trim();
        if (tag.isEmpty()) {
          continue;
        }
        if (tag.startsWith("W/")) {
          tags.add("\u0000weak"); // a weak tag never matches under strong comparison
        } else if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
          tags.add(tag.substring(1, tag.length() - 1));
        } else {
          tags.add(tag); // "*", or a tag a client sent without quotes
        }
      }
    }
    return Optional.of(List.copyOf(tags));
  }
}
