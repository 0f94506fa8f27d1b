package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.StatementCursor;
import org.moocinterop.api.spi.StatementPage;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.spi.StatementWrite;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.ContextActivities;
import org.moocinterop.api.statement.LanguageMap;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.api.testkit.MutableClock;
import org.moocinterop.api.testkit.StatementStoreContract;

/** The statement contract plus what only a shared database adds, run once per vendor. */
abstract class JdbcStatementStoreTestBase extends StatementStoreContract {

  private JdbcDatabase database;

  abstract TestDatabases databases();

  @Override
  protected StatementStore createStore(MutableClock clock) {
    database = databases().open();
    return new JdbcStatementStore(database, clock);
  }

  @Test
  void nodesSharingTheDatabaseSeeEachOthersStatements() {
    StatementStore other = new JdbcStatementStore(databases().open(), clock);
    Statement s = statement();
    store().store(List.of(s));
    assertThat(other.find(s.id().orElseThrow())).contains(s);
    assertThat(other.query(StatementQuery.builder().agent(ADA).build()).statements()).containsExactly(s);
  }

  @Test
  void aLargeBatchIsStoredInOneTransaction() {
    List<Statement> batch = new java.util.ArrayList<>();
    for (int i = 0; i < 1200; i++) {
      batch.add(statement());
    }
    assertThat(store().store(batch).stored()).isTrue();
    assertThat(queryAll(StatementQuery.builder().verb(batch.get(0).verb().id()))).hasSize(1000);
  }

