package org.moocinterop.xapi.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * Differential: for any bytes, in both versions, the streaming fast path either gives up or
 * builds the statement the tree path builds (and the tree path then accepts the bytes); the same
 * for batches. In a normal build this runs over the seeds in
 * {@code FastPathFuzzTestInputs/fastPathEqualsTreePath}; with {@code JAZZER_FUZZ=1} it fuzzes.
 */
class FastPathFuzzTest {

  private static final List<Codec> CODECS = List.of(
      new Codec(XapiVersion.V2_0_0, XapiValidator.DEFAULT_MAX_BYTES,
          XapiValidator.DEFAULT_MAX_DEPTH),
      new Codec(XapiVersion.V1_0_3, XapiValidator.DEFAULT_MAX_BYTES,
          XapiValidator.DEFAULT_MAX_DEPTH));

  @FuzzTest(maxDuration = "10s")
  void fastPathEqualsTreePath(byte[] input) {
    for (Codec codec : CODECS) {
      Statement fast = codec.fast().statement(input);
      if (fast != null) {
        assertThat(FastPathAgreesWithTreePathTest.tree(codec, input)).isEqualTo(fast);
      }
      List<Statement> batch = codec.fast().statements(input);
      if (batch != null) {
        assertThat(FastPathAgreesWithTreePathTest.treeBatch(codec, input)).isEqualTo(batch);
      }
    }
  }
}
