package org.moocinterop.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The realistic statements every codec benchmark reads: 16 statements of 1.3 to 1.9 KB with
 * context (registration, context activities, extensions), results with scores and durations, and
 * interaction definitions, stored as NDJSON in {@code statements.ndjson}.
 */
public final class StatementCorpus {

  private StatementCorpus() {}

  /** Each statement as UTF-8 bytes, in file order. */
  public static List<byte[]> load() {
    try (InputStream in = Objects.requireNonNull(
            StatementCorpus.class.getResourceAsStream("/statements.ndjson"), "statements.ndjson");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<byte[]> statements = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          statements.add(line.getBytes(StandardCharsets.UTF_8));
        }
      }
      return List.copyOf(statements);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
