package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;

/** Timestamps are written in UTC with Z, keeping every fraction digit the Instant holds. */
class TimestampOutputTest {

  private final XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);

  @ParameterizedTest
  @CsvSource({
    "2024-05-06T07:08:09Z, 2024-05-06T07:08:09Z",
    "2024-05-06T07:08:09.1Z, 2024-05-06T07:08:09.100Z",
    "2024-05-06T07:08:09.123456789Z, 2024-05-06T07:08:09.123456789Z",
    "2024-05-06T07:08:09.1234+02:00, 2024-05-06T05:08:09.123400Z",
    "2024-05-06T01:00:00-05:30, 2024-05-06T06:30:00Z",
  })
  void timestampIsWrittenInUtc(String input, String output) {
    Statement statement = json.readStatement("{\"actor\":{\"mbox\":\"mailto:a@example.org\"},"
        + "\"verb\":{\"id\":\"https://example.org/v\"},\"object\":{\"id\":\"https://example.org/o\"},"
        + "\"timestamp\":\"" + input + "\"}");

    assertThat(new String(json.write(statement, Format.EXACT), StandardCharsets.UTF_8))
        .contains("\"timestamp\":\"" + output + "\"");
  }
}
