package org.moocinterop.xapi.internal.validation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.validation.XapiRule;

/**
 * Reads JSON strictly: duplicate keys, trailing content, comments and other extensions of JSON
 * are rejected; size, nesting depth, string and number lengths are capped. Every failure becomes a
 * {@link ValidationException}. Immutable and thread-safe.
 */
public final class StrictJson {

  private final ObjectMapper mapper;
  private final XapiVersion version;

  /**
   * @param maxBytes the largest document accepted
   * @param maxDepth the deepest nesting of arrays and objects accepted
   */
  public StrictJson(XapiVersion version, long maxBytes, int maxDepth) {
    this.version = Objects.requireNonNull(version, "version");
    JsonFactory factory = factoryBuilder(maxBytes, maxDepth)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }

  /**
   * A factory builder with the caps every strict xAPI reader shares: document size, nesting depth,
   * string, number and name lengths; no comments, no source in error locations, the source left
   * open. Callers add their own features (for example duplicate detection) and build.
   */
  public static JsonFactoryBuilder factoryBuilder(long maxBytes, int maxDepth) {
    StreamReadConstraints constraints = StreamReadConstraints.builder()
        .maxDocumentLength(maxBytes)
        .maxNestingDepth(maxDepth)
        .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxBytes))
        .maxNumberLength(100)
        .maxNameLength(50_000)
        .build();
    JsonFactoryBuilder builder = new JsonFactoryBuilder();
    builder.streamReadConstraints(constraints);
    builder.disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
    builder.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION);
    builder.disable(JsonReadFeature.ALLOW_JAVA_COMMENTS);
    return builder;
  }

  /** Reads one JSON value from {@code bytes} (UTF-8). */
  public JsonNode read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try {
      return checked(mapper.readTree(bytes));
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException | RuntimeException e) {
      // a byte array cannot fail to be read: whatever else the parser throws is about the content
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "",
          "not readable as UTF-8 JSON: " + firstLine(String.valueOf(e.getMessage()))));
    }
  }

  /**
   * Reads one JSON value from {@code in} (UTF-8); the stream is read to the end of the value and
   * not closed.
   *
   * @throws UncheckedIOException if the stream itself fails
   */
  public JsonNode read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      return checked(mapper.readTree(in));
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (CharConversionException | RuntimeException e) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "",
          "not readable as UTF-8 JSON: " + firstLine(String.valueOf(e.getMessage()))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode checked(@org.jspecify.annotations.Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "", "the document is empty"));
    }
    return node;
  }

  private ValidationException translate(JsonProcessingException e) {
    String pointer = "";
    if (e.getProcessor() instanceof JsonParser parser) {
      pointer = parser.getParsingContext().pathAsPointer().toString();
    }
    String original = String.valueOf(e.getOriginalMessage());
    XapiRule rule;
    if (e instanceof StreamConstraintsException) {
      rule = XapiRule.JSON_LIMIT;
    } else if (original.startsWith("Duplicate field")) {
      rule = XapiRule.JSON_DUPLICATE_KEY;
    } else {
      rule = XapiRule.JSON_SYNTAX;
    }
    String where = e.getLocation() == null ? ""
        : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
            + ")";
    String message;
    if (original.startsWith("Trailing token")) {
      message = "content after the end of the JSON value";
    } else if (original.contains("com.fasterxml") || original.contains("`")) {
      message = "not a well-formed JSON value";
    } else {
      message = firstLine(original);
    }
    return ValidationException.of(violation(rule, pointer, message + where));
  }

  private Violation violation(XapiRule rule, String pointer, String message) {
    return Violation.of(rule.id(), rule.section(version), pointer, message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
