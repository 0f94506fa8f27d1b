package org.moocinterop.xapi.json;

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
import java.util.stream.Stream;
import org.moocinterop.xapi.XapiVersion;

/** Test fixtures: statement files and envelopes ({"versions": [...], "statement": {...}}). */
final class Fixtures {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  /** One statement fixture in one version. */
  static final class Case {
    private final String name;
    private final XapiVersion version;
    private final byte[] statement;

    Case(String name, XapiVersion version, byte[] statement) {
      this.name = name;
      this.version = version;
      this.statement = statement.clone();
    }

    String name() {
      return name;
    }

    XapiVersion version() {
      return version;
    }

    /** The rule folder of the fixture. */
    String rule() {
      int slash = name.indexOf('/');
      return slash < 0 ? "" : name.substring(0, slash);
    }

    byte[] statement() {
      return statement.clone();
    }

    @Override
    public String toString() {
      return name + " (" + version + ")";
    }
  }

  static Path resource(String name) {
    URL url = Fixtures.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode tree(String name) {
    try {
      return MAPPER.readTree(resource(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every JSON file under {@code folder}, recursively, sorted. */
  static List<Path> files(String folder) {
    try (Stream<Path> files = Files.walk(resource(folder))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The statements of {@code statements/valid} or {@code statements/invalid}: envelopes in each of
   * their versions, plain statement files as 2.0.0. The raw bytes of the statement are kept (an
   * envelope's statement is cut out of the file text, so number literals stay as written).
   */
  static List<Case> statements(String folder) {
    Path root = resource(folder);
    List<Case> cases = new ArrayList<>();
    for (Path file : files(folder)) {
      String name = root.relativize(file).toString();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      JsonNode tree;
      try {
        tree = MAPPER.readTree(bytes);
      } catch (IOException e) {
        cases.add(new Case(name, XapiVersion.V2_0_0, bytes)); // not JSON, on purpose
        continue;
      }
      if (tree.isObject() && tree.has("versions") && tree.has("statement")) {
        byte[] statement = statementText(bytes);
        for (JsonNode v : tree.get("versions")) {
          cases.add(new Case(name, XapiVersion.parseHeader(v.textValue()).orElseThrow(),
              statement));
        }
      } else {
        cases.add(new Case(name, XapiVersion.V2_0_0, bytes));
      }
    }
    return cases;
  }

  /** The text of the "statement" member of an envelope, exactly as written. */
  private static byte[] statementText(byte[] envelope) {
    try (var parser = MAPPER.getFactory().createParser(envelope)) {
      parser.nextToken();
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        long start = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        long end = parser.currentLocation().getByteOffset();
        if (field.equals("statement")) {
          return java.util.Arrays.copyOfRange(envelope, (int) start, (int) end);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no statement in envelope");
  }
}
