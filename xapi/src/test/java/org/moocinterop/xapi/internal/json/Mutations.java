package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Generated variants of a JSON document, one change each at one position: drop, rename
 * (another case, another known key, an unknown key), duplicate a key or an item, add a known key,
 * replace a value (null, every JSON type, values that are valid or invalid for some rule), and
 * reorder an object's keys. Written as text, so duplicates and {@code -0} survive.
 */
final class Mutations {

  private enum Kind {
    DROP, RENAME, DUPLICATE, ADD, REPLACE, REVERSE, ROTATE
  }

  private record Mutation(String path, Kind kind, String text) {}

  /** Replacement values: every JSON type, and texts that pass or fail one rule or another. */
  static final List<String> VALUES = List.of("null", "1", "0", "-0", "-1", "2", "0.5", "-1.0",
      "1.5e0", "1e400", "12345678901234567890123", "true", "false", "\"\"", "\"x\"", "{}", "[]",
      "[null]", "[{}]", "[\"x\"]", "\"http://example.com/x\"", "\"not an iri\"",
      "\"mailto:ada@example.edu\"", "\"mailto:bad\"", "\"2026-01-02T03:04:05Z\"",
      "\"2026-01-02T03:04:05.123+01:00\"", "\"2026-01-02T03:04:05-00:00\"", "\"2026-13-02\"",
      "\"PT1H30M5.2S\"", "\"PT1,5S\"", "\"P1X\"", "\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"",
      "\"fd41c918b88b4b20a0a5a4c32391aaa0\"", "\"Agent\"", "\"Group\"", "\"Activity\"",
      "\"StatementRef\"", "\"SubStatement\"", "\"contextAgent\"", "\"contextGroup\"",
      "\"en-US\"", "\"en_US\"", "\"choice\"", "\"likert\"", "\"other\"", "\"1.0.3\"", "\"2.0.0\"",
      "\"3.0\"", "\"text/plain\"", "\"0123456789abcdef0123456789abcdef01234567\"",
      "\"http://adlnet.gov/expapi/verbs/voided\"",
      "{\"en-US\": \"x\"}", "{\"http://example.com/e\": null}",
      "{\"mbox\": \"mailto:bob@example.edu\"}",
      "{\"objectType\": \"Agent\", \"mbox\": \"mailto:bob@example.edu\"}",
      "{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.edu\"}, "
          + "{\"mbox\": \"mailto:b@example.edu\"}]}",
      "{\"objectType\": \"Group\", \"mbox\": \"mailto:g@example.edu\"}",
      "{\"id\": \"http://example.com/a\"}",
      "{\"objectType\": \"StatementRef\", \"id\": \"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"}",
      "{\"id\": \"c1\", \"description\": {\"en-US\": \"x\"}}",
      "[{\"id\": \"http://example.com/a\"}]", "[{\"id\": \"a\"}, {\"id\": \"a\"}]",
      "[\"http://example.com/t\"]",
      "{\"homePage\": \"http://example.com\", \"name\": \"n\"}");

  private final List<String> keys;

  private Mutations(List<String> keys) {
    this.keys = keys;
  }

  /** Up to {@code limit} variants of {@code root}, chosen with {@code random}. */
  static List<byte[]> of(JsonNode root, Set<String> vocabulary, int limit, Random random) {
    Mutations m = new Mutations(new ArrayList<>(new TreeSet<>(vocabulary)));
    List<Mutation> all = new ArrayList<>();
    m.enumerate(root, "", true, all, random);
    Collections.shuffle(all, random);
    List<byte[]> variants = new ArrayList<>();
    for (Mutation mutation : all.subList(0, Math.min(limit, all.size()))) {
      StringBuilder out = new StringBuilder();
      m.write(root, "", mutation, out);
      variants.add(out.toString().getBytes(StandardCharsets.UTF_8));
    }
    return variants;
  }

  /** Every key of every object of {@code node}. */
  static void collectKeys(JsonNode node, Set<String> keys) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        keys.add(e.getKey());
        collectKeys(e.getValue(), keys);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collectKeys(item, keys);
      }
    }
  }

  private void enumerate(JsonNode node, String path, boolean member, List<Mutation> out,
      Random random) {
    if (!path.isEmpty()) {
      out.add(new Mutation(path, Kind.DROP, ""));
      out.add(new Mutation(path, Kind.DUPLICATE, ""));
      for (String value : VALUES) {
        out.add(new Mutation(path, Kind.REPLACE, value));
      }
      if (node.isTextual()) {
        out.add(new Mutation(path, Kind.REPLACE, quote(node.textValue() + " ")));
        out.add(new Mutation(path, Kind.REPLACE, quote(node.textValue().toUpperCase(Locale.ROOT))));
      }
      if (member) {
        String key = path.substring(path.lastIndexOf('/') + 1);
        out.add(new Mutation(path, Kind.RENAME, toggleCase(key)));
        out.add(new Mutation(path, Kind.RENAME, key + "x"));
        out.add(new Mutation(path, Kind.RENAME, keys.get(random.nextInt(keys.size()))));
        out.add(new Mutation(path, Kind.RENAME, keys.get(random.nextInt(keys.size()))));
      }
    }
    if (node.isObject()) {
      out.add(new Mutation(path, Kind.REVERSE, ""));
      out.add(new Mutation(path, Kind.ROTATE, ""));
      for (int i = 0; i < 4; i++) {
        out.add(new Mutation(path, Kind.ADD, quote(keys.get(random.nextInt(keys.size()))) + ": "
            + VALUES.get(random.nextInt(VALUES.size()))));
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        enumerate(e.getValue(), path + "/" + e.getKey(), true, out, random);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        enumerate(node.get(i), path + "/" + i, false, out, random);
      }
    }
  }

  private void write(JsonNode node, String path, Mutation m, StringBuilder out) {
    boolean here = path.equals(m.path());
    if (here && m.kind() == Kind.REPLACE) {
      out.append(m.text());
      return;
    }
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
      node.properties().forEach(entries::add);
      if (here && m.kind() == Kind.REVERSE) {
        Collections.reverse(entries);
      } else if (here && m.kind() == Kind.ROTATE && !entries.isEmpty()) {
        entries.add(entries.remove(0));
      }
      out.append('{');
      boolean first = true;
      if (here && m.kind() == Kind.ADD) {
        out.append(m.text());
        first = false;
      }
      for (Map.Entry<String, JsonNode> e : entries) {
        String child = path + "/" + e.getKey();
        boolean target = child.equals(m.path());
        if (target && m.kind() == Kind.DROP) {
          continue;
        }
        String key = target && m.kind() == Kind.RENAME ? m.text() : e.getKey();
        int copies = target && m.kind() == Kind.DUPLICATE ? 2 : 1;
        for (int c = 0; c < copies; c++) {
          out.append(first ? "" : ",").append(quote(key)).append(':');
          write(e.getValue(), child, m, out);
          first = false;
        }
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      boolean first = true;
      for (int i = 0; i < node.size(); i++) {
        String child = path + "/" + i;
        boolean target = child.equals(m.path());
        if (target && m.kind() == Kind.DROP) {
          continue;
        }
        int copies = target && m.kind() == Kind.DUPLICATE ? 2 : 1;
        for (int c = 0; c < copies; c++) {
          out.append(first ? "" : ",");
          write(node.get(i), child, m, out);
          first = false;
        }
      }
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  private static String toggleCase(String key) {
    if (key.isEmpty()) {
      return "X";
    }
    char c = key.charAt(0);
    char t = Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c);
    return t + key.substring(1);
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
