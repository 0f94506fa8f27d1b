package org.moocinterop.bench.lrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.bench.StatementCorpus;
import org.moocinterop.impl.internal.jdbc.Hashes;
import org.moocinterop.impl.jdbc.JdbcDatabase;
import org.moocinterop.node.NodeServer;
import org.moocinterop.node.lrs.LrsCredentialOption;
import org.moocinterop.node.lrs.LrsFeature;
import org.moocinterop.node.lrs.LrsStores;
import org.moocinterop.xapi.XapiVersion;
import org.moocinterop.xapi.json.XapiJson;
import org.moocinterop.xapi.lrs.LrsConfig;

/**
 * LRS load benchmark: starts the node's LRS in-process on loopback (as {@code serve} does) over H2
 * or an embedded PostgreSQL, then (1) ingest: after a warm-up of the same kind, client threads POST
 * batches of statements over HTTP for a fixed time; (2) the limit: the same rows written by plain
 * JDBC batch inserts into scratch tables of the store's shape; (3) preload to N statements through
 * the store API; (4) query latency over HTTP for the agent, verb, activity, registration and since
 * filters and the related agent and activity filters. Heap used is sampled every second
 * throughout. Each phase prints one line; the ingest and the limit also print the CPU time they
 * used per statement (client threads, the rest of the JVM, and PostgreSQL's
 * processes, read from Linux's {@code /proc}).
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar org.moocinterop.bench.lrs.LrsLoadBenchmark
 *   --db h2|postgres --seconds 60 --threads 4 --batch 100 --preload 1000000</pre>
 */
public final class LrsLoadBenchmark {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final Pattern SPACE = Pattern.compile(" ");
  private static final int LEARNERS = 20_000;
  private static final int COURSES = 200;
  private static final int UNITS = 50;
  private static final List<String> VERBS = List.of("completed", "attempted", "answered",
      "experienced", "passed", "failed", "launched", "initialized", "terminated", "progressed");
  private static final String USER = "bench";
  private static final String PASSWORD = "bench-password";

  private final List<Template> templates = new ArrayList<>();
  private final AtomicLong maxHeap = new AtomicLong();
  private final AtomicLong maxLive = new AtomicLong();
  private final boolean definitionChurn;

