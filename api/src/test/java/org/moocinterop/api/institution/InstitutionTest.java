package org.moocinterop.api.institution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.moocinterop.api.text.LocalizedText;

class InstitutionTest {

  private static Institution.Builder uniA() {
    return Institution.builder(InstitutionId.of("uni-a"),
        LocalizedText.of("en", "University A"), URI.create("https://uni-a.example"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE", "FR", "NL", "de", "ch"})
  void isoCountryCodesAreAccepted(String code) {
    assertThat(uniA().country(code).build().country()).contains(code.toUpperCase(Locale.ROOT));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "XX", "DEU", "UK", "E1"})
  void textThatIsNoIsoCountryIsRefused(String code) {
    assertThatThrownBy(() -> uniA().country(code).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ISO 3166-1 alpha-2")
        .hasMessageContaining("'" + code.toUpperCase(Locale.ROOT) + "'");
  }

  @Test
  void countryAndEndpointsAreOptional() {
    Institution institution = uniA().build();

    assertThat(institution.country()).isEmpty();
    assertThat(institution.endpoints()).isEqualTo(ServiceEndpoints.none());
  }

  @Test
  void anInstitutionNeedsANameAndAWebHomePage() {
    assertThatThrownBy(() -> Institution.builder(InstitutionId.of("uni-a"), LocalizedText.empty(),
            URI.create("https://uni-a.example")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an institution needs a name in at least one language");
    assertThatThrownBy(() -> Institution.builder(InstitutionId.of("uni-a"),
            LocalizedText.of("en", "A"), URI.create("urn:uni:a")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("homePage must be an absolute http or https URL");
  }

  @ParameterizedTest
  @ValueSource(strings = {"uni-a", "tu-delft", "ab", "epfl2"})
  void slugsAreInstitutionIds(String slug) {
    assertThat(InstitutionId.of(slug).toString()).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "Uni-A", "uni--a", "uni-a-", "-uni", "1uni", "uni a",
      "uni_a", "https://uni-a.example"})
  void textThatIsNoSlugIsRefused(String text) {
    assertThatThrownBy(() -> InstitutionId.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("an institution id is a slug");
  }

  @Test
  void slugsLongerThanADnsLabelAreRefused() {
    assertThat(InstitutionId.of("a".repeat(63)).value()).hasSize(63);
    assertThatThrownBy(() -> InstitutionId.of("a".repeat(64)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
