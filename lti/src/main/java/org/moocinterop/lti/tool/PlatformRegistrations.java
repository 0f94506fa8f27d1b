package org.moocinterop.lti.tool;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a tool looks up its platform registrations. Implement it over a database; {@link
 * #of(Collection)} serves a fixed list.
 */
public interface PlatformRegistrations {

  /** Every registration of {@code issuer}, in a stable order; empty if none. */
  List<PlatformRegistration> findByIssuer(String issuer);

  /** The registration of {@code issuer} with {@code clientId}. */
  default Optional<PlatformRegistration> find(String issuer, String clientId) {
    return findByIssuer(issuer).stream().filter(r -> r.clientId().equals(clientId)).findFirst();
  }

  /**
   * Registrations held in memory.
   *
   * @throws IllegalArgumentException if two registrations share an issuer and a client_id
   */
  static PlatformRegistrations of(Collection<PlatformRegistration> registrations) {
    List<PlatformRegistration> copy = List.copyOf(registrations);
    for (int i = 0; i < copy.size(); i++) {
      for (int j = i + 1; j < copy.size(); j++) {
        if (copy.get(i).issuer().equals(copy.get(j).issuer())
            && copy.get(i).clientId().equals(copy.get(j).clientId())) {
          throw new IllegalArgumentException("duplicate registration " + copy.get(i).issuer()
              + " / " + copy.get(i).clientId());
        }
      }
    }
    return issuer -> {
      Objects.requireNonNull(issuer, "issuer");
      List<PlatformRegistration> result = new ArrayList<>();
      for (PlatformRegistration r : copy) {
        if (r.issuer().equals(issuer)) {
          result.add(r);
        }
      }
      return List.copyOf(result);
    };
  }

  /** Registrations held in memory. */
  static PlatformRegistrations of(PlatformRegistration... registrations) {
    return of(List.of(registrations));
  }
}
