package org.moocinterop.impl.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.Iri;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.ActivityDefinitions;
import org.moocinterop.api.spi.StatementConflict;
import org.moocinterop.api.spi.StatementCursor;
import org.moocinterop.api.spi.StatementIndexKey;
import org.moocinterop.api.spi.StatementPage;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.spi.StatementWrite;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.impl.internal.jdbc.Hashes;
import org.moocinterop.impl.internal.jdbc.Sql;
import org.moocinterop.impl.internal.jdbc.SqlErrors;
import org.moocinterop.impl.internal.jdbc.StatementJson;
import org.moocinterop.impl.internal.jdbc.Timestamps;

/**
 * A {@link StatementStore} in the tables {@code mooc_statement*}, {@code mooc_activity},
 * {@code mooc_agent_name} and {@code mooc_attachment} of a {@link JdbcDatabase}.
 *
 * <p>A batch is one transaction: the existing ids are read, the batch is compared with them, and
 * either everything is written (statements, their filter keys, voiding, activity definitions,
 * agent names, attachments) and committed, or nothing is. Two transactions inserting the same id
 * collide on its unique index; the loser is rolled back and retried, and then sees the winner's
 * statement, so conflicts are decided atomically across nodes.
 *
 * <p>Statements are kept as the exact JSON of the xAPI codec. Each filter of a query is a key in
 * {@code mooc_statement_key}, whose primary key {@code (kind, key_hash, stored, seq)} lets a page
 * of one filter be read in order straight from the index; see the statement store guide for the
 * choice. {@code stored} is kept to the microsecond.
 *
 * <p>Storage rule: a statement has a related agent (related activity) row for a hash only when it
 * has no agent (activity) row for the same hash. Every agent key of a statement is also one of its
 * related agent keys (likewise activities), so that row would say nothing new; leaving it out
 * spares most statements two random index inserts (actor and object). A related filter therefore
 * reads the rows of both kinds: the two ranges of the index in order, merged, and the rule
 * guarantees that no statement is in both. Every write keeps the rule, also when a stored
 * statement inherits keys through a StatementRef (in the same transaction).
 *
 * <p>Thread-safe.
 */
public final class JdbcStatementStore implements StatementStore {

  /** The write window of {@link #consistentThrough()} unless one is given. */
  public static final Duration DEFAULT_WRITE_WINDOW = Duration.ofSeconds(10);

  /** Attempts of one batch: deadlocks, lock timeouts and unique races are tried again. */
  private static final int MAX_ATTEMPTS = 10;
  private static final long BASE_BACKOFF_MILLIS = 2;
  private static final long MAX_BACKOFF_MILLIS = 500;
  private static final int KNOWN_NAMES = 100_000;
  private static final int KNOWN_KEY_HASHES = 100_000;
  private static final int CHUNK = 500;
  private static final HexFormat HEX = HexFormat.of();

  private final JdbcDatabase database;
  private final Clock clock;
  private final Duration writeWindow;
  private final JdbcDatabase.Vendor vendor;
  /**
   * Agent names (length of the identifier key, colon, identifier key, name) known to be
   * committed: rows of {@code mooc_agent_name} are never deleted, so a batch need not insert them
   * again. Bounded; cleared when full.
   */
  private final Set<String> knownNames = ConcurrentHashMap.newKeySet();
  /**
   * Hashes of key texts (verbs, activities, agents, registrations recur from statement to
   * statement). Never modified once made. Bounded; cleared when full.
   */
  private final Map<String, byte[]> keyHashes = new ConcurrentHashMap<>();

  /**
   * A store in {@code database} whose {@link #consistentThrough()} is {@code writeWindow} before
   * the time of {@code clock}: the longest an LRS node may take from assigning {@code stored} to
   * committing the batch.
   */
  public JdbcStatementStore(JdbcDatabase database, Clock clock, Duration writeWindow) {
    this.database = Objects.requireNonNull(database, "database");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writeWindow = Objects.requireNonNull(writeWindow, "writeWindow");
    if (writeWindow.isNegative()) {
      throw new IllegalArgumentException("writeWindow must not be negative");
    }
    this.vendor = database.vendor();
  }

  /** A store in {@code database} on {@code clock} with the {@link #DEFAULT_WRITE_WINDOW}. */
  public JdbcStatementStore(JdbcDatabase database, Clock clock) {
    this(database, clock, DEFAULT_WRITE_WINDOW);
  }

  /** A store in {@code database} on the system UTC clock. */
  public JdbcStatementStore(JdbcDatabase database) {
    this(database, Clock.systemUTC());
  }

  // ------------------------------------------------------------------ writing

  @Override
  public StatementWrite store(List<Statement> statements, Map<String, byte[]> attachments) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(attachments, "attachments");
    checkBatch(statements);
    for (int attempt = 1; ; attempt++) {
      try (Connection connection = database.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        try {
          List<String> names = new ArrayList<>();
          StatementWrite result = storeIn(connection, statements, attachments, names);
          if (result.stored()) {
            connection.commit();
            remember(names);
          } else {
            connection.rollback();
          }
          return result;
        } catch (SQLException | RuntimeException e) {
          connection.rollback();
          throw e;
        } finally {
          connection.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (attempt < MAX_ATTEMPTS && isRetryable(e)) {
          backOff(attempt);
          continue;
        }
        throw SqlErrors.storeException("store statements", e);
      }
    }
  }

