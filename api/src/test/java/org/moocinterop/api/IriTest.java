package org.moocinterop.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://adlnet.gov/expapi/verbs/completed",
        "https://example.org/ä/b?x=1#f",
        "mailto:ada@example.org",
        "urn:uuid:6b2c4a9e-9b9f-4c4e-8d1e-0a3c2b1d4e5f",
        "tag:example.org,2024:x"
      })
  void anIriWithASchemeIsAccepted(String text) {
    assertThat(Iri.of(text).value()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "example.org/path", "/relative", "1http://x", "http://a b", "http://a\tb"})
  void anIriWithoutASchemeOrWithWhitespaceIsRejected(String text) {
    assertThatThrownBy(() -> Iri.of(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalityIsExactAndTheTextIsKept() {
    assertThat(Iri.of("http://Example.org/A")).isNotEqualTo(Iri.of("http://example.org/A"));
    assertThat(Iri.of("http://example.org/A")).isEqualTo(Iri.of("http://example.org/A"));
    assertThat(Iri.of("HTTP://x").toString()).isEqualTo("HTTP://x");
    assertThat(Iri.of("mailto:a@b.c").scheme()).isEqualTo("mailto");
  }
}
