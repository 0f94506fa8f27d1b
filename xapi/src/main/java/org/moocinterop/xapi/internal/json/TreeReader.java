package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Objects;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.validation.StrictJson;
import org.moocinterop.xapi.validation.XapiRule;

/**
 * Reads JSON strictly into a Jackson tree in one streaming pass: duplicate keys, trailing content,
 * comments and other JSON extensions are rejected; size, depth, string and number lengths are
 * capped; every number keeps its literal text. Every failure is a {@link ValidationException} with
 * the validator's {@code json.*} rules. Immutable and thread-safe.
 */
public final class TreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory;
  private final XapiVersion version;

  /**
   * @param maxBytes the largest document accepted
   * @param maxDepth the deepest nesting of arrays and objects accepted
   */
  public TreeReader(XapiVersion version, long maxBytes, int maxDepth) {
    this.version = Objects.requireNonNull(version, "version");
    this.factory = StrictJson.factoryBuilder(maxBytes, maxDepth).build();
  }

  /** The factory whose parsers this reader uses; also fit for writing. */
  public JsonFactory factory() {
    return factory;
  }

  /** Reads one JSON value, and nothing after it, from UTF-8 bytes. */
  public JsonNode read(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    try (JsonParser p = factory.createParser(bytes)) {
      return readDocument(p);
    } catch (IOException | RuntimeException e) {
      throw failure(e);
    }
  }

  /** Reads one JSON value, and nothing after it, from a UTF-8 stream; the stream is not closed. */
  public JsonNode read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try (JsonParser p = factory.createParser(in)) {
      return readDocument(p);
    } catch (JsonProcessingException | CharConversionException e) {
      throw failure(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      throw failure(e);
    }
  }

  private JsonNode readDocument(JsonParser p) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "", "the document is empty"));
    }
    JsonNode root = readValue(p, first);
    if (p.nextToken() != null) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "",
          "content after the JSON value" + where(p)));
    }
    return root;
  }

  /**
   * Reads the value at the parser's current token (of a parser made elsewhere, such as a user's
   * ObjectMapper), keeping number literals and rejecting duplicate keys.
   */
  public JsonNode readCurrent(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == null) {
      t = p.nextToken();
    }
    if (t == null) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "", "the document is empty"));
    }
    return readValue(p, t);
  }

  private JsonNode readValue(JsonParser p, JsonToken t) throws IOException {
    return switch (t) {
      case START_OBJECT -> readObject(p);
      case START_ARRAY -> readArray(p);
      case VALUE_STRING -> TextNode.valueOf(p.getText());
      case VALUE_NUMBER_INT -> integer(p);
      case VALUE_NUMBER_FLOAT -> decimal(p.getText());
      case VALUE_TRUE -> BooleanNode.TRUE;
      case VALUE_FALSE -> BooleanNode.FALSE;
      case VALUE_NULL -> NullNode.getInstance();
      default -> throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, pointer(p),
          "unexpected token " + t + where(p)));
    };
  }

  private JsonNode readArray(JsonParser p) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
      if (item == null) {
        throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, "", "unexpected end"));
      }
      array.add(readValue(p, item));
    }
    return array;
  }

  private JsonNode readObject(JsonParser p) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      JsonNode value = readValue(p, p.nextToken());
      if (object.replace(name, value) != null) {
        throw ValidationException.of(violation(XapiRule.JSON_DUPLICATE_KEY,
            pointer(p), "duplicate key '" + name + "'" + where(p)));
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw ValidationException.of(violation(XapiRule.JSON_SYNTAX, pointer(p),
          "unexpected token " + p.currentToken() + where(p)));
    }
    return object;
  }

  private static JsonNode integer(JsonParser p) throws IOException {
    return switch (p.getNumberType()) {
      case INT -> {
        int i = p.getIntValue();
        yield i == 0 && p.getText().startsWith("-") ? decimal(p.getText()) : IntNode.valueOf(i);
      }
      case LONG -> LongNode.valueOf(p.getLongValue());
      default -> BigIntegerNode.valueOf(p.getBigIntegerValue());
    };
  }

  private static JsonNode decimal(String text) {
    try {
      return new LiteralNumberNode(text, new BigDecimal(text));
    } catch (NumberFormatException e) {
      throw new NumberOutOfRange(text);
    }
  }

  private ValidationException failure(Exception e) {
    if (e instanceof ValidationException v) {
      return v;
    }
    if (e instanceof NumberOutOfRange n) {
      return ValidationException.of(violation(XapiRule.JSON_LIMIT, "", String.valueOf(n.getMessage())));
    }
    if (e instanceof JsonProcessingException j) {
      String pointer = j.getProcessor() instanceof JsonParser parser ? pointer(parser) : "";
      XapiRule rule = e instanceof StreamConstraintsException ? XapiRule.JSON_LIMIT
          : XapiRule.JSON_SYNTAX;
      String where = j.getLocation() == null ? "" : " (line " + j.getLocation().getLineNr()
          + ", column " + j.getLocation().getColumnNr() + ")";
      return ValidationException.of(violation(rule, pointer,
          firstLine(String.valueOf(j.getOriginalMessage())) + where));
    }
    return ValidationException.of(violation(XapiRule.JSON_SYNTAX, "",
        "not readable as UTF-8 JSON: " + firstLine(String.valueOf(e.getMessage()))));
  }

  private static String pointer(JsonParser p) {
    return p.getParsingContext().pathAsPointer().toString();
  }

  private static String where(JsonParser p) {
    var l = p.currentLocation();
    return " (line " + l.getLineNr() + ", column " + l.getColumnNr() + ")";
  }

  private Violation violation(XapiRule rule, String pointer, String message) {
    return Violation.of(rule.id(), rule.section(version), pointer, message);
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** A number whose exponent no BigDecimal can hold. */
  private static final class NumberOutOfRange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NumberOutOfRange(String text) {
      super("the number " + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
          + " is out of range");
    }
  }
}
