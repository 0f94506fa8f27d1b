package org.moocinterop.api.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LicenceTest {

  @ParameterizedTest
  @CsvSource({
    "CC-BY-4.0, https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0, https://creativecommons.org/licenses/by-sa/4.0/",
    "CC-BY-NC-4.0, https://creativecommons.org/licenses/by-nc/4.0/",
    "CC-BY-NC-SA-4.0, https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "CC-BY-ND-4.0, https://creativecommons.org/licenses/by-nd/4.0/",
    "CC0-1.0, https://creativecommons.org/publicdomain/zero/1.0/",
  })
  void creativeCommonsConstantsCarryTheirUrl(String spdx, String url) {
    Licence licence = Licence.of(spdx);

    assertThat(licence.spdx()).isEqualTo(spdx);
    assertThat(licence.url()).contains(URI.create(url));
    assertThat(licence.isCreativeCommons()).isTrue();
  }

  @Test
  void knownIdentifiersMatchIgnoringCase() {
    assertThat(Licence.of("cc-by-sa-4.0")).isSameAs(Licence.CC_BY_SA_4_0);
    assertThat(Licence.of("licenseref-all-rights-reserved"))
        .isSameAs(Licence.ALL_RIGHTS_RESERVED);
  }

  @Test
  void allRightsReservedIsALicenseRefWithoutUrl() {
    assertThat(Licence.ALL_RIGHTS_RESERVED.spdx()).startsWith("LicenseRef-");
    assertThat(Licence.ALL_RIGHTS_RESERVED.url()).isEmpty();
    assertThat(Licence.ALL_RIGHTS_RESERVED.isCreativeCommons()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MIT", "Apache-2.0", "GPL-2.0+", "CC-BY-3.0-DE", "LicenseRef-Campus-Only",
      "MIT OR Apache-2.0", "(MIT OR Apache-2.0) AND CC-BY-4.0", "GPL-2.0-only WITH Classpath-exception-2.0",
      "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2"})
  void unknownSpdxIdentifiersAndExpressionsAreAccepted(String spdx) {
    Licence licence = Licence.of(spdx);

    assertThat(licence.spdx()).isEqualTo(spdx);
    assertThat(licence.url()).isEmpty();
    assertThat(licence).hasToString(spdx);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "CC BY 4.0", "MIT OR", "AND MIT", "(MIT", "MIT)", "()",
      "MIT (Apache-2.0)", "Creative Commons!", "-MIT"})
  void textThatIsNoSpdxExpressionIsRefused(String spdx) {
    assertThatThrownBy(() -> Licence.of(spdx))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an SPDX license identifier or expression");
  }

  @Test
  void aLicenceUrlMustBeOnTheWeb() {
    assertThat(Licence.of("LicenseRef-Uni", URI.create("https://uni-a.example/licence")).url())
        .isPresent();
    assertThatThrownBy(() -> Licence.of("MIT", URI.create("licence.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("url must be an absolute http or https URL");
  }
}
