package org.moocinterop.xapi.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.xapi.About;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.StatementResult;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.internal.json.Codec;
import org.moocinterop.xapi.internal.json.ModelWriter;
import org.moocinterop.xapi.validation.XapiValidator;

/**
 * A ready, strict xAPI JSON reader and writer for one xAPI version. Immutable and thread-safe:
 * make one and share it.
 *
 * <p>Reading parses strictly (UTF-8, no duplicate keys, nothing after the value, size and depth
 * limits), validates every statement with the {@link XapiValidator} of the version, then maps to
 * the model; any failure is an {@link org.moocinterop.api.ValidationException} carrying every
 * violation, never a Jackson exception. Numbers keep their literal text; timestamps with offsets
 * (2.0.0) become UTC instants.
 *
 * <p>Writing streams UTF-8 JSON straight from the model in a {@link Format}: timestamps in UTC with
 * {@code Z} and every fraction digit held, durations exactly as their text, context activities
 * always as arrays, extensions exactly as read.
 *
 * <pre>{@code
 * XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);
 * Statement statement = json.readStatement(requestBody);
 * byte[] out = json.write(statement, Format.EXACT);
 * }</pre>
 *
 * @see <a href="https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md">xAPI-Data</a>
 */
public final class XapiJson {

  private final Codec codec;
  private final long maxBytes;
  private final int maxDepth;

  private XapiJson(XapiVersion version, long maxBytes, int maxDepth) {
    this.codec = new Codec(version, maxBytes, maxDepth);
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
  }

  /** A codec for {@code version} with the validator's default limits (16 MiB, depth 64). */
  public static XapiJson forVersion(XapiVersion version) {
    Objects.requireNonNull(version, "version");
    return new XapiJson(version, XapiValidator.DEFAULT_MAX_BYTES, XapiValidator.DEFAULT_MAX_DEPTH);
  }

  /**
   * A copy that reads documents of at most {@code maxBytes} bytes nested at most {@code maxDepth}
   * levels deep.
   *
   * @throws IllegalArgumentException if a limit is not positive, or the depth is below 16
   */
  public XapiJson withLimits(long maxBytes, int maxDepth) {
    if (maxBytes <= 0 || maxDepth < 16) {
      throw new IllegalArgumentException("maxBytes must be positive and maxDepth at least 16");
    }
    return new XapiJson(codec.version(), maxBytes, maxDepth);
  }

  /** The version statements are read and validated as. */
  public XapiVersion version() {
    return codec.version();
  }

  /** The size limit of a document read, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The nesting depth limit of a document read. */
  public int maxDepth() {
    return maxDepth;
  }

  // ---- reading

  /**
   * Reads one statement (a JSON object) from UTF-8 bytes.
   *
   * @throws org.moocinterop.api.ValidationException if the bytes are not strict JSON or not a
   *     valid statement of this version
   */
  public Statement readStatement(byte[] json) {
    Objects.requireNonNull(json, "json");
    return codec.statement(json);
  }

  /**
   * Reads one statement from a UTF-8 stream, as {@link #readStatement(byte[])}; the stream is not
   * closed.
   *
   * @throws UncheckedIOException if reading the stream fails
   */
  public Statement readStatement(InputStream json) {
    return codec.statement(readTree(json));
  }

