package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every statement text in the module's test resources: statement files, the statements of
 * envelopes ({@code {"versions": [...], "statement": {...}}}, cut out as written), the statements
 * of StatementResults, and the fuzz seeds. Valid and invalid alike.
 */
final class StatementCorpus {

  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> FOLDERS = List.of("statements", "lrs/statements", "json",
      "org/moocinterop/xapi/json/XapiJsonFuzzTestInputs",
      "org/moocinterop/xapi/validation/XapiValidatorFuzzTestInputs");

  /** A named statement text. */
  static final class Text {
    private final String name;
    private final byte[] bytes;

    Text(String name, byte[] bytes) {
      this.name = name;
      this.bytes = bytes.clone();
    }

    String name() {
      return name;
    }

    byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private StatementCorpus() {}

  static List<Text> all() {
    List<Text> texts = new ArrayList<>();
    for (String folder : FOLDERS) {
      Path root = resource(folder);
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          add(folder + "/" + root.relativize(file), Files.readAllBytes(file), texts);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }

  /** The texts that are one JSON object, with their trees. */
  static Map<Text, JsonNode> objects() {
    Map<Text, JsonNode> objects = new LinkedHashMap<>();
    for (Text text : all()) {
      JsonNode tree = object(text.bytes);
      if (tree != null) {
        objects.put(text, tree);
      }
    }
    return objects;
  }

  /** The tree of {@code bytes} if they are one JSON object, or null. */
  private static @Nullable JsonNode object(byte[] bytes) {
    try {
      JsonNode tree = MAPPER.readTree(bytes);
      return tree != null && tree.isObject() ? tree : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void add(String name, byte[] bytes, List<Text> texts) {
    texts.add(new Text(name, bytes));
    if (object(bytes) != null) {
      for (String member : List.of("statement", "statements")) {
        byte[] part = member(bytes, member);
        if (part.length > 0) {
          texts.add(new Text(name + "#" + member, part));
        }
      }
    }
  }

  /** The text of a top-level member exactly as written, or nothing. */
  private static byte[] member(byte[] json, String name) {
    try (JsonParser parser = MAPPER.getFactory().createParser(json)) {
      parser.nextToken();
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        parser.nextToken();
        long start = parser.currentTokenLocation().getByteOffset();
        parser.skipChildren();
        long end = parser.currentLocation().getByteOffset();
        if (field.equals(name)) {
          return Arrays.copyOfRange(json, (int) start, (int) end);
        }
      }
    } catch (IOException e) {
      return new byte[0];
    }
    return new byte[0];
  }

  private static Path resource(String name) {
    URL url = StatementCorpus.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
