package org.moocinterop.api.institution;

import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.text.LocalizedText;

/**
 * A member of the alliance: a university or MOOC provider that offers courses, hosts learners, and
 * runs some of the services named by its {@link ServiceEndpoints}.
 *
 * <p>The {@link #homePage()} is also the scope of its learners' identifiers: a learner of this
 * institution has a {@code LearnerId} whose home page is this one, as an xAPI account has.
 *
 * @param id the alliance-wide slug
 * @param name the name, in one or more languages; never empty
 * @param homePage the institution's web site, an absolute http(s) URL
 * @param country the ISO 3166-1 alpha-2 code of its country, upper case, if known
 * @param endpoints where its services answer; {@link ServiceEndpoints#none()} when it runs none
 */
public record Institution(
    InstitutionId id,
    LocalizedText name,
    URI homePage,
    Optional<String> country,
    ServiceEndpoints endpoints) {

  private static final Set<String> COUNTRIES =
      Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

  /**
   * Creates the value, checking its rules.
   *
   * @throws IllegalArgumentException if the name is empty, the home page is not an http(s) URL,
   *     or the country is not an ISO 3166-1 alpha-2 code (upper case)
   */
  public Institution {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (name.isEmpty()) {
      throw new IllegalArgumentException("an institution needs a name in at least one language");
    }
    Urls.requireWebUrl(homePage, "homePage");
    Objects.requireNonNull(country, "country");
    country.ifPresent(Institution::requireCountry);
    Objects.requireNonNull(endpoints, "endpoints");
  }

  /** A builder for the institution {@code id}, named {@code name}, at {@code homePage}. */
  public static Builder builder(InstitutionId id, LocalizedText name, URI homePage) {
    return new Builder(id, name, homePage);
  }

  private static void requireCountry(String code) {
    if (!COUNTRIES.contains(code)) {
      throw new IllegalArgumentException(
          "country must be an ISO 3166-1 alpha-2 code such as 'DE' or 'FR', not '" + code + "'");
    }
  }

  /** Builds an {@link Institution}; the country and endpoints are optional. Not thread-safe. */
  public static final class Builder {
    private final InstitutionId id;
    private final LocalizedText name;
    private final URI homePage;
    private @Nullable String country;
    private ServiceEndpoints endpoints = ServiceEndpoints.none();

    private Builder(InstitutionId id, LocalizedText name, URI homePage) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
      this.homePage = Objects.requireNonNull(homePage, "homePage");
    }

    /**
     * Sets the country by its ISO 3166-1 alpha-2 code; lower case is accepted and upper-cased.
     */
    public Builder country(String code) {
      this.country = Objects.requireNonNull(code, "code").toUpperCase(Locale.ROOT);
      return this;
    }

    /** Sets where the institution's services answer. */
    public Builder endpoints(ServiceEndpoints endpoints) {
      this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
      return this;
    }

    /**
     * Builds the value from what was set.
     *
     * @throws IllegalArgumentException if a part breaks a rule of {@link Institution}
     */
    public Institution build() {
      return new Institution(id, name, homePage, Optional.ofNullable(country), endpoints);
    }
  }
}
