package org.moocinterop.xapi.internal.json;

import java.util.concurrent.ConcurrentHashMap;
import org.moocinterop.api.Iri;

/**
 * A small bounded cache of {@link Iri}s by text. Statements repeat the same IRIs (verb ids,
 * activity ids and types, extension keys, account home pages) over and over; checking the text
 * once saves most of the cost of mapping them. Bounded: it is emptied when it reaches its size.
 * Thread-safe.
 */
final class IriCache {

  private static final int MAX_ENTRIES = 4096;

  private final ConcurrentHashMap<String, Iri> entries = new ConcurrentHashMap<>();

  /** The IRI with this text if it is cached, else null. */
  @org.jspecify.annotations.Nullable Iri cached(String text) {
    return entries.get(text);
  }

  /**
   * The IRI with this text.
   *
   * @throws IllegalArgumentException if the text is not an IRI
   */
  Iri get(String text) {
    Iri iri = entries.get(text);
    if (iri == null) {
      iri = Iri.of(text);
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(text, iri);
    }
    return iri;
  }
}
