package org.moocinterop.xapi.lrs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LrsHeadersTest {

  @Test
  void namesStayCaseInsensitiveAfterEveryCopy() {
    LrsHeaders headers = LrsHeaders.empty().with("content-type", "text/plain")
        .replacing("x-experience-api-hash", "abc").with("Other", "1").without("other");
    assertThat(headers.first("Content-Type")).contains("text/plain");
    assertThat(headers.first("X-Experience-API-Hash")).contains("abc");
    assertThat(headers.contains("OTHER")).isFalse();
  }
}
