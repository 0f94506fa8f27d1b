package org.moocinterop.api.statement;

import java.util.Objects;
import org.moocinterop.api.Iri;

/**
 * The {@code account} identifier: a user account on an existing system.
 *
 * @param homePage the IRL of the system's home page
 * @param name the account's unique id or name on that system (not blank)
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2424-account-object">
 *     xAPI Data 2.4.2.4 Account Object</a>
 */
public record Account(Iri homePage, String name) implements InverseFunctionalIdentifier {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public Account {
    Objects.requireNonNull(homePage, "homePage");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("account name must not be blank (xAPI Data 2.4.2.4)");
    }
  }

  /** Returns the account {@code name} at {@code homePage}. */
  public static Account of(String homePage, String name) {
    return new Account(Iri.of(homePage), name);
  }
}
