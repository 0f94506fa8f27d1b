package org.moocinterop.xapi.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * The streaming fast path ({@link StreamReader}) against the tree path (strict tree, validator,
 * model mapping): over every statement text of the test resources and generated mutations of
 * each, in both versions, whenever the fast path answers, the tree path accepts the same bytes
 * and builds an equal model. The fast path may give up on anything (the tree path then decides),
 * but it must not give up on the ordinary valid statements, or it would be no fast path.
 */
class FastPathAgreesWithTreePathTest {

  private static final int MUTATIONS_PER_TEXT = 100;

  /** Counts of one run. */
  private static final class Tally {
    int cases;
    int treeAccepted;
    int fastAccepted;
  }

  private static Codec codec(XapiVersion version) {
    return new Codec(version, XapiValidator.DEFAULT_MAX_BYTES, XapiValidator.DEFAULT_MAX_DEPTH);
  }

  /** The tree path's statement, or null when it rejects the bytes. */
  static Statement tree(Codec codec, byte[] bytes) {
    try {
      return codec.statement(codec.trees().read(bytes));
    } catch (ValidationException e) {
      return null;
    }
  }

  static List<Statement> treeBatch(Codec codec, byte[] bytes) {
    try {
      return codec.statements(codec.trees().read(bytes));
    } catch (ValidationException e) {
      return null;
    }
  }