  private LrsLoadBenchmark(boolean definitionChurn) {
    this.definitionChurn = definitionChurn;
    for (byte[] json : StatementCorpus.load()) {
      try {
        templates.add(Template.of((ObjectNode) MAPPER.readTree(json)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Runs the benchmark.
   *
   * @param args {@code --db h2|postgres --seconds S --threads T --batch B --preload N
   *     [--warmup-seconds S] [--limit-seconds S] [--queries Q] [--preload-seconds S]
   *     [--preload-threads T] [--preload-batch B] [--explain true] [--definition-churn true]}
   * @throws Exception when a phase fails
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    String db = options.getOrDefault("--db", "h2");
    int seconds = Integer.parseInt(options.getOrDefault("--seconds", "60"));
    int threads = Integer.parseInt(options.getOrDefault("--threads", "4"));
    int batch = Integer.parseInt(options.getOrDefault("--batch", "100"));
    long preload = Long.parseLong(options.getOrDefault("--preload", "1000000"));
    int limitSeconds = Integer.parseInt(options.getOrDefault("--limit-seconds", "20"));
    int warmupSeconds = Integer.parseInt(options.getOrDefault("--warmup-seconds", "20"));
    int queries = Integer.parseInt(options.getOrDefault("--queries", "200"));
    int preloadSeconds = Integer.parseInt(options.getOrDefault("--preload-seconds", "900"));
    int preloadThreads = Integer.parseInt(options.getOrDefault("--preload-threads", String.valueOf(threads)));
    int preloadBatch = Integer.parseInt(options.getOrDefault("--preload-batch", "1000"));
    boolean explain = Boolean.parseBoolean(options.getOrDefault("--explain", "false"));
    boolean churn = Boolean.parseBoolean(options.getOrDefault("--definition-churn", "false"));
    new LrsLoadBenchmark(churn).run(db, seconds, threads, batch, preload, warmupSeconds, limitSeconds, queries,
        preloadSeconds, preloadThreads, preloadBatch, explain);
  }

  private void run(String db, int seconds, int threads, int batch, long preload, int warmupSeconds,
      int limitSeconds, int queries, int preloadSeconds, int preloadThreads, int preloadBatch, boolean explain)
      throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    var unusedSampling = sampler.scheduleAtFixedRate(
        () -> {
          maxHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          maxLive.accumulateAndGet(liveAfterGc(), Math::max);
        },
        0, 1, TimeUnit.SECONDS);
    Path data = Files.createTempDirectory("lrs-bench");
    EmbeddedPostgres postgres = null;
    JdbcDatabase database;
    if (db.equals("postgres")) {
      postgres = EmbeddedPostgres.builder().start();
      database = JdbcDatabase.open(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
    } else {
      database = JdbcDatabase.h2File(data);
    }
    System.out.printf("setup db=%s threads=%d batch=%d seconds=%d definition-churn=%s max-heap=%d MB%n", db,
        threads, batch, seconds, definitionChurn, Runtime.getRuntime().maxMemory() >> 20);
    try (LrsStores stores = LrsStores.jdbc(database)) {
      LrsFeature lrs = new LrsFeature(new LrsCredentialOption(USER, PASSWORD, false), stores, LrsConfig.defaults());
      try (NodeServer server = new NodeServer("127.0.0.1", 0, data, List.of(lrs))) {
        server.start();
        URI base = URI.create(server.baseUrl().toString().replaceAll("/$", "") + "/xapi/statements");
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (warmupSeconds > 0) {
          // The JIT compiles Jetty, the codec, the store and the driver for the first tens of
          // seconds: not part of the steady state the figure describes.
          ingest(client, base, threads, batch, warmupSeconds, "ingest-warmup");
        }
        double ingestRate = ingest(client, base, threads, batch, seconds, "ingest-http");
        double keysPerStatement = keysPerStatement(database);
        double limitRate = limit(database, threads, batch, limitSeconds, keysPerStatement);
        System.out.printf("ingest/limit ratio=%.0f %% (%.0f / %.0f statements/s)%n",
            100 * ingestRate / Math.max(limitRate, 1e-9), ingestRate, limitRate);
        Instant[] range = preload(stores, database, preloadThreads, preloadBatch, preload, preloadSeconds);
        if (explain) {
          explain(database, range);
        }
        query(client, base, queries, range);
      }
    } finally {
      database.close();
      if (postgres != null) {
        postgres.close();
      }
      sampler.shutdownNow();
      deleteRecursively(data);
    }
    System.out.printf("heap max-used=%d MB max-live-after-gc=%d MB of max=%d MB (sampled every 1 s, whole run;"
        + " target < 512 MB)%n", maxHeap.get() >> 20, maxLive.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Removes the H2 file (gigabytes at a million statements) and the node's data directory. */
  private static void deleteRecursively(Path directory) throws IOException {
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Heap in use just after the last collection of each heap pool: the live set, without garbage. */
  private static long liveAfterGc() {
    long live = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      MemoryUsage usage = pool.getCollectionUsage();
      if (pool.getType() == MemoryType.HEAP && usage != null) {
        live += usage.getUsed();
      }
    }
    return live;
  }

  // ---------------------------------------------------------------- statements

  /**
   * A statement of the corpus with holes for what each drawn statement changes, so that drawing
   * one costs the client a few appends rather than a tree copy and a serialization: the client
   * shares the two CPUs with the LRS it measures.
   */
  private static final class Template {
    private static final int ID = 0;
    private static final int ACTOR = 1;
    private static final int VERB = 2;
    private static final int OBJECT_ID = 3;
    private static final int REGISTRATION = 4;
    private static final int PARENT_ID = 5;
    private static final int TIMESTAMP = 6;
    private static final Pattern HOLE = Pattern.compile("\"hole:(\\d)\"");

    private final List<byte[]> parts;
    private final List<Integer> holes;
    private final String grouping;
    private final String category;

    private Template(List<byte[]> parts, List<Integer> holes, String grouping, String category) {
      this.parts = parts;
      this.holes = holes;
      this.grouping = grouping;
      this.category = category;
    }

    static Template of(ObjectNode statement) throws IOException {
      ObjectNode s = statement.deepCopy();
      s.put("id", "hole:" + ID);
      s.put("actor", "hole:" + ACTOR);
      s.put("verb", "hole:" + VERB);
      if (s.get("object") instanceof ObjectNode o) {
        o.put("id", "hole:" + OBJECT_ID);
      }
      JsonNode activities = s.path("context").path("contextActivities");
      if (s.get("context") instanceof ObjectNode context) {
        context.put("registration", "hole:" + REGISTRATION);
        if (activities.get("parent") instanceof ArrayNode parent && parent.size() > 0
            && parent.get(0) instanceof ObjectNode first) {
          first.put("id", "hole:" + PARENT_ID);
        }
      }
      s.put("timestamp", "hole:" + TIMESTAMP);
      String json = MAPPER.writeValueAsString(s);
      List<byte[]> parts = new ArrayList<>();
      List<Integer> holes = new ArrayList<>();
      Matcher m = HOLE.matcher(json);
      int from = 0;
      while (m.find()) {
        parts.add(json.substring(from, m.start()).getBytes(StandardCharsets.UTF_8));
        holes.add(Integer.parseInt(m.group(1)));
        from = m.end();
      }
      parts.add(json.substring(from).getBytes(StandardCharsets.UTF_8));
      return new Template(List.copyOf(parts), List.copyOf(holes),
          activities.path("grouping").path(0).path("id").asText(),
          activities.path("category").path(0).path("id").asText());
    }
  }

  /** A drawn statement: its JSON, its id and what its keys are made of. */
  private static final class Drawn {
    private final byte[] json;
    private final UUID id;
    private final Template template;
    private final String verb;
    private final String mbox;
    private final String activity;
    private final String registration;

    Drawn(byte[] json, UUID id, Template template, String verb, String mbox, String activity,
        String registration) {
      this.json = json;
      this.id = id;
      this.template = template;
      this.verb = verb;
      this.mbox = mbox;
      this.activity = activity;
      this.registration = registration;
    }

    /** The texts the limit hashes as this statement's keys (only the limit asks). */
    List<String> keyTexts() {
      return List.of(verb, mbox, activity, registration, template.grouping, template.category,
          "authority");
    }
  }

  private Drawn statement(ThreadLocalRandom random) {
    int learner = random.nextInt(LEARNERS);
    int k = random.nextInt(3);
    int course = Math.floorMod(learner * 7 + k * 13, COURSES);
    int unit = random.nextInt(UNITS);
    // By default an activity always comes with the same template, so with the same definition, as
    // a real client sends it; with churn, any template, so its canonical definition keeps changing.
    Template template = templates.get(definitionChurn ? random.nextInt(templates.size())
        : Math.floorMod(course * UNITS + unit, templates.size()));
    // A version 4 UUID from the thread's generator (UUID.randomUUID locks one SecureRandom).
    UUID id = new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    String mbox = mbox(learner);
    String verb = verb(random.nextInt(VERBS.size()));
    String activity = activity(course, unit);
    String registration = registration(learner, course).toString();
    ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
    for (int i = 0; i < template.holes.size(); i++) {
      out.writeBytes(template.parts.get(i));
      String value = switch (template.holes.get(i)) {
        case Template.ID -> quoted(id.toString());
        case Template.ACTOR -> "{\"objectType\":\"Agent\",\"name\":\"Learner " + learner + "\",\"mbox\":"
            + quoted(mbox) + "}";
        case Template.VERB -> "{\"id\":" + quoted(verb) + ",\"display\":{\"en-US\":"
            + quoted(VERBS.get(random.nextInt(VERBS.size()))) + "}}";
        case Template.OBJECT_ID -> quoted(activity);
        case Template.REGISTRATION -> quoted(registration);
        case Template.PARENT_ID -> quoted(course(course));
        default -> quoted(Instant.now().minusSeconds(random.nextInt(86_400)).toString());
      };
      out.writeBytes(value.getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(template.parts.get(template.holes.size()));
    return new Drawn(out.toByteArray(), id, template, verb, mbox, activity, registration);
  }

  /** A JSON string of a text that needs no escape (the drawn IRIs, ids and times). */
  private static String quoted(String text) {
    return '"' + text + '"';
  }

  private static String mbox(int learner) {
    return "mailto:learner" + learner + "@uni-b.example";
  }

  private static String verb(int i) {
    return "http://adlnet.gov/expapi/verbs/" + VERBS.get(i);
  }

  private static String activity(int course, int unit) {
    return course(course) + "/units/" + unit;
  }

  private static String course(int course) {
    return "https://mooc.uni-a.example/courses/c" + course;
  }

  private static UUID registration(int learner, int course) {
    return new UUID(0x6c727362656e6368L, ((long) learner << 16) | course);
  }

  private byte[] batchJson(int batch) {
    ByteArrayOutputStream array = new ByteArrayOutputStream(batch * 2048);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    array.write('[');
    for (int i = 0; i < batch; i++) {
      if (i > 0) {
        array.write(',');
      }
      array.writeBytes(statement(random).json);
    }
    array.write(']');
    return array.toByteArray();
  }

  private static HttpRequest.Builder request(URI uri) {
    String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + basic).header("X-Experience-API-Version", "2.0.0");
  }

  // ---------------------------------------------------------------- phases

  private double ingest(HttpClient client, URI base, int threads, int batch, int seconds, String label)
      throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong stored = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong clientCpu = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CpuMeter cpu = new CpuMeter();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        while (System.nanoTime() < end) {
          HttpRequest post = request(base).header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(batchJson(batch))).build();
          HttpResponse<String> response = client.send(post, HttpResponse.BodyHandlers.ofString());
          if (response.statusCode() == 200) {
            stored.addAndGet(batch);
          } else if (failed.getAndIncrement() < 3) {
            System.err.println("POST " + response.statusCode() + ": " + response.body());
          }
        }
        clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf("%s statements=%d failed-batches=%d seconds=%.1f rate=%.0f statements/s%n",
        label, stored.get(), failed.get(), elapsed, stored.get() / elapsed);
    cpu.print(label, stored.get(), elapsed, clientCpu.get());
    return stored.get() / elapsed;
  }

  /** CPU used by this JVM and by PostgreSQL from its creation on. */
  private static final class CpuMeter {
    private final long jvm = processCpuNanos();
    private final long postgres = postgresCpuNanos();

    /** One line: CPU per statement, split between the client threads, the rest of the JVM and PostgreSQL. */
    void print(String label, long statements, double elapsed, long clientNanos) {
      long jvmNanos = processCpuNanos() - jvm;
      long postgresNanos = postgresCpuNanos() - postgres;
      long n = Math.max(1, statements);
      int cpus = Runtime.getRuntime().availableProcessors();
      System.out.printf("%s-cpu per statement: client threads %.0f us, rest of the JVM %.0f us,"
          + " postgres processes %.0f us; busy %.0f %% of %d CPUs%n", label, clientNanos / 1e3 / n,
          (jvmNanos - clientNanos) / 1e3 / n, postgresNanos / 1e3 / n,
          100 * (jvmNanos + postgresNanos) / (elapsed * 1e9 * cpus), cpus);
    }
  }

  /** CPU time of this JVM (all threads), or 0 where the platform does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime()) : 0;
  }

  /**
   * CPU time (user + system) of the processes named {@code postgres} run by this user, read from
   * Linux's {@code /proc}; 0 elsewhere. Only the benchmark's embedded server should be running.
   */
  private static long postgresCpuNanos() {
    Path proc = Path.of("/proc");
    if (!Files.isDirectory(proc)) {
      return 0;
    }
    long ticks = 0;
    try (var entries = Files.list(proc)) {
      for (Path dir : entries.filter(d -> d.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
        try {
          String stat = Files.readString(dir.resolve("stat"));
          int open = stat.indexOf('(');
          int close = stat.lastIndexOf(')');
          if (!stat.substring(open + 1, close).equals("postgres")
              || !Files.getOwner(dir).getName().equals(System.getProperty("user.name"))) {
            continue;
          }
          List<String> fields = Arrays.asList(SPACE.split(stat.substring(close + 2)));
          // Fields 14 and 15 of /proc/PID/stat (utime, stime); the first here is field 3.
          ticks += Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException gone) {
          // The process ended meanwhile.
        }
      }
    } catch (IOException e) {
      return 0;
    }
    // USER_HZ is 100 on every Linux the benchmark targets.
    return ticks * 10_000_000L;
  }

  private static double keysPerStatement(JdbcDatabase database) throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      long statements = count(s, "SELECT count(*) FROM mooc_statement");
      long keys = count(s, "SELECT count(*) FROM mooc_statement_key");
      return statements == 0 ? 10 : (double) keys / statements;
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Plain JDBC batch inserts of the same rows (statement row plus its key rows) into scratch tables. */
  private double limit(JdbcDatabase database, int threads, int batch, int seconds, double keysPerStatement)
      throws Exception {
    boolean pg = database.vendor() == JdbcDatabase.Vendor.POSTGRESQL;
    String bytes = pg ? "BYTEA" : "VARBINARY";
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE bench_statement (seq BIGINT NOT NULL PRIMARY KEY, id UUID NOT NULL UNIQUE,"
          + " stored TIMESTAMP WITH TIME ZONE NOT NULL, voided BOOLEAN NOT NULL, voiding BOOLEAN NOT NULL,"
          + " target_id UUID, body " + bytes + " NOT NULL)");
      s.execute("CREATE INDEX bench_statement_order ON bench_statement (stored, seq)");
      s.execute("CREATE INDEX bench_statement_target ON bench_statement (target_id)"
          + (pg ? " WHERE target_id IS NOT NULL" : ""));
      s.execute("CREATE TABLE bench_statement_key (kind SMALLINT NOT NULL, key_hash " + bytes + " NOT NULL,"
          + " stored TIMESTAMP WITH TIME ZONE NOT NULL, seq BIGINT NOT NULL,"
          + " PRIMARY KEY (kind, key_hash, stored, seq))");
    }
    int keys = (int) Math.round(keysPerStatement);
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicLong seq = new AtomicLong();
    AtomicLong written = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CpuMeter cpu = new CpuMeter();
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        try (Connection c = database.dataSource().getConnection();
            PreparedStatement row = c.prepareStatement("INSERT INTO bench_statement"
                + " (seq, id, stored, voided, voiding, target_id, body) VALUES (?, ?, ?, FALSE, FALSE, NULL, ?)");
            PreparedStatement key = c.prepareStatement(
                "INSERT INTO bench_statement_key (kind, key_hash, stored, seq) VALUES (?, ?, ?, ?)")) {
          c.setAutoCommit(false);
          while (System.nanoTime() < end) {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
            for (int i = 0; i < batch; i++) {
              Drawn s = statement(random);
              long n = seq.incrementAndGet();
              row.setLong(1, n);
              row.setObject(2, s.id);
              row.setObject(3, now);
              row.setBytes(4, s.json);
              row.addBatch();
              List<String> texts = s.keyTexts();
              for (int k = 0; k < keys; k++) {
                key.setShort(1, (short) k);
                key.setBytes(2, Hashes.key(k + ":" + texts.get(k % texts.size())));
                key.setObject(3, now);
                key.setLong(4, n);
                key.addBatch();
              }
            }
            row.executeBatch();
            key.executeBatch();
            c.commit();
            written.addAndGet(batch);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf("limit-jdbc statements=%d key-rows-per-statement=%d seconds=%.1f rate=%.0f statements/s%n",
        written.get(), keys, elapsed, written.get() / elapsed);
    cpu.print("limit-jdbc", written.get(), elapsed, 0);
    return written.get() / elapsed;
  }

  /** Fills the store to {@code target} statements through the store API; returns the stored range. */
  private Instant[] preload(LrsStores stores, JdbcDatabase database, int threads, int batch, long target,
      int seconds)
      throws Exception {
    long have;
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      have = count(s, "SELECT count(*) FROM mooc_statement");
    }
    Instant first = Instant.now();
    XapiJson json = XapiJson.forVersion(XapiVersion.V2_0_0);
    Agent authority = Agent.ofMbox("mailto:bench@lrs.example");
    AtomicLong remaining = new AtomicLong(target - have);
    AtomicLong written = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (System.nanoTime() < end) {
          long take = Math.min(batch, remaining.getAndAdd(-batch));
          if (take <= 0) {
            break;
          }
          Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
          List<org.moocinterop.api.statement.Statement> list = new ArrayList<>();
          for (int i = 0; i < take; i++) {
            list.add(json.readStatement(statement(random).json).toBuilder()
                .stored(stored).authority(authority).version("2.0.0").build());
          }
          stores.statements().store(list, Map.of());
          written.addAndGet(take);
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    System.out.printf("preload-store-api threads=%d batch=%d statements=%d total=%d seconds=%.1f rate=%.0f"
        + " statements/s%n", threads, batch, written.get(), have + written.get(), elapsed,
        written.get() / Math.max(elapsed, 1e-9));
    return new Instant[] {first, Instant.now()};
  }

  private static void query(HttpClient client, URI base, int queries, Instant[] range) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long span = Math.max(1, range[1].toEpochMilli() - range[0].toEpochMilli());
    List<String> filters = List.of("agent", "verb", "activity", "registration", "since",
        "related-agent", "related-activity", "related-course");
    for (String filter : filters) {
      long[] nanos = new long[queries];
      long bytes = 0;
      for (int i = -20; i < queries; i++) {
        int learner = random.nextInt(LEARNERS);
        int course = Math.floorMod(learner * 7 + random.nextInt(3) * 13, COURSES);
        String value = switch (filter) {
          case "agent", "related-agent" -> "{\"mbox\":\"" + mbox(learner) + "\"}";
          case "verb" -> verb(random.nextInt(VERBS.size()));
          case "activity", "related-activity" -> activity(random.nextInt(COURSES), random.nextInt(UNITS));
          case "related-course" -> course(random.nextInt(COURSES));
          case "registration" -> registration(learner, course).toString();
          default -> Instant.ofEpochMilli(range[0].toEpochMilli() + random.nextLong(span)).toString();
        };
        // The related filters: a learner (mostly the actor), a unit (mostly the object), a course
        // (only ever a parent: related only).
        String parameter = switch (filter) {
          case "related-agent" -> "related_agents=true&agent";
          case "related-activity", "related-course" -> "related_activities=true&activity";
          default -> filter;
        };
        URI uri = URI.create(base + "?limit=50&" + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        long t0 = System.nanoTime();
        HttpResponse<byte[]> response = client.send(request(uri).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        long t1 = System.nanoTime();
        if (response.statusCode() != 200) {
          throw new IllegalStateException("GET " + uri + ": " + response.statusCode());
        }
        if (i >= 0) {
          nanos[i] = t1 - t0;
          bytes += response.body().length;
        }
      }
      Arrays.sort(nanos);
      System.out.printf("query filter=%s n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms avg-body=%d B%n", filter, queries,
          percentile(nanos, 0.50), percentile(nanos, 0.99), nanos[queries - 1] / 1e6, bytes / queries);
    }
  }

  /**
   * Prints the plan of each filter's first page as the JDBC store queries it (limit 50, newest
   * first), with EXPLAIN ANALYZE. Key kinds and hashing as in
   * {@code JdbcStatementStore} (1 verb, 2 agent, 3 related agent, 4 activity, 5 related activity,
   * 6 registration; SHA-256, 16 bytes).
   */
  private static void explain(JdbcDatabase database, Instant[] range) throws SQLException {
    String byKey = "SELECT s.seq, s.stored, s.body FROM mooc_statement_key k JOIN mooc_statement s"
        + " ON s.seq = k.seq WHERE k.kind = ? AND k.key_hash = ? AND s.voided = FALSE"
        + " ORDER BY " + (database.vendor() == JdbcDatabase.Vendor.H2 ? "k.kind DESC, k.key_hash DESC, " : "")
        + "k.stored DESC, k.seq DESC LIMIT 51";
    String since = "SELECT s.seq, s.stored, s.body FROM mooc_statement s WHERE s.voided = FALSE"
        + " AND s.stored > ? ORDER BY s.stored DESC, s.seq DESC LIMIT 51";
    List<Object[]> cases = List.of(
        new Object[] {"agent", 2, "mbox:" + mbox(4242)},
        new Object[] {"verb", 1, verb(3)},
        new Object[] {"activity", 4, activity(17, 3)},
        new Object[] {"registration", 6, registration(4242, Math.floorMod(4242 * 7, COURSES)).toString()});
    try (Connection c = database.dataSource().getConnection()) {
      for (Object[] k : cases) {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + byKey)) {
          ps.setShort(1, ((Integer) k[1]).shortValue());
          ps.setBytes(2, Hashes.key((String) k[2]));
          printPlan((String) k[0], ps);
        }
      }
      // A related filter: the direct rows and the related rows (3 related agent, 5 related
      // activity), each range read in order, merged.
      String related = "(" + byKey + ") UNION ALL (" + byKey + ") ORDER BY stored DESC, seq DESC LIMIT 51";
      List<Object[]> relatedCases = List.of(
          new Object[] {"related-agent", 2, "mbox:" + mbox(4242)},
          new Object[] {"related-activity", 4, activity(17, 3)},
          new Object[] {"related-course", 4, course(17)});
      for (Object[] k : relatedCases) {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + related)) {
          byte[] hash = Hashes.key((String) k[2]);
          ps.setShort(1, ((Integer) k[1]).shortValue());
          ps.setBytes(2, hash);
          ps.setShort(3, (short) ((Integer) k[1] + 1));
          ps.setBytes(4, hash);
          printPlan((String) k[0], ps);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + since)) {
        Instant middle = range[0].plusMillis((range[1].toEpochMilli() - range[0].toEpochMilli()) / 2);
        ps.setObject(1, OffsetDateTime.ofInstant(middle, ZoneOffset.UTC));
        printPlan("since", ps);
      }
    }
  }

  private static void printPlan(String filter, PreparedStatement ps) throws SQLException {
    StringBuilder plan = new StringBuilder();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        plan.append("\n    ").append(rs.getString(1).replace("\n", "\n    "));
      }
    }
    System.out.printf("explain filter=%s%s%n", filter, plan);
  }

  private static double percentile(long[] sorted, double p) {
    int index = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
