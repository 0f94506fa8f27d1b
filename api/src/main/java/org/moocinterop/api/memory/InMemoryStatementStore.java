package org.moocinterop.api.memory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jspecify.annotations.Nullable;
import org.moocinterop.api.Iri;
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

/**
 * A {@link StatementStore} on the heap: a batch is checked and applied under one write lock, so
 * it is atomic within the JVM; queries scan the statements in {@code stored} order. For tests and
 * single-node demos; lost on restart.
 *
 * <p>Thread-safe.
 */
public final class InMemoryStatementStore implements StatementStore {

  /** The write window of {@link #consistentThrough()} unless one is given. */
  public static final Duration DEFAULT_WRITE_WINDOW = Duration.ofSeconds(1);

  private static final Comparator<StatementCursor> ORDER =
      Comparator.comparing(StatementCursor::stored).thenComparingLong(StatementCursor::sequence);

  private final Clock clock;
  private final Duration writeWindow;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<UUID, Entry> byId = new HashMap<>();
  private final NavigableMap<StatementCursor, Entry> byOrder = new TreeMap<>(ORDER);
  private final Map<UUID, Set<UUID>> targetedBy = new HashMap<>();
  private final Map<Iri, Optional<ActivityDefinition>> activities = new HashMap<>();
  private final Map<String, Set<String>> names = new HashMap<>();
  private final Map<String, byte[]> payloads = new HashMap<>();
  private long sequence;