  static void agree(Codec codec, byte[] bytes, String name, Tally tally) {
    Statement fast = codec.fast().statement(bytes);
    Statement tree = tree(codec, bytes);
    tally.cases++;
    if (tree != null) {
      tally.treeAccepted++;
    }
    if (fast != null) {
      tally.fastAccepted++;
      assertThat(tree).as("%s (%s): the fast path accepted what the tree path refuses, or "
          + "built another model:%n%s", name, codec.version(), StatementCorpus.utf8(bytes))
          .isEqualTo(fast);
    }
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void everyStatementOfTheResources(XapiVersion version) {
    Codec codec = codec(version);
    Tally tally = new Tally();
    List<String> givenUp = new ArrayList<>();
    for (StatementCorpus.Text text : StatementCorpus.all()) {
      int before = tally.fastAccepted;
      int treeBefore = tally.treeAccepted;
      agree(codec, text.bytes(), text.name(), tally);
      if (tally.treeAccepted > treeBefore && tally.fastAccepted == before) {
        givenUp.add(text.name());
      }
    }
    assertThat(tally.cases).isGreaterThan(300);
    assertThat(tally.treeAccepted).isGreaterThan(50);
    // the fast path takes every valid statement of the resources
    assertThat(givenUp).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void mutationsOfEveryStatement(XapiVersion version) {
    Codec codec = codec(version);
    List<JsonNode> roots = new ArrayList<>();
    Set<String> vocabulary = new HashSet<>();
    StatementCorpus.objects().forEach((text, root) -> {
      if (tree(codec, text.bytes()) != null) {
        roots.add(root);
        Mutations.collectKeys(root, vocabulary);
      }
    });
    Tally tally = new Tally();
    Random random = new Random(version == XapiVersion.V2_0_0 ? 20261128L : 20261129L);
    for (JsonNode root : roots) {
      for (byte[] variant : Mutations.of(root, vocabulary, MUTATIONS_PER_TEXT, random)) {
        agree(codec, variant, "mutation", tally);
      }
    }
    System.out.printf("fast path against tree path, %s: %d mutations, tree accepted %d, fast "
        + "path accepted %d%n", version, tally.cases, tally.treeAccepted, tally.fastAccepted);
    assertThat(roots).hasSizeGreaterThan(30);
    assertThat(tally.cases).isGreaterThan(10_000);
    // both paths saw many valid and many invalid variants, and the fast path took most valid ones
    assertThat(tally.treeAccepted).isGreaterThan(tally.cases / 10);
    assertThat(tally.treeAccepted).isLessThan(tally.cases * 9 / 10);
    assertThat(tally.fastAccepted).isGreaterThan(tally.treeAccepted / 2);
  }

  @ParameterizedTest
  @EnumSource(XapiVersion.class)
  void batches(XapiVersion version) {
    Codec codec = codec(version);
    List<byte[]> statements = new ArrayList<>();
    for (StatementCorpus.Text text : StatementCorpus.objects().keySet()) {
      statements.add(text.bytes());
    }
    Random random = new Random(7);
    int accepted = 0;
    for (int i = 0; i < 400; i++) {
      int size = random.nextInt(4);
      StringBuilder batch = new StringBuilder("[");
      for (int j = 0; j < size; j++) {
        batch.append(j == 0 ? "" : ",").append(StatementCorpus.utf8(
            statements.get(random.nextInt(statements.size()))));
      }
      byte[] bytes = batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
      List<Statement> fast = codec.fast().statements(bytes);
      if (fast != null) {
        accepted++;
        assertThat(treeBatch(codec, bytes)).as(batch.toString()).isEqualTo(fast);
      }
    }
    for (byte[] single : statements) {
      List<Statement> fast = codec.fast().statements(single);
      if (fast != null) {
        assertThat(treeBatch(codec, single)).isEqualTo(fast);
      }
    }
    assertThat(accepted).isGreaterThan(20);
  }

  @Test
  void whatTheFastPathTakesWithTrailingOrBrokenContentIsLeftToTheTreePath() {
    Codec codec = codec(XapiVersion.V2_0_0);
    String statement = "{\"actor\": {\"mbox\": \"mailto:a@example.edu\"}, \"verb\": {\"id\": "
        + "\"http://example.com/v\"}, \"object\": {\"id\": \"http://example.com/a\"}}";
    assertThat(codec.fast().statement(statement.getBytes(StandardCharsets.UTF_8))).isNotNull();
    for (String broken : List.of(statement + " {}", statement + " x", statement.substring(0, 40),
        "[" + statement + "]", statement.replace("}}", "}, \"actor\": null}"))) {
      assertThat(codec.fast().statement(broken.getBytes(StandardCharsets.UTF_8))).as(broken)
          .isNull();
    }
  }
  /**
   * The fast path returns a language map read before when every entry matches, in order; maps
   * that share only some entries with the one before, in any order, or repeat a tag, are read
   * for themselves.
   */
  @Test
  void languageMapsThatShareEntriesWithTheMapReadBefore() {
    Codec codec = codec(XapiVersion.V2_0_0);
    List<String> displays = List.of(
        "{\"en-US\": \"x\", \"de\": \"y\"}",
        "{\"en-US\": \"x\", \"de\": \"y\"}",
        "{\"en-US\": \"x\"}",
        "{\"en-US\": \"x\", \"de\": \"y\"}",
        "{\"en-US\": \"x\", \"de\": \"z\"}",
        "{\"en-US\": \"x\", \"de\": \"z\", \"fr\": \"w\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"de\": \"z\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"fr\": \"w\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"FR\": \"v\"}",
        "{\"en-US\": \"x\", \"en-US\": \"x\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"de\": \"z\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"de\": \"z\", \"x-bad tag\": \"t\"}",
        "{\"en-US\": \"x\", \"fr\": \"w\", \"de\": \"z\"}");
    int rejected = 0;
    for (String display : displays) {
      byte[] bytes = ("{\"actor\": {\"mbox\": \"mailto:a@example.edu\"}, \"verb\": {\"id\": "
          + "\"http://example.com/v\", \"display\": " + display + "}, \"object\": {\"id\": "
          + "\"http://example.com/a\"}}").getBytes(StandardCharsets.UTF_8);
      Statement fast = codec.fast().statement(bytes);
      Statement tree = tree(codec, bytes);
      assertThat(fast).as(display).isEqualTo(tree);
      if (tree == null) {
        rejected++;
        continue;
      }
      assertThat(List.copyOf(fast.verb().display().orElseThrow().asMap().entrySet()))
          .as(display)
          .isEqualTo(List.copyOf(tree.verb().display().orElseThrow().asMap().entrySet()));
    }
    assertThat(rejected).isEqualTo(4);
  }
}
