package org.moocinterop.api.statement;

import java.util.Objects;
import java.util.Optional;

/**
 * An individual: an optional name and exactly one inverse functional identifier.
 *
 * @param name the display name, if given
 * @param ifi the one inverse functional identifier
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2421-when-the-actor-objecttype-is-agent">
 *     xAPI Data 2.4.2.1</a>
 */
public record Agent(Optional<String> name, InverseFunctionalIdentifier ifi) implements Actor {

  public Agent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ifi, "ifi");
  }

  /** Returns the agent identified by {@code ifi}, without a name. */
  public static Agent of(InverseFunctionalIdentifier ifi) {
    return new Agent(Optional.empty(), ifi);
  }

  /** Returns the agent named {@code name} identified by {@code ifi}. */
  public static Agent of(String name, InverseFunctionalIdentifier ifi) {
    return new Agent(Optional.of(name), ifi);
  }

  /** Returns the agent identified by the {@code mailto:} IRI {@code mbox}. */
  public static Agent ofMbox(String mbox) {
    return of(Mbox.of(mbox));
  }

  /** Returns a copy with this name. */
  public Agent withName(String newName) {
    return new Agent(Optional.of(newName), ifi);
  }
}