  /** Reads one statement from text, as {@link #readStatement(byte[])}. */
  public Statement readStatement(String json) {
    return readStatement(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a statement object or an array of statements (the body of a statement POST). Pointers
   * of the violations of an array start with the index of the statement ({@code /2/actor}).
   *
   * @throws org.moocinterop.api.ValidationException if any statement is invalid (none is returned)
   */
  public List<Statement> readStatements(byte[] json) {
    Objects.requireNonNull(json, "json");
    return codec.statements(json);
  }

  /** Reads statements from a UTF-8 stream, as {@link #readStatements(byte[])}. */
  public List<Statement> readStatements(InputStream json) {
    return codec.statements(readTree(json));
  }

  /** Reads statements from text, as {@link #readStatements(byte[])}. */
  public List<Statement> readStatements(String json) {
    return readStatements(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads a StatementResult ({@code {"statements": [...], "more": "..."}}), validating each. */
  public StatementResult readStatementResult(byte[] json) {
    return codec.statementResult(readTree(json));
  }

  /** Reads a Person object (Communication 2.4.2). */
  public Person readPerson(byte[] json) {
    return codec.map(readTree(json), codec.reader()::person, "");
  }

  /** Reads the About resource (Communication 2.8). */
  public About readAbout(byte[] json) {
    return codec.map(readTree(json), codec.reader()::about, "");
  }

  /**
   * Reads any strict JSON value into a Jackson tree without validating it; numbers keep their
   * literal text. With {@link #toStatement(JsonNode)}, for callers that look at the shape of a
   * document (a single statement or an array) before mapping its parts.
   *
   * @throws org.moocinterop.api.ValidationException with a {@code json.*} rule if the bytes are not
   *     a strict JSON value within the limits
   */
  public JsonNode readTree(byte[] json) {
    return codec.trees().read(json);
  }

  /** Reads any strict JSON value from a stream, as {@link #readTree(byte[])}. */
  public JsonNode readTree(InputStream json) {
    return codec.trees().read(json);
  }

  /**
   * Validates a tree as one statement and maps it to the model.
   *
   * @throws org.moocinterop.api.ValidationException if it is not a valid statement
   */
  public Statement toStatement(JsonNode tree) {
    Objects.requireNonNull(tree, "tree");
    return codec.statement(tree);
  }

  // ---- writing

  /** Writes a statement as UTF-8 JSON in {@code format}. */
  public byte[] write(Statement statement, Format format) {
    return write(statement, format, List.of());
  }

  /**
   * Writes a statement as UTF-8 JSON in {@code format}; {@code languages} (best first, as from
   * {@code Accept-Language}) choose the entries {@link Format#CANONICAL} keeps.
   */
  public byte[] write(Statement statement, Format format, List<Locale> languages) {
    Objects.requireNonNull(statement, "statement");
    return bytes(g -> new ModelWriter(format, languages).statement(statement, g));
  }

  /** Writes statements as a JSON array. */
  public byte[] writeStatements(List<Statement> statements, Format format) {
    return writeStatements(statements, format, List.of());
  }

  /** Writes statements as a JSON array, languages as {@link #write(Statement, Format, List)}. */
  public byte[] writeStatements(List<Statement> statements, Format format,
      List<Locale> languages) {
    Objects.requireNonNull(statements, "statements");
    return bytes(g -> new ModelWriter(format, languages).statements(statements, g));
  }

  /** Writes a StatementResult; an absent {@code more} is written as {@code ""}. */
  public byte[] write(StatementResult result, Format format, List<Locale> languages) {
    Objects.requireNonNull(result, "result");
    return bytes(g -> new ModelWriter(format, languages).statementResult(result, g));
  }

  /** Writes a StatementResult in {@code format}. */
  public byte[] write(StatementResult result, Format format) {
    return write(result, format, List.of());
  }

  /** Writes a Person object. */
  public byte[] write(Person person) {
    Objects.requireNonNull(person, "person");
    return bytes(g -> ModelWriter.person(person, g));
  }

  /** Writes the About resource. */
  public byte[] write(About about) {
    Objects.requireNonNull(about, "about");
    return bytes(g -> ModelWriter.about(about, g));
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private byte[] bytes(Body body) {
    // as ObjectMapper.writeValueAsBytes does: the first block of the output comes from the
    // factory's buffer recycler rather than a new array for every document
    JsonFactory factory = codec.trees().factory();
    BufferRecycler recycler = factory._getBufferRecycler();
    try (ByteArrayBuilder out = new ByteArrayBuilder(recycler)) {
      try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
        body.write(g);
      }
      return out.getClearAndRelease();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    } finally {
      recycler.releaseToPool();
    }
  }

  @Override
  public String toString() {
    return "XapiJson[" + codec.version() + "]";
  }
}
