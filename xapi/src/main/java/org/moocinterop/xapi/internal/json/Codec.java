package org.moocinterop.xapi.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * Validates trees and maps them to the model, turning every refusal into a
 * {@link ValidationException}. Shared by {@code XapiJson} and {@code XapiModule}. Immutable and
 * thread-safe.
 */
public final class Codec {

  /**
   * The rule reported when the model refuses a value the validator let through, or when a part of
   * a statement (read on its own) breaks a rule of the model.
   */
  public static final String MODEL_RULE = "statement.model";

  private final XapiVersion version;
  private final XapiValidator validator;
  private final TreeReader trees;
  private final ModelReader reader;
  private final StreamReader fast;

  public Codec(XapiVersion version, long maxBytes, int maxDepth) {
    this.version = Objects.requireNonNull(version, "version");
    this.validator = XapiValidator.forVersion(version).withLimits(maxBytes, maxDepth);
    this.trees = new TreeReader(version, maxBytes, maxDepth);
    this.reader = new ModelReader(version);
    this.fast = new StreamReader(version, trees.factory());
  }

  public XapiVersion version() {
    return version;
  }

  public TreeReader trees() {
    return trees;
  }

  public ModelReader reader() {
    return reader;
  }

  /** The streaming fast path (for tests that hold it against the tree path). */
  StreamReader fast() {
    return fast;
  }

  /**
   * Reads one statement from UTF-8 bytes: the streaming fast path when it is sure, else the tree
   * path, which reports every violation.
   */
  public Statement statement(byte[] json) {
    Statement statement = fast.statement(json);
    return statement != null ? statement : statement(trees.read(json));
  }

  /** Reads a statement object or an array of statements from UTF-8 bytes, as above. */
  public List<Statement> statements(byte[] json) {
    List<Statement> statements = fast.statements(json);
    return statements != null ? statements : statements(trees.read(json));
  }

  /** Validates one statement and maps it. */
  public Statement statement(JsonNode tree) {
    List<Violation> violations = validator.validateStatement(tree);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return map(tree, reader::statement, "");
  }

  /** A statement object or an array of statements; pointers of an array start with the index. */
  public List<Statement> statements(JsonNode tree) {
    if (!tree.isArray()) {
      return List.of(statement(tree));
    }
    List<Violation> violations = validator.validateStatements(tree);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    List<Statement> statements = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      statements.add(map(tree.get(i), reader::statement, "/" + i));
    }
    return statements;
  }

  /** A StatementResult, every statement validated. */
  public StatementResult statementResult(JsonNode tree) {
    JsonNode statements = tree.get("statements");
    if (statements != null && statements.isArray()) {
      List<Violation> violations = validator.validateStatements(statements);
      if (!violations.isEmpty()) {
        List<Violation> prefixed = new ArrayList<>(violations.size());
        for (Violation v : violations) {
          prefixed.add(Violation.of(v.rule(), v.section(), "/statements" + v.pointer(),
              v.message()));
        }
        throw new ValidationException(prefixed);
      }
    }
    return map(tree, reader::statementResult, "");
  }

  /** Maps a tree that needs no statement validation (a part of a statement, Person, About). */
  public <T> T map(JsonNode tree, Function<JsonNode, T> mapping, String pointer) {
    try {
      return mapping.apply(tree);
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException
        | DateTimeException e) {
      throw ValidationException.of(Violation.of(MODEL_RULE,
          version == XapiVersion.V2_0_0 ? "IEEE 9274.1.1 4.2" : "xAPI-Data 2.4", pointer,
          String.valueOf(e.getMessage())));
    }
  }
}
