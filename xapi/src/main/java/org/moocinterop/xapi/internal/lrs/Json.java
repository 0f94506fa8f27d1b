package org.moocinterop.xapi.internal.lrs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/** The JSON reading and writing of the LRS engine: strict about duplicate keys and trailing data. */
public final class Json {

  private final ObjectMapper mapper = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
      .build();

  /** The tree of {@code bytes}, or empty if they are not one well-formed JSON value. */
  public Optional<JsonNode> parse(byte[] bytes) {
    try {
      JsonNode node = mapper.readTree(bytes);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The tree of {@code text}, or empty if it is not one well-formed JSON value. */
  public Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = mapper.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** A new empty object node. */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }

  /** The UTF-8 JSON bytes of {@code node}. */
  public byte[] write(JsonNode node) {
    try {
      return mapper.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /** The underlying mapper, for tree construction. */
  public ObjectMapper mapper() {
    return mapper;
  }
}