  /**
   * Waits before attempt {@code failed + 1}: a random time up to an exponentially growing bound,
   * so that transactions that collided do not collide again in step.
   */
  private static void backOff(int failed) {
    long bound = Math.min(MAX_BACKOFF_MILLIS, BASE_BACKOFF_MILLIS << Math.min(failed, 16));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound / 2, bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while storing statements", e);
    }
  }

  /** Remembers agent names a committed transaction wrote, so later batches skip them. */
  private void remember(List<String> names) {
    if (knownNames.size() + names.size() > KNOWN_NAMES) {
      knownNames.clear();
    }
    knownNames.addAll(names);
  }

  /**
   * One attempt. Row locks are taken in one global order whatever the batch, so that concurrent
   * batches wait for each other but never deadlock: statement ids (unique index) in id order,
   * voided targets in id order, new activities then changed activities in hash order, agent names
   * and attachments in key order.
   */
  private StatementWrite storeIn(Connection c, List<Statement> statements,
      Map<String, byte[]> attachments, List<String> namesWritten) throws SQLException {
    Map<UUID, Statement> existing = findAll(c, statements.stream()
        .map(s -> s.id().orElseThrow()).toList());
    List<StatementConflict> conflicts = new ArrayList<>();
    List<Statement> alreadyStored = new ArrayList<>();
    List<Statement> fresh = new ArrayList<>();
    for (Statement statement : statements) {
      Statement stored = existing.get(statement.id().orElseThrow());
      if (stored == null) {
        fresh.add(statement);
      } else if (stored.isSameStatementAs(statement)) {
        alreadyStored.add(stored);
      } else {
        conflicts.add(new StatementConflict(statement, stored));
      }
    }
    if (!conflicts.isEmpty()) {
      return new StatementWrite.Conflicted(conflicts);
    }
    if (!fresh.isEmpty()) {
      List<Long> seqs = nextSequences(c, fresh.size());
      Map<UUID, Set<Key>> keys = effectiveKeys(c, fresh);
      insertStatements(c, fresh, seqs, keys);
      propagate(c, fresh, keys);
      voidTargets(c, fresh);
      updateActivities(c, fresh);
      insertNames(c, fresh, seqs, namesWritten);
    }
    insertAttachments(c, attachments);
    return new StatementWrite.Stored(fresh.stream().map(s -> s.id().orElseThrow()).toList(),
        alreadyStored);
  }

  private static Map<UUID, Statement> findAll(Connection c, Collection<UUID> ids)
      throws SQLException {
    Map<UUID, Statement> found = new HashMap<>();
    List<UUID> list = List.copyOf(ids);
    for (int from = 0; from < list.size(); from += CHUNK) {
      List<UUID> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT id, body FROM mooc_statement WHERE id IN (" + marks(chunk.size()) + ")")) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setObject(i + 1, chunk.get(i));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(rs.getObject(1, UUID.class), StatementJson.read(rs.getBytes(2)));
          }
        }
      }
    }
    return found;
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private List<Long> nextSequences(Connection c, int count) throws SQLException {
    List<Long> seqs = new ArrayList<>(count);
    try (PreparedStatement ps = c.prepareStatement(Sql.nextValues(vendor, "mooc_statement_seq"))) {
      ps.setInt(1, count);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          seqs.add(rs.getLong(1));
        }
      }
    }
    Collections.sort(seqs);
    return seqs;
  }

  /**
   * The keys of each fresh statement, with those inherited from the statement it targets. The
   * keys of a stored target are computed again from its JSON (and that of its own target,
   * recursively), exactly as they were when it was stored or received from its target.
   */
  private Map<UUID, Set<Key>> effectiveKeys(Connection c, List<Statement> fresh)
      throws SQLException {
    Map<UUID, Statement> batch = new LinkedHashMap<>();
    fresh.forEach(s -> batch.put(s.id().orElseThrow(), s));
    Map<UUID, Optional<Statement>> stored = new HashMap<>();
    Set<UUID> wanted = new LinkedHashSet<>();
    for (Statement s : fresh) {
      if (s.object() instanceof StatementRef ref && !batch.containsKey(ref.id())) {
        wanted.add(ref.id());
      }
    }
    // Load the stored chain of targets, one query per step of the chain.
    while (!wanted.isEmpty()) {
      Map<UUID, Statement> found = findAll(c, wanted);
      Set<UUID> next = new LinkedHashSet<>();
      for (UUID id : wanted) {
        Statement s = found.get(id);
        stored.put(id, Optional.ofNullable(s));
        if (s != null && s.object() instanceof StatementRef ref
            && !batch.containsKey(ref.id()) && !stored.containsKey(ref.id())) {
          next.add(ref.id());
        }
      }
      wanted = next;
    }
    Map<UUID, Set<Key>> result = new HashMap<>();
    for (Statement s : fresh) {
      resolve(s, batch, stored, result, new HashSet<>());
    }
    return result;
  }

  private Set<Key> resolve(Statement s, Map<UUID, Statement> batch,
      Map<UUID, Optional<Statement>> stored, Map<UUID, Set<Key>> result, Set<UUID> visiting) {
    UUID id = s.id().orElseThrow();
    Set<Key> done = result.get(id);
    if (done != null) {
      return done;
    }
    Set<Key> keys = new LinkedHashSet<>();
    StatementIndexKey.of(s).forEach(k -> keys.add(key(k)));
    if (visiting.add(id) && s.object() instanceof StatementRef ref) {
      Statement target = batch.get(ref.id());
      if (target == null) {
        target = stored.getOrDefault(ref.id(), Optional.empty()).orElse(null);
      }
      if (target != null) {
        keys.addAll(inheritable(resolve(target, batch, stored, result, visiting)));
      }
    }
    result.put(id, keys);
    return keys;
  }

  private static Set<Key> inheritable(Set<Key> keys) {
    Set<Key> inherited = new LinkedHashSet<>();
    for (Key key : keys) {
      if (key.kind() != code(StatementIndexKey.Kind.AUTHORITY)) {
        inherited.add(key);
      }
    }
    return inherited;
  }

  private void insertStatements(Connection c, List<Statement> fresh, List<Long> seqs,
      Map<UUID, Set<Key>> keys) throws SQLException {
    // Sequence numbers follow the batch; rows are inserted in id order (the unique index).
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing(i -> fresh.get(i).id().orElseThrow()));
    KeyRows keyRows = new KeyRows();
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO mooc_statement"
            + " (seq, id, stored, voided, voiding, target_id, body) VALUES (?, ?, "
            + Timestamps.TEXT_PARAMETER + ", FALSE, ?, ?, ?)")) {
      // A batch from one request shares one stored instant: format it once.
      @Nullable Instant lastStored = null;
      String storedText = "";
      for (int i : order) {
        Statement s = fresh.get(i);
        long seq = seqs.get(i);
        Instant stored = s.stored().orElseThrow();
        if (!stored.equals(lastStored)) {
          lastStored = stored;
          storedText = Timestamps.text(stored);
        }
        ps.setLong(1, seq);
        ps.setObject(2, s.id().orElseThrow());
        ps.setString(3, storedText);
        ps.setBoolean(4, s.isVoiding());
        ps.setObject(5, s.object() instanceof StatementRef ref ? ref.id() : null);
        ps.setBytes(6, StatementJson.write(s));
        ps.addBatch();
        for (Key key : rows(keys.getOrDefault(s.id().orElseThrow(), Set.of()))) {
          keyRows.add(key, storedText, seq);
        }
      }
      ps.executeBatch();
    }
    keyRows.insert(c);
  }

  /**
   * The rows of {@code mooc_statement_key} that stand for {@code keys}: every key, except a related
   * agent (activity) key whose agent (activity) key with the same hash is there, since a related
   * filter reads the rows of both kinds.
   */
  private static List<Key> rows(Set<Key> keys) {
    List<Key> rows = new ArrayList<>(keys.size());
    for (Key key : keys) {
      int direct = direct(key.kind());
      if (direct == key.kind() || !keys.contains(new Key(direct, key.bytes()))) {
        rows.add(key);
      }
    }
    return rows;
  }

  /**
   * Rows of {@code mooc_statement_key} to insert. PostgreSQL takes them all in one statement of
   * four array parameters (the driver sends four arrays instead of four parameters per row); H2
   * takes a JDBC batch.
   */
  private final class KeyRows {
    private final List<Key> keys = new ArrayList<>();
    private final List<String> stored = new ArrayList<>();
    private final List<Long> seqs = new ArrayList<>();

    void add(Key key, String storedText, long seq) {
      keys.add(key);
      stored.add(storedText);
      seqs.add(seq);
    }

    void insert(Connection c) throws SQLException {
      if (keys.isEmpty()) {
        return;
      }
      if (vendor == JdbcDatabase.Vendor.POSTGRESQL) {
        Short[] kinds = new Short[keys.size()];
        byte[][] hashes = new byte[keys.size()][];
        for (int i = 0; i < keys.size(); i++) {
          kinds[i] = (short) keys.get(i).kind();
          hashes[i] = keys.get(i).bytes();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mooc_statement_key"
            + " (kind, key_hash, stored, seq) SELECT k, h, CAST(t AS TIMESTAMP WITH TIME ZONE), s"
            + " FROM unnest(?, ?, ?, ?) AS u(k, h, t, s)")) {
          ps.setArray(1, c.createArrayOf("int2", kinds));
          ps.setArray(2, c.createArrayOf("bytea", hashes));
          ps.setArray(3, c.createArrayOf("text", stored.toArray(new String[0])));
          ps.setArray(4, c.createArrayOf("int8", seqs.toArray(new Long[0])));
          ps.executeUpdate();
        }
        return;
      }
      try (PreparedStatement pk = c.prepareStatement("INSERT INTO mooc_statement_key"
          + " (kind, key_hash, stored, seq) VALUES (?, ?, " + Timestamps.TEXT_PARAMETER + ", ?)")) {
        for (int i = 0; i < keys.size(); i++) {
          pk.setInt(1, keys.get(i).kind());
          pk.setBytes(2, keys.get(i).bytes());
          pk.setString(3, stored.get(i));
          pk.setLong(4, seqs.get(i));
          pk.addBatch();
        }
        pk.executeBatch();
      }
    }
  }

  /**
   * Gives the keys of fresh statements to stored statements that target them, recursively: one
   * query per step (usually one in all, finding nothing). The inherited rows are inserted unless
   * present; then, for each inherited agent or activity key, the referrer's related row of that
   * hash is deleted if its direct row is there (it was related only and inherits the key as
   * direct, or it inherits a related key it already has as direct), so the storage rule holds.
   */
  private void propagate(Connection c, List<Statement> fresh, Map<UUID, Set<Key>> keys)
      throws SQLException {
    Set<UUID> batchIds = new HashSet<>(keys.keySet());
    Map<UUID, Set<Key>> level = new LinkedHashMap<>();
    for (Statement s : fresh) {
      UUID id = s.id().orElseThrow();
      level.put(id, inheritable(keys.getOrDefault(id, Set.of())));
    }
    Set<UUID> seen = new HashSet<>();
    String insert = Sql.insertIfAbsent(vendor, "mooc_statement_key",
        List.of("kind", "key_hash", "stored", "seq"), List.of("kind", "key_hash", "stored", "seq"));
    while (!level.isEmpty()) {
      level.keySet().removeIf(id -> !seen.add(id));
      level.values().removeIf(Set::isEmpty);
      Map<UUID, Set<Key>> next = new LinkedHashMap<>();
      List<UUID> targets = List.copyOf(level.keySet());
      for (int from = 0; from < targets.size(); from += CHUNK) {
        List<UUID> chunk = targets.subList(from, Math.min(targets.size(), from + CHUNK));
        try (PreparedStatement ps = c.prepareStatement("SELECT id, seq, stored, target_id"
            + " FROM mooc_statement WHERE target_id IN (" + marks(chunk.size()) + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            ps.setObject(i + 1, chunk.get(i));
          }
          try (ResultSet rs = ps.executeQuery();
              PreparedStatement pk = c.prepareStatement(insert);
              PreparedStatement dedup = c.prepareStatement(DELETE_REDUNDANT_ROW)) {
            boolean any = false;
            boolean anyPaired = false;
            while (rs.next()) {
              UUID referrer = rs.getObject(1, UUID.class);
              if (batchIds.contains(referrer)) {
                continue;
              }
              long seq = rs.getLong(2);
              Instant stored = Timestamps.read(rs, "stored");
              Set<Key> inherited = level.getOrDefault(rs.getObject(4, UUID.class), Set.of());
              for (Key key : rows(inherited)) {
                bindKeyRow(pk, key, stored, seq);
                pk.addBatch();
                any = true;
                int direct = direct(key.kind());
                int related = related(key.kind());
                if (direct != related) {
                  dedup.setInt(1, related);
                  dedup.setBytes(2, key.bytes());
                  Timestamps.bind(dedup, 3, stored);
                  dedup.setLong(4, seq);
                  dedup.setInt(5, direct);
                  dedup.addBatch();
                  anyPaired = true;
                }
              }
              next.computeIfAbsent(referrer, r -> new LinkedHashSet<>()).addAll(inherited);
            }
            if (any) {
              pk.executeBatch();
            }
            if (anyPaired) {
              dedup.executeBatch();
            }
          }
        }
      }
      level = next;
    }
  }

  /** Deletes a related row (kind, hash, stored, seq) when the direct row of its hash is there. */
  private static final String DELETE_REDUNDANT_ROW = "DELETE FROM mooc_statement_key r"
      + " WHERE r.kind = ? AND r.key_hash = ? AND r.stored = ? AND r.seq = ?"
      + " AND EXISTS (SELECT 1 FROM mooc_statement_key d WHERE d.kind = ?"
      + " AND d.key_hash = r.key_hash AND d.stored = r.stored AND d.seq = r.seq)";

  private void bindKeyRow(PreparedStatement pk, Key key, Instant stored, long seq)
      throws SQLException {
    byte[] hash = key.bytes();
    pk.setInt(1, key.kind());
    pk.setBytes(2, hash);
    Timestamps.bind(pk, 3, stored);
    pk.setLong(4, seq);
    if (Sql.bindsKeysTwice(vendor)) {
      pk.setInt(5, key.kind());
      pk.setBytes(6, hash);
      Timestamps.bind(pk, 7, stored);
      pk.setLong(8, seq);
    }
  }

  private static void voidTargets(Connection c, List<Statement> fresh) throws SQLException {
    Set<UUID> targets = new TreeSet<>();
    for (Statement s : fresh) {
      if (s.isVoiding()) {
        targets.add(((StatementRef) s.object()).id());
      }
    }
    if (targets.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE mooc_statement SET voided = TRUE WHERE id = ? AND voiding = FALSE")) {
      for (UUID target : targets) {
        ps.setObject(1, target);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /**
   * Merges the batch's definitions into the canonical ones. The stored definitions are read
   * without locks in one query; missing activities are inserted (in hash order, doing nothing if
   * another transaction inserted one first); only a row whose definition the merge changes is
   * locked (one at a time, in hash order), merged again under the lock and updated. A stored
   * definition whose JSON is byte for byte the incoming one (the usual case: a client sends an
   * activity with the same definition each time) is left alone without being parsed, since merging
   * a definition into itself changes nothing.
   */
  private void updateActivities(Connection c, List<Statement> fresh) throws SQLException {
    Map<Iri, Optional<ActivityDefinition>> seen = new LinkedHashMap<>();
    for (Statement s : fresh) {
      for (Activity activity : StatementIndexKey.activitiesOf(s)) {
        seen.merge(activity.id(), activity.definition(), JdbcStatementStore::mergeOptional);
      }
    }
    if (seen.isEmpty()) {
      return;
    }
    SortedMap<String, Incoming> byHash = new TreeMap<>();
    for (Map.Entry<Iri, Optional<ActivityDefinition>> entry : seen.entrySet()) {
      byte[] hash = Hashes.sha256(entry.getKey().value());
      byHash.put(HEX.formatHex(hash), new Incoming(hash, entry.getKey(), entry.getValue()));
    }
    Map<String, Optional<byte[]>> current = readDefinitions(c, byHash.keySet());
    List<Incoming> missing = byHash.entrySet().stream()
        .filter(e -> !current.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
    if (!missing.isEmpty()) {
      String insert = Sql.insertIfAbsent(vendor, "mooc_activity",
          List.of("id_hash", "activity_id", "definition"), List.of("id_hash"));
      try (PreparedStatement ps = c.prepareStatement(insert)) {
        for (Incoming incoming : missing) {
          ps.setBytes(1, incoming.hash);
          ps.setString(2, incoming.id.value());
          ps.setBytes(3, incoming.json());
          if (Sql.bindsKeysTwice(vendor)) {
            ps.setBytes(4, incoming.hash);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
      // Ours, or another transaction's that committed first: then ours is merged below.
      current.putAll(readDefinitions(c, missing.stream()
          .filter(i -> i.definition.isPresent()).map(i -> HEX.formatHex(i.hash)).toList()));
    }
    List<String> changing = new ArrayList<>();
    for (Map.Entry<String, Incoming> entry : byHash.entrySet()) {
      Incoming incoming = entry.getValue();
      Optional<byte[]> before = current.get(entry.getKey());
      if (incoming.definition.isEmpty()
          || (before != null && before.isPresent() && Arrays.equals(before.get(), incoming.json()))) {
        continue;
      }
      Optional<ActivityDefinition> parsed = before == null ? Optional.empty()
          : before.flatMap(StatementJson::readDefinition);
      if (before == null || !mergeOptional(parsed, incoming.definition).equals(parsed)) {
        changing.add(entry.getKey());
      }
    }
    Map<String, Optional<ActivityDefinition>> locked = lockDefinitions(c, changing);
    List<Map.Entry<byte[], byte[]>> updates = new ArrayList<>();
    for (String hash : changing) {
      Optional<ActivityDefinition> held = locked.get(hash);
      Incoming incoming = byHash.get(hash);
      if (held == null || incoming == null) {
        throw new SQLException("activity row vanished", "40001");
      }
      Optional<ActivityDefinition> merged = mergeOptional(held, incoming.definition);
      if (!merged.equals(held)) {
        updates.add(Map.entry(
            StatementJson.writeDefinition(incoming.id, merged.orElseThrow()), incoming.hash));
      }
    }
    if (!updates.isEmpty()) {
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE mooc_activity SET definition = ? WHERE id_hash = ?")) {
        for (Map.Entry<byte[], byte[]> update : updates) {
          ps.setBytes(1, update.getKey());
          ps.setBytes(2, update.getValue());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  /** An activity of the batch: its id hash, id and definition merged over the batch. */
  private static final class Incoming {
    private final byte[] hash;
    private final Iri id;
    private final Optional<ActivityDefinition> definition;
    private byte @Nullable [] json;

    Incoming(byte[] hash, Iri id, Optional<ActivityDefinition> definition) {
      this.hash = hash;
      this.id = id;
      this.definition = definition;
    }

    /** The definition as stored ({@code null} without one), written once. */
    byte @Nullable [] json() {
      if (json == null && definition.isPresent()) {
        json = StatementJson.writeDefinition(id, definition.get());
      }
      return json;
    }
  }

  /** The stored definitions (as stored: JSON, or empty) of the activities that have a row. */
  private static Map<String, Optional<byte[]>> readDefinitions(
      Connection c, Collection<String> hashes) throws SQLException {
    return readDefinitions(c, List.copyOf(hashes), false);
  }

  /**
   * The stored definitions of the activities of {@code hashes} that have a row; with
   * {@code lock}, their rows are locked in hash order ({@code ORDER BY} is applied before the
   * locks are taken).
   */
  private static Map<String, Optional<byte[]>> readDefinitions(
      Connection c, List<String> hashes, boolean lock) throws SQLException {
    Map<String, Optional<byte[]>> found = new HashMap<>();
    for (int from = 0; from < hashes.size(); from += CHUNK) {
      List<String> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
      try (PreparedStatement ps = c.prepareStatement("SELECT id_hash, definition FROM mooc_activity"
          + " WHERE id_hash IN (" + marks(chunk.size()) + ")"
          + (lock ? " ORDER BY id_hash FOR UPDATE" : ""))) {
        for (int i = 0; i < chunk.size(); i++) {
          ps.setBytes(i + 1, HEX.parseHex(chunk.get(i)));
        }
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            found.put(HEX.formatHex(rs.getBytes(1)), Optional.ofNullable(rs.getBytes(2)));
          }
        }
      }
    }
    return found;
  }

  /**
   * Locks the activity rows of {@code sortedHashes} in that (hash) order and reads them. On
   * PostgreSQL one query per chunk; on H2, whose calls cost no round trip, one query per row.
   */
  private Map<String, Optional<ActivityDefinition>> lockDefinitions(
      Connection c, List<String> sortedHashes) throws SQLException {
    Map<String, Optional<byte[]>> rows = new HashMap<>();
    if (vendor == JdbcDatabase.Vendor.H2) {
      for (String hash : sortedHashes) {
        rows.putAll(readDefinitions(c, List.of(hash), true));
      }
    } else {
      rows = readDefinitions(c, sortedHashes, true);
    }
    Map<String, Optional<ActivityDefinition>> locked = new HashMap<>();
    rows.forEach((hash, json) -> locked.put(hash, json.flatMap(StatementJson::readDefinition)));
    return locked;
  }

  private static Optional<ActivityDefinition> mergeOptional(
      Optional<ActivityDefinition> older, Optional<ActivityDefinition> newer) {
    if (newer.isEmpty() || newer.equals(older)) {
      return older;
    }
    return Optional.of(older.map(o -> ActivityDefinitions.merge(o, newer.get())).orElse(newer.get()));
  }

  private void insertNames(Connection c, List<Statement> fresh, List<Long> seqs,
      List<String> written) throws SQLException {
    // Key order (agent hash, name hash), the first statement of the batch naming it.
    SortedMap<String, NameRow> rows = new TreeMap<>();
    for (int i = 0; i < fresh.size(); i++) {
      for (Agent agent : StatementIndexKey.agentsOf(fresh.get(i))) {
        if (agent.name().isEmpty()) {
          continue;
        }
        String name = agent.name().get();
        String ifi = StatementIndexKey.ifiKey(agent.ifi());
        // Prefixed with its length, the identifier key ends where it says: the pair is unambiguous.
        String known = ifi.length() + ":" + ifi + name;
        if (knownNames.contains(known)) {
          continue;
        }
        byte[] agentHash = Hashes.key(ifi);
        byte[] nameHash = Hashes.key(name);
        rows.putIfAbsent(HEX.formatHex(agentHash) + HEX.formatHex(nameHash),
            new NameRow(agentHash, nameHash, name, seqs.get(i), known));
      }
    }
    if (rows.isEmpty()) {
      return;
    }
    rows.values().forEach(row -> written.add(row.known));
    String insert = Sql.insertIfAbsent(vendor, "mooc_agent_name",
        List.of("agent_hash", "name_hash", "name", "first_seq"), List.of("agent_hash", "name_hash"));
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (NameRow row : rows.values()) {
        ps.setBytes(1, row.agentHash);
        ps.setBytes(2, row.nameHash);
        ps.setString(3, row.name);
        ps.setLong(4, row.firstSeq);
        if (Sql.bindsKeysTwice(vendor)) {
          ps.setBytes(5, row.agentHash);
          ps.setBytes(6, row.nameHash);
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A row of {@code mooc_agent_name}. */
  private static final class NameRow {
    private final byte[] agentHash;
    private final byte[] nameHash;
    private final String name;
    private final long firstSeq;
    private final String known;

    NameRow(byte[] agentHash, byte[] nameHash, String name, long firstSeq, String known) {
      this.agentHash = agentHash;
      this.nameHash = nameHash;
      this.name = name;
      this.firstSeq = firstSeq;
      this.known = known;
    }
  }

  private void insertAttachments(Connection c, Map<String, byte[]> attachments)
      throws SQLException {
    if (attachments.isEmpty()) {
      return;
    }
    SortedMap<String, byte[]> sorted = new TreeMap<>();
    attachments.forEach((sha2, content) -> sorted.put(sha2.toLowerCase(Locale.ROOT), content));
    String insert = Sql.insertIfAbsent(vendor, "mooc_attachment",
        List.of("sha2", "content"), List.of("sha2"));
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (Map.Entry<String, byte[]> entry : sorted.entrySet()) {
        ps.setString(1, entry.getKey());
        ps.setBytes(2, entry.getValue());
        if (Sql.bindsKeysTwice(vendor)) {
          ps.setString(3, entry.getKey());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  // ------------------------------------------------------------------ reading

  @Override
  public Optional<Statement> find(UUID id) {
    return lookup(id, false);
  }

  @Override
  public Optional<Statement> findVoided(UUID id) {
    return lookup(id, true);
  }

  private Optional<Statement> lookup(UUID id, boolean voided) {
    Objects.requireNonNull(id, "id");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT body FROM mooc_statement WHERE id = ? AND voided = ?")) {
      ps.setObject(1, id);
      ps.setBoolean(2, voided);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(StatementJson.read(rs.getBytes(1))) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.storeException("read a statement", e);
    }
  }

  @Override
  public StatementPage query(StatementQuery query) {
    Objects.requireNonNull(query, "query");
    List<Key> required = new ArrayList<>();
    StatementIndexKey.of(query).forEach(k -> required.add(key(k)));
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    if (required.isEmpty()) {
      page(sql, params, query, null, List.of());
    } else {
      // The first key drives the scan in index order; the others are probed by primary key.
      Key first = required.get(0);
      List<Key> others = required.subList(1, required.size());
      int direct = direct(first.kind());
      if (direct == first.kind()) {
        page(sql, params, query, first, others);
      } else {
        // A related filter: the pages of the direct rows and of the related rows, each read in
        // order from the index, merged. No statement has rows of both (the storage rule).
        sql.append('(');
        page(sql, params, query, new Key(direct, first.bytes()), others);
        sql.append(") UNION ALL (");
        page(sql, params, query, first, others);
        String direction = query.ascending() ? " ASC" : " DESC";
        sql.append(") ORDER BY stored").append(direction).append(", seq").append(direction)
            .append(" LIMIT ?");
        params.add(query.limit() + 1);
      }
    }
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        Object p = params.get(i);
        if (p instanceof Instant instant) {
          Timestamps.bind(ps, i + 1, instant);
        } else {
          ps.setObject(i + 1, p);
        }
      }
      List<Statement> statements = new ArrayList<>();
      @Nullable StatementCursor last = null;
      boolean more = false;
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          if (statements.size() == query.limit()) {
            more = true;
            break;
          }
          statements.add(StatementJson.read(rs.getBytes(3)));
          last = new StatementCursor(Timestamps.read(rs, "stored"), rs.getLong(1));
        }
      }
      return new StatementPage(statements, more ? Optional.ofNullable(last) : Optional.empty());
    } catch (SQLException e) {
      throw SqlErrors.storeException("query statements", e);
    }
  }

  /**
   * Appends the query of a page: the statements having the row {@code driver} (or every
   * statement without one) that match {@code others} and the time and cursor conditions, in the
   * requested order, at most {@code limit + 1}. A related key of {@code others} matches a row of
   * its kind or of its direct kind.
   */
  private void page(StringBuilder sql, List<Object> params, StatementQuery query,
      @Nullable Key driver, List<Key> others) {
    String order;
    if (driver == null) {
      order = "s";
      sql.append("SELECT s.seq, s.stored, s.body FROM mooc_statement s WHERE s.voided = FALSE");
    } else {
      order = "k";
      sql.append("SELECT s.seq, s.stored, s.body FROM mooc_statement_key k")
          .append(" JOIN mooc_statement s ON s.seq = k.seq")
          .append(" WHERE k.kind = ? AND k.key_hash = ? AND s.voided = FALSE");
      params.add(driver.kind());
      params.add(driver.bytes());
      for (Key other : others) {
        int direct = direct(other.kind());
        sql.append(" AND EXISTS (SELECT 1 FROM mooc_statement_key o WHERE ")
            .append(direct == other.kind() ? "o.kind = ?" : "o.kind IN (?, ?)")
            .append(" AND o.key_hash = ? AND o.stored = k.stored AND o.seq = k.seq)");
        if (direct != other.kind()) {
          params.add(direct);
        }
        params.add(other.kind());
        params.add(other.bytes());
      }
    }
    query.since().ifPresent(since -> {
      sql.append(" AND ").append(order).append(".stored > ?");
      params.add(since);
    });
    query.until().ifPresent(until -> {
      sql.append(" AND ").append(order).append(".stored <= ?");
      params.add(until);
    });
    boolean ascending = query.ascending();
    query.cursor().ifPresent(cursor -> {
      String cmp = ascending ? ">" : "<";
      sql.append(" AND ").append(order).append(".stored ").append(cmp).append("= ?")
          .append(" AND (").append(order).append(".stored ").append(cmp).append(" ? OR ")
          .append(order).append(".seq ").append(cmp).append(" ?)");
      params.add(cursor.stored());
      params.add(cursor.stored());
      params.add(cursor.sequence());
    });
    String direction = ascending ? "ASC" : "DESC";
    sql.append(" ORDER BY ");
    if (order.equals("k") && vendor == JdbcDatabase.Vendor.H2) {
      // Constant columns, but H2 reads the index in order (and stops at the limit) only when the
      // ORDER BY starts with the index's leading columns; otherwise it sorts every match.
      sql.append("k.kind ").append(direction).append(", k.key_hash ").append(direction).append(", ");
    }
    sql.append(order).append(".stored ").append(direction).append(", ")
        .append(order).append(".seq ").append(direction).append(" LIMIT ?");
    params.add(query.limit() + 1);
  }

  @Override
  public Optional<Activity> activity(Iri id) {
    Objects.requireNonNull(id, "id");
    try (Connection c = database.dataSource().getConnection()) {
      String hash = HEX.formatHex(Hashes.sha256(id.value()));
      return Optional.ofNullable(readDefinitions(c, List.of(hash)).get(hash))
          .map(json -> new Activity(id, json.flatMap(StatementJson::readDefinition)));
    } catch (SQLException e) {
      throw SqlErrors.storeException("read an activity", e);
    }
  }

  @Override
  public Person person(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    Set<String> names = new LinkedHashSet<>();
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT name FROM mooc_agent_name"
            + " WHERE agent_hash = ? ORDER BY first_seq, name")) {
      ps.setBytes(1, Hashes.key(StatementIndexKey.ifiKey(agent.ifi())));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.storeException("read an agent", e);
    }
    agent.name().ifPresent(names::add);
    Person single = Person.of(Agent.of(agent.ifi()));
    return new Person(List.copyOf(names), single.mbox(), single.mboxSha1Sum(), single.openid(),
        single.account());
  }

  @Override
  public Optional<byte[]> attachment(String sha2) {
    Objects.requireNonNull(sha2, "sha2");
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT content FROM mooc_attachment WHERE sha2 = ?")) {
      ps.setString(1, sha2.toLowerCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw SqlErrors.storeException("read an attachment", e);
    }
  }

  @Override
  public Instant consistentThrough() {
    return clock.instant().minus(writeWindow);
  }

  // ------------------------------------------------------------------ helpers

  private static void checkBatch(List<Statement> statements) {
    Set<UUID> ids = new HashSet<>();
    for (Statement statement : statements) {
      Objects.requireNonNull(statement, "statement");
      UUID id = statement.id().orElseThrow(() ->
          new IllegalArgumentException("a statement to store needs an id: " + statement));
      if (statement.stored().isEmpty()) {
        throw new IllegalArgumentException("a statement to store needs stored: " + statement);
      }
      if (!ids.add(id)) {
        throw new IllegalArgumentException("the batch holds id " + id + " twice");
      }
    }
  }

  /** Unique violations (a concurrent insert of the same id or key), deadlocks, serialization. */
  private static boolean isRetryable(SQLException e) {
    for (SQLException next = e; next != null; next = next.getNextException()) {
      String state = next.getSQLState();
      if (state != null && (state.equals("23505") || state.equals("40001")
          || state.equals("40P01") || state.equals("HYT00") || state.equals("90131"))) {
        return true;
      }
    }
    return SqlErrors.isUniqueViolation(e);
  }

  @Override
  public String toString() {
    return "JdbcStatementStore[" + database + "]";
  }

  /** {@code key} as stored: its kind and the hash of its text (remembered: texts recur). */
  private Key key(StatementIndexKey key) {
    byte[] hash = keyHashes.get(key.value());
    if (hash == null) {
      hash = Hashes.key(key.value());
      if (keyHashes.size() >= KNOWN_KEY_HASHES) {
        keyHashes.clear();
      }
      keyHashes.put(key.value(), hash);
    }
    return new Key(code(key.kind()), hash);
  }

  /** A filter key as stored: its kind and its hash. */
  private static final class Key {
    private final int kind;
    private final byte[] bytes;
    private final int hash;

    private Key(int kind, byte[] bytes) {
      this.kind = kind;
      this.bytes = bytes;
      this.hash = 31 * kind + Arrays.hashCode(bytes);
    }

    int kind() {
      return kind;
    }

    /** The hash, shared: never modified. */
    byte[] bytes() {
      return bytes;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other && other.kind == kind && Arrays.equals(other.bytes, bytes);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public String toString() {
      return kind + ":" + HEX.formatHex(bytes);
    }
  }

  /** The code of the direct kind of key kind {@code kind}: itself unless a related kind. */
  private static int direct(int kind) {
    if (kind == code(StatementIndexKey.Kind.RELATED_AGENT)) {
      return code(StatementIndexKey.Kind.AGENT);
    }
    return kind == code(StatementIndexKey.Kind.RELATED_ACTIVITY)
        ? code(StatementIndexKey.Kind.ACTIVITY) : kind;
  }

  /** The code of the related kind of key kind {@code kind}: itself unless a direct kind. */
  private static int related(int kind) {
    if (kind == code(StatementIndexKey.Kind.AGENT)) {
      return code(StatementIndexKey.Kind.RELATED_AGENT);
    }
    return kind == code(StatementIndexKey.Kind.ACTIVITY)
        ? code(StatementIndexKey.Kind.RELATED_ACTIVITY) : kind;
  }

  /** The stored code of a key kind (column {@code mooc_statement_key.kind}; never change one). */
  private static int code(StatementIndexKey.Kind kind) {
    return switch (kind) {
      case VERB -> 1;
      case AGENT -> 2;
      case RELATED_AGENT -> 3;
      case ACTIVITY -> 4;
      case RELATED_ACTIVITY -> 5;
      case REGISTRATION -> 6;
      case AUTHORITY -> 7;
    };
  }
}
