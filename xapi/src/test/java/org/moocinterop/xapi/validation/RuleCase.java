package org.moocinterop.xapi.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;

/**
 * One fixture of {@code statements/valid/RULE/} or {@code statements/invalid/RULE/}: a statement,
 * the versions it is meant for, for an invalid one the JSON pointer where the rule must be
 * reported, and the conformance-suite requirement it mirrors.
 */
record RuleCase(String rule, boolean valid, String name, List<XapiVersion> versions,
    Optional<String> suite, Optional<String> pointer, JsonNode statement) {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every case of {@code rule}, valid ones first. */
  static List<RuleCase> of(String rule) {
    List<RuleCase> cases = new ArrayList<>();
    for (boolean valid : new boolean[] {true, false}) {
      Path dir = resource("statements/" + (valid ? "valid/" : "invalid/") + rule);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          cases.add(read(rule, valid, file));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }

  static Path resource(String name) {
    URL url = RuleCase.class.getClassLoader().getResource(name);
    if (url == null) {
      return Path.of("does-not-exist", name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RuleCase read(String rule, boolean valid, Path file) throws IOException {
    JsonNode envelope = MAPPER.readTree(file.toFile());
    List<XapiVersion> versions = new ArrayList<>();
    for (JsonNode version : envelope.get("versions")) {
      versions.add(XapiVersion.parseHeader(version.textValue()).orElseThrow());
    }
    String name = file.getFileName().toString().replace(".json", "");
    return new RuleCase(rule, valid, name, List.copyOf(versions),
        Optional.ofNullable(envelope.get("suite")).map(JsonNode::textValue),
        Optional.ofNullable(envelope.get("pointer")).map(JsonNode::textValue),
        envelope.get("statement"));
  }

  /** Validates the statement in each of its versions and checks the outcome. */
  void verify() {
    for (XapiVersion version : versions) {
      List<Violation> violations = XapiValidator.forVersion(version).validateStatement(statement);
      if (valid) {
        assertThat(violations).as("%s in %s", this, version).isEmpty();
      } else {
        String section = XapiRule.byId(rule).orElseThrow().section(version);
        String at = pointer.orElseThrow();
        assertThat(violations).as("%s in %s: %s", this, version, violations).anySatisfy(v -> {
          assertThat(v.rule()).isEqualTo(rule);
          assertThat(v.pointer()).isEqualTo(at);
          assertThat(v.section()).isEqualTo(section);
          assertThat(v.message()).isNotBlank();
        });
      }
    }
  }

  @Override
  public String toString() {
    return (valid ? "valid " : "invalid ") + name + " " + versions
        + suite.map(s -> " (suite: " + s + ")").orElse("");
  }
}
