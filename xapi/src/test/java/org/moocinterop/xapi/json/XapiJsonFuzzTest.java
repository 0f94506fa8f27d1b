package org.moocinterop.xapi.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;

/**
 * Any bytes are either a statement that writes and reads back unchanged in every format, or a
 * {@link ValidationException} with violations; nothing else may escape. In a normal build this
 * runs over the seeds in {@code XapiJsonFuzzTestInputs/readAndWrite}; with {@code JAZZER_FUZZ=1}
 * it fuzzes.
 */
class XapiJsonFuzzTest {

  private static final List<XapiJson> CODECS = List.of(
      XapiJson.forVersion(XapiVersion.V2_0_0), XapiJson.forVersion(XapiVersion.V1_0_3));

  @FuzzTest(maxDuration = "10s")
  void readAndWrite(byte[] input) {
    for (XapiJson json : CODECS) {
      Statement statement;
      try {
        statement = json.readStatement(input);
      } catch (ValidationException e) {
        assertThat(e.violations()).isNotEmpty();
        continue;
      }
      assertThat(json.readStatement(json.write(statement, Format.EXACT))).isEqualTo(statement);
      json.readStatement(json.write(statement, Format.IDS));
      json.readStatement(json.write(statement, Format.CANONICAL, List.of()));
    }
  }
}
