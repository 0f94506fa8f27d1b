package org.moocinterop.api.spi;

import java.time.Instant;

/**
 * Remembers single-use values (OIDC nonces, JWT ids, LTI message hints) until they expire, so that
 * a replay is recognised.
 *
 * <p>The one operation that matters is atomic: of any number of concurrent calls to
 * {@link #remember} with the same scope and value, on any node sharing the store, exactly one
 * returns {@code true} while the value has not expired.
 *
 * <p>Implementations must be thread-safe. Contract: {@code NonceStoreContract} in the
 * {@code org.moocinterop.api.testkit} test kit.
 */
public interface NonceStore {

  /**
   * Records {@code value} within {@code scope} until {@code expiresAt}, unless it is already
   * recorded and not yet expired.
   *
   * @param scope separates independent uses (for example an issuer, or "jti"); not blank
   * @param value the single-use value; not blank
   * @param expiresAt when the value may be forgotten; a value whose expiry is not after the
   *     store's current time is treated as already expired and is not remembered
   * @return {@code true} if the value was new (the caller may proceed), {@code false} if it was
   *     seen before and has not expired (a replay) or if {@code expiresAt} has already passed
   * @throws IllegalArgumentException if scope or value is blank
   * @throws org.moocinterop.api.StoreException if the store cannot be reached; nothing is recorded
   */
  boolean remember(String scope, String value, Instant expiresAt);

  /**
   * Forgets every value that expired at or before the store's current time.
   *
   * @return how many values were forgotten
   */
  int purgeExpired();
}
