package org.moocinterop.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XapiVersionTest {

  @ParameterizedTest
  @CsvSource({"2.0.0, V2_0_0", "2.0, V2_0_0", "1.0.3, V1_0_3", "1.0.0, V1_0_3", "1.0, V1_0_3"})
  void knownHeadersAreRead(String header, XapiVersion expected) {
    assertThat(XapiVersion.parseHeader(header)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.95", "1.1.0", "2.1.0", "3.0.0", "2", "", "2.0.0.1", "1.0.x"})
  void otherHeadersAreNotSpoken(String header) {
    assertThat(XapiVersion.parseHeader(header)).isEmpty();
  }
}
