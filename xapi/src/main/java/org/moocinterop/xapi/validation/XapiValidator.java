package org.moocinterop.xapi.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import org.moocinterop.api.ValidationException;
import org.moocinterop.api.Violation;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.validation.StatementValidation;
import org.moocinterop.xapi.internal.validation.StrictJson;

/**
 * Checks xAPI statements, as JSON, against every rule of one version of the specification that
 * can be checked on a statement alone (see {@link XapiRule}). The statement is read as a Jackson
 * tree, independently of any domain model, so that a codec can validate first and then map a tree
 * known to be valid.
 *
 * <p>The validator collects: a rejected statement reports every violation found, each with its
 * rule id, specification clause, RFC 6901 JSON pointer and a message. Instances are immutable and
 * thread-safe; make one per version and share it.
 *
 * <pre>{@code
 * XapiValidator validator = XapiValidator.forVersion(XapiVersion.V2_0_0);
 * JsonNode statement = validator.parse(requestBody);          // strict JSON or ValidationException
 * List<Violation> problems = validator.validateStatement(statement);
 * }</pre>
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#22-formatting-requirements">
 *     xAPI-Data 2.2 Formatting Requirements</a>
 */
public final class XapiValidator {

  /** Default cap on the size of a parsed document: 16 MiB. */
  public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;
  /** Default cap on the nesting depth of a parsed document. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  private final XapiVersion version;
  private final long maxBytes;
  private final int maxDepth;
  private final StrictJson json;

  private XapiValidator(XapiVersion version, long maxBytes, int maxDepth) {
    this.version = version;
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.json = new StrictJson(version, maxBytes, maxDepth);
  }

  /** A validator of {@code version} with the default parsing limits. */
  public static XapiValidator forVersion(XapiVersion version) {
    Objects.requireNonNull(version, "version");
    return new XapiValidator(version, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
  }

  /**
   * A copy of this validator whose {@link #parse} accepts documents of at most {@code maxBytes}
   * bytes nested at most {@code maxDepth} levels deep.
   *
   * @throws IllegalArgumentException if a limit is not positive, or the depth is below 16 (a
   *     valid statement can nest that deep before its extensions)
   */
  public XapiValidator withLimits(long maxBytes, int maxDepth) {
    if (maxBytes <= 0 || maxDepth < 16) {
      throw new IllegalArgumentException("maxBytes must be positive and maxDepth at least 16");
    }
    return new XapiValidator(version, maxBytes, maxDepth);
  }

  /** The version this validator checks. */
  public XapiVersion version() {
    return version;
  }

  /** The size limit of {@link #parse}, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The nesting depth limit of {@link #parse}. */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Reads one JSON value strictly: UTF-8, no duplicate keys, nothing after the value, no comments
   * or other JSON extensions, within the size and depth limits. The value is not validated.
   *
   * @throws ValidationException with rule {@code json.syntax}, {@code json.duplicate-key} or
   *     {@code json.limit} if the bytes are not such a JSON value
   */
  public JsonNode parse(byte[] json) {
    return this.json.read(json);
  }

  /**
   * Reads one JSON value from a stream, as {@link #parse(byte[])}. The stream is not closed.
   *
   * @throws ValidationException if the content is not a strict JSON value within the limits
   * @throws java.io.UncheckedIOException if reading the stream fails
   */
  public JsonNode parse(InputStream json) {
    return this.json.read(json);
  }

  /**
   * Checks one statement.
   *
   * @param statement a JSON value expected to be a statement object
   * @return every violation found, in document order per object; empty if the statement is valid
   */
  public List<Violation> validateStatement(JsonNode statement) {
    Objects.requireNonNull(statement, "statement");
    return StatementValidation.statement(statement, version);
  }

  /**
   * Checks a batch of statements: a JSON array whose every item is a statement. Pointers start
   * with the item's index, such as {@code /3/actor/mbox}.
   *
   * @return every violation of every statement; empty if all are valid
   */
  public List<Violation> validateStatements(JsonNode statements) {
    Objects.requireNonNull(statements, "statements");
    return StatementValidation.statements(statements, version);
  }

  /**
   * Checks one statement and throws if it is invalid.
   *
   * @return {@code statement}, for chaining
   * @throws ValidationException carrying every violation, if there is any
   */
  public JsonNode requireValidStatement(JsonNode statement) {
    List<Violation> violations = validateStatement(statement);
    if (!violations.isEmpty()) {
      throw new ValidationException(violations);
    }
    return statement;
  }

  /**
   * Reads and checks one statement: {@link #parse(byte[])} then {@link #requireValidStatement}.
   *
   * @throws ValidationException if the bytes are not strict JSON or not a valid statement
   */
  public JsonNode parseStatement(byte[] json) {
    return requireValidStatement(parse(json));
  }

  @Override
  public String toString() {
    return "XapiValidator[" + version + "]";
  }
}
