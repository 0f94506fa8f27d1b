package org.moocinterop.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.moocinterop.node.Main;

/** {@code xapi validate}, run in-process through {@link Main#run}. */
class XapiValidateCommandTest {

  private static final String VALID = "{\"actor\":{\"mbox\":\"mailto:ada@example.org\"},"
      + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
      + "\"object\":{\"id\":\"https://example.org/course\"}}";
  private static final String NO_IFI = "{\"actor\":{\"name\":\"nobody\"},"
      + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
      + "\"object\":{\"id\":\"https://example.org/course\"}}";
  private static final String CONTEXT_AGENTS = "{\"actor\":{\"mbox\":\"mailto:ada@example.org\"},"
      + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
      + "\"object\":{\"id\":\"https://example.org/course\"},"
      + "\"context\":{\"contextAgents\":[{\"objectType\":\"contextAgent\","
      + "\"agent\":{\"mbox\":\"mailto:tutor@example.org\"}}]}}";

  @TempDir Path dir;

  private record Run(int status, List<String> lines) {}

  private Run run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int status;
    try (PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      status = Main.run(args);
    } finally {
      System.setOut(original);
    }
    return new Run(status, captured.toString(StandardCharsets.UTF_8).lines().toList());
  }

  private String file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content).toString();
  }

  @Test
  void aValidStatementExitsZero() throws IOException {
    Run run = run("xapi", "validate", file("one.json", VALID));

    assertThat(run.status()).isZero();
    assertThat(run.lines()).containsExactly("1 statements, 1 valid, 0 invalid");
  }

  @Test
  void arrayAndNdjsonCountAcrossFilesFromZero() throws IOException {
    String array = file("batch.json", "[\n" + VALID + ",\n" + NO_IFI + "\n]");
    String ndjson = file("lines.ndjson", VALID + "\n\n" + NO_IFI + "\n" + VALID + "\n");

    Run run = run("xapi", "validate", array, ndjson);

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).hasSize(3);
    assertThat(run.lines().get(0)).startsWith("1 agent.ifi.exactly-one ");
    assertThat(run.lines().get(1)).startsWith("3 agent.ifi.exactly-one ");
    assertThat(run.lines().get(2)).isEqualTo("5 statements, 3 valid, 2 invalid");
  }

  @Test
  void aPrettyPrintedStatementIsOneStatement() throws IOException {
    String pretty = VALID.replace(",", ",\n  ").replace("{", "{\n  ");

    Run run = run("xapi", "validate", file("pretty.json", pretty));

    assertThat(run.status()).isZero();
    assertThat(run.lines()).containsExactly("1 statements, 1 valid, 0 invalid");
  }

  @Test
  void brokenJsonIsOneInvalidStatement() throws IOException {
    Run run = run("xapi", "validate", file("broken.json", "{\"actor\": "));

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines().get(0)).startsWith("0 json.syntax ");
    assertThat(run.lines()).last().isEqualTo("1 statements, 0 valid, 1 invalid");
  }

  @Test
  void theVersionOptionSelectsTheRules() throws IOException {
    String f = file("context-agents.json", CONTEXT_AGENTS);

    assertThat(run("xapi", "validate", f).status()).isZero();
    Run old = run("xapi", "validate", "--xapi-version", "1.0.3", f);
    assertThat(old.status()).isEqualTo(1);
    assertThat(old.lines().get(0)).startsWith("0 property.unknown ");
  }

  @Test
  void anUnreadableFileOrAWrongOptionExitsTwo() throws IOException {
    Run missing = run("xapi", "validate", file("ok.json", VALID),
        dir.resolve("missing.json").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.lines()).last().isEqualTo("1 statements, 1 valid, 0 invalid");

    assertThat(run("xapi", "validate", "--xapi-version", "0.9", file("x.json", VALID)).status())
        .isEqualTo(2);
    assertThat(run("xapi", "validate").status()).isEqualTo(2);
  }
}
