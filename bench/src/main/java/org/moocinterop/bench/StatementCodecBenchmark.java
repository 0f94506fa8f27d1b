package org.moocinterop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import gov.adlnet.xapi.model.Actor;
import gov.adlnet.xapi.model.IStatementObject;
import gov.adlnet.xapi.model.Statement;
import gov.adlnet.xapi.model.adapters.ActorAdapter;
import gov.adlnet.xapi.model.adapters.StatementObjectAdapter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.moocinterop.xapi.Format;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads and writes back the {@link StatementCorpus}, one statement per operation, single thread.
 *
 * <ul>
 *   <li>{@code jacksonTree}: the limit, Jackson reading the bytes into a {@code JsonNode} tree and
 *       writing it back, with no model and no validation.
 *   <li>{@code jxapi}: the peer, ADL's jxapi 2.0.1 (Gson) reading into its model and writing back,
 *       with no validation.
 *   <li>{@code moocInterop}: ours, {@code XapiJson} reading strictly, validating (xAPI 2.0.0) and
 *       mapping to the immutable model, then writing the model back in the exact format. A
 *       valid statement takes the codec's streaming fast path.
 *   <li>{@code moocInteropTreePath}: the same through the codec's thorough path (a strict tree,
 *       the validator, mapping), the one an invalid statement takes; against {@code moocInterop}
 *       in the same run, it shows what the fast path saves.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatementCodecBenchmark {

  static final int CORPUS_SIZE = 16;

  private List<byte[]> statements = List.of();
  private final ObjectMapper mapper = new ObjectMapper();
  private final XapiJson xapiJson = XapiJson.forVersion(XapiVersion.V2_0_0);
  private final Gson gson = new GsonBuilder()
      .registerTypeAdapter(Actor.class, new ActorAdapter())
      .registerTypeAdapter(IStatementObject.class, new StatementObjectAdapter())
      .create();

  @Setup
  public void load() {
    statements = StatementCorpus.load();
    if (statements.size() != CORPUS_SIZE) {
      throw new IllegalStateException("expected " + CORPUS_SIZE + " statements, found "
          + statements.size());
    }
  }

  /** The limit: a Jackson tree round trip. */
  @Benchmark
  @OperationsPerInvocation(CORPUS_SIZE)
  public void jacksonTree(Blackhole sink) throws IOException {
    for (byte[] statement : statements) {
      JsonNode tree = mapper.readTree(statement);
      sink.consume(mapper.writeValueAsBytes(tree));
    }
  }

  /** The peer: jxapi (Gson) into its model and back, from and to the same UTF-8 bytes. */
  @Benchmark
  @OperationsPerInvocation(CORPUS_SIZE)
  public void jxapi(Blackhole sink) {
    for (byte[] statement : statements) {
      Statement parsed = gson.fromJson(new String(statement, StandardCharsets.UTF_8), Statement.class);
      sink.consume(gson.toJson(parsed).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Ours: strict parse, validation, mapping to the model, and exact output. */
  @Benchmark
  @OperationsPerInvocation(CORPUS_SIZE)
  public void moocInterop(Blackhole sink) {
    for (byte[] statement : statements) {
      org.moocinterop.api.statement.Statement parsed = xapiJson.readStatement(statement);
      sink.consume(xapiJson.write(parsed, Format.EXACT));
    }
  }

  /** Ours through the tree path: strict tree, validation, mapping, and exact output. */
  @Benchmark
  @OperationsPerInvocation(CORPUS_SIZE)
  public void moocInteropTreePath(Blackhole sink) {
    for (byte[] statement : statements) {
      org.moocinterop.api.statement.Statement parsed =
          xapiJson.toStatement(xapiJson.readTree(statement));
      sink.consume(xapiJson.write(parsed, Format.EXACT));
    }
  }
}
