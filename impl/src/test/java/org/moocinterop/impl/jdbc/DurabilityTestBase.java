package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;

/**
 * No acknowledged statement is ever lost: a writer in another JVM stores large batches and is
 * killed (SIGKILL) while it writes; afterwards every batch is entirely present or entirely absent,
 * and every batch it acknowledged is present.
 */
abstract class DurabilityTestBase {

  private static final int BATCH = 400;
  private static final int ACKS_BEFORE_KILL = 3;

  abstract TestDatabases databases();

  abstract String user();

  @Test
  void aWriterKilledMidBatchLeavesWholeBatchesOnly() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        CrashingWriter.class.getName(), databases().url(), user(), "", Integer.toString(BATCH));
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process writer = builder.start();
    int lastAck = -1;
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        assertThat(line).startsWith("ACK ");
        lastAck = Integer.parseInt(line.substring(4));
        if (lastAck + 1 >= ACKS_BEFORE_KILL) {
          // Killed while it builds or writes the next batch.
          writer.destroyForcibly();
          break;
        }
      }
    } finally {
      writer.destroyForcibly();
      assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(lastAck).as("batches acknowledged before the kill").isEqualTo(ACKS_BEFORE_KILL - 1);

    StatementStore store = new JdbcStatementStore(databases().open());
    for (int n = 0; n <= lastAck + 2; n++) {
      int visible = store.query(StatementQuery.builder()
          .registration(CrashingWriter.registration(n)).limit(BATCH + 1).build())
          .statements().size();
      if (n <= lastAck) {
        assertThat(visible).as("acknowledged batch %d", n).isEqualTo(BATCH);
      } else {
        assertThat(visible).as("unacknowledged batch %d", n).isIn(0, BATCH);
      }
    }
  }
}