  /**
   * Writers on several threads (nodes) store batches that share activities and agents, in
   * opposite orders, each batch changing the shared definitions: every batch must be stored (no
   * deadlock or lock timeout escapes the store), every statement exactly once, and no definition
   * update may be lost.
   */
  @Test
  void concurrentBatchesSharingActivitiesAndAgentsAreEachStoredOnce() throws Exception {
    int threads = 4;
    int batches = 12;
    int size = 20;
    List<String> languages = List.of("en-US", "fr-FR", "de-DE", "es-ES");
    List<Activity> units = new ArrayList<>();
    for (int u = 0; u < 6; u++) {
      units.add(Activity.of("https://mooc.example.org/shared/unit-" + u));
    }
    Activity program = Activity.of(Iri.of("https://mooc.example.org/shared/program"),
        ActivityDefinition.builder().name(LanguageMap.of("en", "Program")).build());
    List<Agent> learners = new ArrayList<>();
    for (int a = 0; a < 6; a++) {
      learners.add(Agent.of("Learner " + a, Mbox.of("mailto:shared-" + a + "@example.org")));
    }
    List<List<List<Statement>>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<List<Statement>> mine = new ArrayList<>();
      for (int b = 0; b < batches; b++) {
        List<Statement> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          Activity unit = units.get(i % units.size());
          ActivityDefinition definition = ActivityDefinition.builder()
              .name(LanguageMap.of(languages.get(t), "Unit " + (i % units.size())))
              .description(LanguageMap.of(languages.get(t), "batch " + b)).build();
          batch.add(statement(learners.get((i + t) % learners.size()), Verb.ATTEMPTED,
              Activity.of(unit.id(), definition))
              .context(Context.builder().contextActivities(
                  ContextActivities.empty().withGrouping(List.of(program))).build())
              .build());
        }
        if (t % 2 == 1) {
          Collections.reverse(batch);
        }
        mine.add(batch);
      }
      work.add(mine);
    }

    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (List<List<Statement>> mine : work) {
        results.add(pool.submit(() -> {
          start.await();
          int stored = 0;
          for (List<Statement> batch : mine) {
            StatementWrite write = store().store(batch);
            assertThat(write.stored()).isTrue();
            stored += ((StatementWrite.Stored) write).written().size();
          }
          return stored;
        }));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertThat(result.get(5, TimeUnit.MINUTES)).isEqualTo(batches * size);
      }
    } finally {
      pool.shutdownNow();
    }

    Set<UUID> expected = new HashSet<>();
    work.forEach(mine -> mine.forEach(batch -> batch.forEach(s -> expected.add(s.id().orElseThrow()))));
    List<Statement> all = queryAll(StatementQuery.builder());
    assertThat(all).hasSize(threads * batches * size);
    assertThat(all).extracting(s -> s.id().orElseThrow()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(queryAll(StatementQuery.builder().activity(program.id()).relatedActivities(true)))
        .hasSize(threads * batches * size);
    for (Activity unit : units) {
      ActivityDefinition definition = store().activity(unit.id()).orElseThrow().definition()
          .orElseThrow();
      for (int t = 0; t < threads; t++) {
        assertThat(definition.description().orElseThrow().asMap())
            .as("description of %s by writer %d", unit.id(), t)
            .containsEntry(languages.get(t), "batch " + (batches - 1));
      }
      assertThat(definition.name().orElseThrow().asMap()).hasSize(threads);
    }
    assertThat(store().activity(program.id())).contains(program);
    for (Agent learner : learners) {
      assertThat(store().person(learner).name()).containsExactly(learner.name().orElseThrow());
    }
  }

  /** Ada on the quiz and also instructing, with the quiz its parent: direct and related. */
  private Statement directAndRelated() {
    return statement(ADA, Verb.PASSED, QUIZ).context(Context.builder().instructor(ADA)
        .contextActivities(ContextActivities.empty().withParent(List.of(QUIZ))).build()).build();
  }

  /** Ben on the course, Ada instructing and the quiz its grouping: related only. */
  private Statement relatedOnly() {
    return statement(BEN, Verb.PASSED, COURSE).context(Context.builder().instructor(ADA)
        .contextActivities(ContextActivities.empty().withGrouping(List.of(QUIZ))).build()).build();
  }

  private StatementQuery.Builder relatedToAda() {
    return StatementQuery.builder().agent(ADA).relatedAgents(true);
  }

  private StatementQuery.Builder relatedToQuiz() {
    return StatementQuery.builder().activity(QUIZ.id()).relatedActivities(true);
  }

  @Test
  void aRelatedFilterReturnsAStatementOnceThoughItIsAlsoADirectMatch() throws SQLException {
    Statement both = directAndRelated();
    Statement related = relatedOnly();
    Statement direct = statement(ADA, Verb.PASSED, QUIZ).build();
    store().store(List.of(both, related, direct));
    assertThat(queryAll(relatedToAda())).containsExactly(direct, related, both);
    assertThat(queryAll(relatedToQuiz())).containsExactly(direct, related, both);
    assertThat(queryAll(relatedToAda().activity(QUIZ.id()).relatedActivities(true)))
        .containsExactly(direct, related, both);
    assertThat(queryAll(relatedToQuiz().verb(Verb.PASSED.id()).ascending(true)))
        .containsExactly(both, related, direct);
    assertThat(queryAll(StatementQuery.builder().agent(ADA))).containsExactly(direct, both);
    assertThat(JdbcDatabaseTestBase.redundantKeyRows(database)).isZero();
  }

  /**
   * A stored statement targeting one not yet stored inherits its keys when it arrives: a key it
   * had as related only and now inherits as direct leaves one row, in every order of arrival.
   */
  @Test
  void aReferrerInheritingAsDirectAKeyItHadAsRelatedIsReturnedOnce() throws SQLException {
    for (int order = 0; order < 3; order++) {
      Statement target = statement(ADA, Verb.PASSED, QUIZ).build();
      Statement referrer = statement(BEN, Verb.of("https://x.example/confirmed"),
          StatementRef.of(target.id().orElseThrow())).context(Context.builder().instructor(ADA)
              .contextActivities(ContextActivities.empty().withParent(List.of(QUIZ))).build())
          .build();
      switch (order) {
        case 0 -> {
          store().store(List.of(referrer));
          store().store(List.of(target));
        }
        case 1 -> {
          store().store(List.of(target));
          store().store(List.of(referrer));
        }
        default -> store().store(List.of(referrer, target));
      }
      // Only this round's statements: the referrer was stamped after the target.
      Instant since = target.stored().orElseThrow().minusMillis(1);
      assertThat(queryAll(relatedToAda().verb(Verb.PASSED.id()).since(since)))
          .as("order %d", order).containsExactly(referrer, target);
      assertThat(queryAll(relatedToQuiz().verb(Verb.PASSED.id()).since(since)))
          .as("order %d", order).containsExactly(referrer, target);
      assertThat(queryAll(StatementQuery.builder().agent(ADA).verb(Verb.PASSED.id()).since(since)))
          .as("order %d", order).containsExactly(referrer, target);
      assertThat(JdbcDatabaseTestBase.redundantKeyRows(database)).as("order %d", order).isZero();
    }
  }

  /** The reverse: a referrer inheriting as related a key it has as direct gets no related row. */
  @Test
  void aReferrerInheritingAsRelatedAKeyItHasAsDirectIsReturnedOnce() throws SQLException {
    for (boolean referrerFirst : new boolean[] {true, false}) {
      Statement target = relatedOnly();
      Statement referrer = statement(ADA, Verb.of("https://x.example/confirmed"),
          StatementRef.of(target.id().orElseThrow())).build();
      if (referrerFirst) {
        store().store(List.of(referrer));
        store().store(List.of(target));
      } else {
        store().store(List.of(target));
        store().store(List.of(referrer));
      }
      assertThat(queryAll(relatedToAda().verb(Verb.PASSED.id()).since(
          target.stored().orElseThrow().minusMillis(1))))
          .containsExactly(referrer, target);
      assertThat(queryAll(StatementQuery.builder().agent(ADA).verb(Verb.PASSED.id())))
          .contains(referrer).doesNotContain(target);
      assertThat(JdbcDatabaseTestBase.redundantKeyRows(database)).isZero();
    }
  }

  /**
   * Pages of a related filter, direct, related-only and both kinds of matches mixed and some
   * stored at the same instant, walked with the {@code more} token both ways (also with a second
   * filter and a time window): every match once, in order.
   */
  @Test
  void pagingWithMoreOverARelatedFilterReturnsEveryMatchOnceInOrder() {
    List<Statement> all = new ArrayList<>();
    Instant start = clock.instant();
    for (int i = 0; i < 24; i++) {
      Statement s = switch (i % 4) {
        case 0 -> statement(ADA, Verb.PASSED, QUIZ).build();
        case 1 -> relatedOnly();
        case 2 -> directAndRelated();
        default -> statement(BEN, Verb.PASSED, COURSE).build();
      };
      Verb verb = i % 3 == 0 ? Verb.FAILED : Verb.PASSED;
      // Two statements at each instant: ties are ordered by the store order.
      all.add(s.toBuilder().verb(verb).stored(start.plusMillis(1 + i / 2)).build());
    }
    store().store(all);
    Instant from = start.plusMillis(3);
    Instant to = start.plusMillis(9);
    for (StatementQuery.Builder filter : List.of(relatedToAda(), relatedToQuiz(),
        relatedToAda().verb(Verb.PASSED.id()), relatedToQuiz().agent(ADA).relatedAgents(true),
        relatedToAda().since(from).until(to))) {
      StatementQuery query = filter.build();
      List<Statement> expected = new ArrayList<>();
      for (int i = 0; i < all.size(); i++) {
        Instant stored = all.get(i).stored().orElseThrow();
        boolean inWindow = query.since().map(stored::isAfter).orElse(true)
            && query.until().map(u -> !stored.isAfter(u)).orElse(true);
        if (i % 4 != 3 && inWindow && (query.verb().isEmpty() || i % 3 != 0)) {
          expected.add(all.get(i));
        }
      }
      for (boolean ascending : new boolean[] {true, false}) {
        List<Statement> walked = new ArrayList<>();
        StatementQuery page = filter.limit(4).ascending(ascending).build();
        while (true) {
          StatementPage result = store().query(page);
          assertThat(result.statements()).hasSizeLessThanOrEqualTo(4);
          walked.addAll(result.statements());
          if (result.next().isEmpty()) {
            break;
          }
          page = page.after(StatementCursor.parse(result.next().get().encode()));
        }
        List<Statement> inOrder = new ArrayList<>(expected);
        if (!ascending) {
          Collections.reverse(inOrder);
        }
        assertThat(walked).as("%s ascending %s", query, ascending)
            .containsExactlyElementsOf(inOrder);
      }
    }
  }

  @Test
  void aClosedDatabaseGivesAStoreException() {
    database.close();
    assertThatThrownBy(() -> store().store(List.of(statement())))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("could not store statements");
    assertThatThrownBy(() -> store().query(StatementQuery.builder().build()))
        .isInstanceOf(StoreException.class);
  }
}
