package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * A Jackson deserializer that reads the value at the parser into a tree (keeping number literals,
 * rejecting duplicate keys) and maps it with a function that throws
 * {@link org.moocinterop.api.ValidationException} for invalid input.
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // module deserializers are never serialized
  private final TreeReader trees;

  @SuppressWarnings("serial") // a lambda; module deserializers are never serialized
  private final Function<JsonNode, T> mapping;

  public ModelDeserializer(Class<T> type, TreeReader trees, Function<JsonNode, T> mapping) {
    super(type);
    this.trees = trees;
    this.mapping = mapping;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    return mapping.apply(trees.readCurrent(p));
  }
}