  /**
   * A store whose {@link #consistentThrough()} is {@code writeWindow} before the time of
   * {@code clock}.
   */
  public InMemoryStatementStore(Clock clock, Duration writeWindow) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.writeWindow = Objects.requireNonNull(writeWindow, "writeWindow");
    if (writeWindow.isNegative()) {
      throw new IllegalArgumentException("writeWindow must not be negative");
    }
  }

  /** A store on {@code clock} with the {@link #DEFAULT_WRITE_WINDOW}. */
  public InMemoryStatementStore(Clock clock) {
    this(clock, DEFAULT_WRITE_WINDOW);
  }

  /** A store on the system UTC clock. */
  public InMemoryStatementStore() {
    this(Clock.systemUTC());
  }

  @Override
  public StatementWrite store(List<Statement> statements, Map<String, byte[]> attachments) {
    Objects.requireNonNull(statements, "statements");
    Objects.requireNonNull(attachments, "attachments");
    checkBatch(statements);
    lock.writeLock().lock();
    try {
      List<StatementConflict> conflicts = new ArrayList<>();
      List<Statement> alreadyStored = new ArrayList<>();
      List<Statement> fresh = new ArrayList<>();
      for (Statement statement : statements) {
        Entry existing = byId.get(statement.id().orElseThrow());
        if (existing == null) {
          fresh.add(statement);
        } else if (existing.statement.isSameStatementAs(statement)) {
          alreadyStored.add(existing.statement);
        } else {
          conflicts.add(new StatementConflict(statement, existing.statement));
        }
      }
      if (!conflicts.isEmpty()) {
        return new StatementWrite.Conflicted(conflicts);
      }
      attachments.forEach((sha2, bytes) ->
          payloads.putIfAbsent(sha2.toLowerCase(Locale.ROOT), bytes.clone()));
      List<UUID> written = new ArrayList<>();
      for (Statement statement : fresh) {
        write(statement);
        written.add(statement.id().orElseThrow());
      }
      for (Statement statement : fresh) {
        if (statement.isVoiding()) {
          Entry target = byId.get(((StatementRef) statement.object()).id());
          if (target != null && !target.statement.isVoiding()) {
            target.voided = true;
          }
        }
      }
      return new StatementWrite.Stored(written, alreadyStored);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void write(Statement statement) {
    UUID id = statement.id().orElseThrow();
    StatementCursor position = new StatementCursor(statement.stored().orElseThrow(), ++sequence);
    Set<StatementIndexKey> keys = new HashSet<>(StatementIndexKey.of(statement));
    if (statement.object() instanceof StatementRef ref) {
      Entry target = byId.get(ref.id());
      if (target != null) {
        keys.addAll(StatementIndexKey.inheritable(target.keys));
      }
      targetedBy.computeIfAbsent(ref.id(), k -> new HashSet<>()).add(id);
    }
    Entry entry = new Entry(statement, position, keys);
    byId.put(id, entry);
    byOrder.put(position, entry);
    propagate(entry);
    for (Activity activity : StatementIndexKey.activitiesOf(statement)) {
      activities.merge(activity.id(), activity.definition(), (older, newer) ->
          newer.isEmpty() ? older
              : Optional.of(older.map(o -> ActivityDefinitions.merge(o, newer.get()))
                  .orElse(newer.get())));
    }
    for (Agent agent : StatementIndexKey.agentsOf(statement)) {
      agent.name().ifPresent(name -> names
          .computeIfAbsent(StatementIndexKey.ifiKey(agent.ifi()), k -> new LinkedHashSet<>())
          .add(name));
    }
  }

  /** Gives the keys of {@code entry} to the statements stored earlier that target it. */
  private void propagate(Entry entry) {
    Deque<Entry> pending = new ArrayDeque<>(List.of(entry));
    Set<UUID> seen = new HashSet<>();
    while (!pending.isEmpty()) {
      Entry target = pending.pop();
      UUID targetId = target.statement.id().orElseThrow();
      if (!seen.add(targetId)) {
        continue;
      }
      for (UUID referrerId : targetedBy.getOrDefault(targetId, Set.of())) {
        Entry referrer = byId.get(referrerId);
        if (referrer != null && referrer.keys.addAll(StatementIndexKey.inheritable(target.keys))) {
          pending.push(referrer);
        }
      }
    }
  }

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
    lock.readLock().lock();
    try {
      Entry entry = byId.get(id);
      return entry != null && entry.voided == voided
          ? Optional.of(entry.statement) : Optional.empty();
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public StatementPage query(StatementQuery query) {
    Objects.requireNonNull(query, "query");
    List<StatementIndexKey> required = StatementIndexKey.of(query);
    lock.readLock().lock();
    try {
      NavigableMap<StatementCursor, Entry> range = byOrder;
      if (query.cursor().isPresent()) {
        range = query.ascending()
            ? range.tailMap(query.cursor().get(), false)
            : range.headMap(query.cursor().get(), false);
      }
      Iterable<Entry> entries = query.ascending() ? range.values() : range.descendingMap().values();
      List<Statement> page = new ArrayList<>();
      @Nullable StatementCursor last = null;
      for (Entry entry : entries) {
        Instant stored = entry.position.stored();
        if ((query.since().isPresent() && !stored.isAfter(query.since().get()))
            || (query.until().isPresent() && stored.isAfter(query.until().get()))
            || entry.voided || !entry.keys.containsAll(required)) {
          continue;
        }
        if (page.size() == query.limit()) {
          return new StatementPage(page, Optional.ofNullable(last));
        }
        page.add(entry.statement);
        last = entry.position;
      }
      return new StatementPage(page, Optional.empty());
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Optional<Activity> activity(Iri id) {
    Objects.requireNonNull(id, "id");
    lock.readLock().lock();
    try {
      Optional<ActivityDefinition> definition = activities.get(id);
      if (definition == null) {
        return Optional.empty();
      }
      return Optional.of(new Activity(id, definition));
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Person person(Agent agent) {
    Objects.requireNonNull(agent, "agent");
    Set<String> known = new LinkedHashSet<>();
    lock.readLock().lock();
    try {
      known.addAll(names.getOrDefault(StatementIndexKey.ifiKey(agent.ifi()), Set.of()));
    } finally {
      lock.readLock().unlock();
    }
    agent.name().ifPresent(known::add);
    Person single = Person.of(Agent.of(agent.ifi()));
    return new Person(List.copyOf(known), single.mbox(), single.mboxSha1Sum(), single.openid(),
        single.account());
  }

  @Override
  public Optional<byte[]> attachment(String sha2) {
    Objects.requireNonNull(sha2, "sha2");
    lock.readLock().lock();
    try {
      return Optional.ofNullable(payloads.get(sha2.toLowerCase(Locale.ROOT))).map(byte[]::clone);
    } finally {
      lock.readLock().unlock();
    }
  }

  @Override
  public Instant consistentThrough() {
    return clock.instant().minus(writeWindow);
  }

  static void checkBatch(List<Statement> statements) {
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

  @Override
  public String toString() {
    lock.readLock().lock();
    try {
      return "InMemoryStatementStore[" + byId.size() + " statements]";
    } finally {
      lock.readLock().unlock();
    }
  }

  private static final class Entry {
    final Statement statement;
    final StatementCursor position;
    final Set<StatementIndexKey> keys;
    boolean voided;

    Entry(Statement statement, StatementCursor position, Set<StatementIndexKey> keys) {
      this.statement = statement;
      this.position = position;
      this.keys = keys;
    }
  }
}
