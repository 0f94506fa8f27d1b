package org.moocinterop.api.statement;

import java.util.Locale;
import java.util.Objects;
import org.moocinterop.api.Iri;

/**
 * The {@code mbox} identifier: a {@code mailto:} IRI.
 *
 * <p>The IRI is kept as given. Equality ignores case in the scheme and in the domain (after the
 * last {@code @}), which are case-insensitive (xAPI Data 2.3.1, "Case sensitivity"); the local
 * part compares exactly.
 *
 * @param iri the {@code mailto:} IRI
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">
 *     xAPI Data 2.4.2.3</a>
 */
public record Mbox(Iri iri) implements InverseFunctionalIdentifier {

  /**
   * Checks the IRI.
   *
   * @throws IllegalArgumentException if it is not {@code mailto:} followed by an address with an
   *     {@code @}
   */
  public Mbox {
    Objects.requireNonNull(iri, "iri");
    String text = iri.value();
    if (!text.regionMatches(true, 0, "mailto:", 0, 7)) {
      throw new IllegalArgumentException(
          "mbox must be a mailto: IRI (xAPI Data 2.4.2.3): '" + text + "'");
    }
    int at = text.lastIndexOf('@');
    if (at <= 7 || at == text.length() - 1) {
      throw new IllegalArgumentException(
          "mbox must be mailto: followed by an email address (xAPI Data 2.4.2.3): '" + text + "'");
    }
  }

  /** Returns the mbox for a {@code mailto:} IRI such as {@code mailto:ada@example.org}. */
  public static Mbox of(String mailtoIri) {
    Objects.requireNonNull(mailtoIri, "mailtoIri");
    if (!mailtoIri.regionMatches(true, 0, "mailto:", 0, 7)) {
      throw new IllegalArgumentException(
          "mbox must be a mailto: IRI (xAPI Data 2.4.2.3): '" + mailtoIri + "'");
    }
    return new Mbox(Iri.of(mailtoIri));
  }

  /** Returns the mbox for a plain address such as {@code ada@example.org}. */
  public static Mbox ofAddress(String address) {
    return of("mailto:" + Objects.requireNonNull(address, "address"));
  }

  /** Returns the address, without {@code mailto:}. */
  public String address() {
    return iri.value().substring(7);
  }

  private String comparable() {
    String text = iri.value();
    int at = text.lastIndexOf('@');
    return "mailto:" + text.substring(7, at) + text.substring(at).toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mbox other && comparable().equals(other.comparable());
  }

  @Override
  public int hashCode() {
    return comparable().hashCode();
  }
}
