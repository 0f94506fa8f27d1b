package org.moocinterop.api.spi;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * A position in the order of a statement store: the {@code stored} instant and the store's
 * sequence number of the last statement a page returned. The next page starts strictly after it
 * (in the query's direction), so pages stay stable while statements are added: a statement stored
 * later never shifts the statements of the following pages.
 *
 * <p>{@link #encode()} gives an opaque, URL-safe token for a {@code more} link; {@link #parse}
 * reads it back.
 *
 * @param stored the {@code stored} instant of the last statement returned
 * @param sequence the store's sequence number of that statement (ties on {@code stored})
 */
public record StatementCursor(Instant stored, long sequence) {

  private static final String PREFIX = "c1.";

  public StatementCursor {
    Objects.requireNonNull(stored, "stored");
  }

  /** The cursor as an opaque, URL-safe token. */
  public String encode() {
    String plain = stored.getEpochSecond() + "." + stored.getNano() + "." + sequence;
    return PREFIX + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Reads a token made by {@link #encode()}.
   *
   * @throws IllegalArgumentException if {@code token} is not such a token (the caller answers
   *     with a 400: a client sent a {@code more} link it did not get from this LRS)
   */
  public static StatementCursor parse(String token) {
    Objects.requireNonNull(token, "token");
    if (!token.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a statement cursor");
    }
    try {
      String plain = new String(
          Base64.getUrlDecoder().decode(token.substring(PREFIX.length())),
          StandardCharsets.US_ASCII);
      String[] parts = plain.split("\\.", -1);
      if (parts.length != 3) {
        throw new IllegalArgumentException("not a statement cursor");
      }
      return new StatementCursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
          Long.parseLong(parts[2]));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a statement cursor", e);
    }
  }
}
