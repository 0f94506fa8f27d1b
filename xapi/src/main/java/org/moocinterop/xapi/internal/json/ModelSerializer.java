package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.moocinterop.xapi.Format;

/** A Jackson serializer that hands a model value to a {@link ModelWriter}. */
public final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** The context attribute that selects the output format (a {@link Format}). */
  public static final Object FORMAT_ATTRIBUTE = Format.class;
  /** The context attribute that holds the preferred languages (a {@code List<Locale>}). */
  public static final Object LANGUAGES_ATTRIBUTE = Locale.class;

  /** Writes one value. */
  @FunctionalInterface
  public interface Write<T> {
    void write(ModelWriter writer, T value, JsonGenerator g) throws IOException;
  }

  @SuppressWarnings("serial") // a lambda; module serializers are never serialized
  private final Write<T> write;

  public ModelSerializer(Class<T> type, Write<T> write) {
    super(type);
    this.write = write;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    write.write(writer(provider), value, g);
  }

  private static ModelWriter writer(SerializerProvider provider) {
    Object format = provider.getAttribute(FORMAT_ATTRIBUTE);
    if (!(format instanceof Format f) || f == Format.EXACT) {
      return ModelWriter.EXACT;
    }
    Object languages = provider.getAttribute(LANGUAGES_ATTRIBUTE);
    List<Locale> preferred = List.of();
    if (languages instanceof List<?> list) {
      preferred = list.stream().filter(Locale.class::isInstance).map(Locale.class::cast).toList();
    }
    return new ModelWriter(f, preferred);
  }
}
