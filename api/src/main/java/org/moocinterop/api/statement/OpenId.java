package org.moocinterop.api.statement;

import java.util.Objects;
import org.moocinterop.api.Iri;

/**
 * The {@code openid} identifier: an OpenID URI.
 *
 * @param iri the OpenID
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2423-inverse-functional-identifier">
 *     xAPI Data 2.4.2.3</a>
 */
public record OpenId(Iri iri) implements InverseFunctionalIdentifier {

  public OpenId {
    Objects.requireNonNull(iri, "iri");
  }

  /** Returns the identifier for this URI. */
  public static OpenId of(String uri) {
    return new OpenId(Iri.of(uri));
  }
}
