package org.moocinterop.api.testkit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.Iri;
import org.moocinterop.api.json.JsonNumber;
import org.moocinterop.api.spi.StatementConflict;
import org.moocinterop.api.spi.StatementCursor;
import org.moocinterop.api.spi.StatementPage;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.spi.StatementWrite;
import org.moocinterop.api.statement.Account;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.ActivityDefinition;
import org.moocinterop.api.statement.ActivityType;
import org.moocinterop.api.statement.Actor;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Attachment;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.ContextActivities;
import org.moocinterop.api.statement.ContextAgent;
import org.moocinterop.api.statement.ContextGroup;
import org.moocinterop.api.statement.Extensions;
import org.moocinterop.api.statement.Group;
import org.moocinterop.api.statement.LanguageMap;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.MboxSha1Sum;
import org.moocinterop.api.statement.Person;
import org.moocinterop.api.statement.Result;
import org.moocinterop.api.statement.Score;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.StatementObject;
import org.moocinterop.api.statement.StatementRef;
import org.moocinterop.api.statement.SubStatement;
import org.moocinterop.api.statement.Verb;
import org.moocinterop.api.statement.XapiDuration;

/**
 * The contract of {@link StatementStore}. An implementation's test extends this class and supplies
 * a fresh, empty store whose {@code consistentThrough} reads the given clock. Statements get
 * {@code stored} instants from the clock, one millisecond apart.
 */
public abstract class StatementStoreContract {

  protected static final Agent ADA = Agent.of("Ada", Mbox.of("mailto:ada@example.org"));
  protected static final Agent BEN = Agent.of("Ben", Account.of("https://lms.example.org", "ben"));
  protected static final Agent CAROL = Agent.of(MboxSha1Sum.of("a".repeat(40)));
  protected static final Agent LRS = Agent.of("LRS", Account.of("https://lrs.example.org", "lrs"));
  protected static final Activity QUIZ = Activity.of("https://mooc.example.org/quiz-1");
  protected static final Activity COURSE = Activity.of("https://mooc.example.org/course");

  protected final MutableClock clock = MutableClock.atSomeInstant();
  private StatementStore store;

  /** A new, empty store on {@code clock}. */
  protected abstract StatementStore createStore(MutableClock clock);

  @BeforeEach
  void setUpStore() {
    store = createStore(clock);
  }

  // ---- fixtures

  /** A statement ready to store: a new id, {@code stored} one millisecond after the last one. */
  protected Statement.Builder statement(Actor actor, Verb verb, StatementObject object) {
    clock.advance(Duration.ofMillis(1));
    return Statement.builder().id(UUID.randomUUID()).actor(actor).verb(verb).object(object)
        .stored(clock.instant()).authority(LRS).version("2.0.0");
  }

  protected Statement statement() {
    return statement(ADA, Verb.ATTEMPTED, QUIZ).build();
  }

  protected Statement voiding(Statement target) {
    return statement(LRS, Verb.VOIDED, StatementRef.of(target.id().orElseThrow())).build();
  }

  private List<Statement> storeAll(Statement... statements) {
    for (Statement s : statements) {
      assertThat(store.store(List.of(s)).stored()).as("stored %s", s).isTrue();
    }
    return List.of(statements);
  }

  private List<Statement> query(StatementQuery.Builder query) {
    return store.query(query.limit(1000).build()).statements();
  }

  private List<Statement> byAgent(Actor agent, boolean related) {
    return query(StatementQuery.builder().agent(agent).relatedAgents(related));
  }

  // ---- storing

  @Test
  void aStoredStatementIsFoundExactlyAsGiven() {
    Statement rich = statement(Group.anonymous(List.of(ADA, BEN)), Verb.PASSED,
        Activity.of(Iri.of("https://mooc.example.org/quiz-2"), ActivityDefinition.builder()
            .name(LanguageMap.of("en-US", "Quiz 2", "fr", "Quiz 2 (fr)"))
            .type(ActivityType.ASSESSMENT).build()))
        .result(Result.builder()
            .score(Score.builder().scaled(0.85).raw(17).min(0).max(20).build())
            .success(true).completion(true).duration(XapiDuration.parse("PT12M30.5S"))
            .extensions(Extensions.of(Iri.of("https://mooc.example.org/ext/x"), JsonNumber.of("1.10")))
            .build())
        .context(Context.builder().registration(UUID.randomUUID()).instructor(CAROL)
            .platform("Example").language("en-US")
            .contextActivities(ContextActivities.empty().withParent(List.of(COURSE)))
            .contextAgents(List.of(ContextAgent.of(BEN, List.of(Iri.of("https://x.example/tutor")))))
            .build())
        .timestamp(Instant.parse("2026-01-15T09:59:58.123456789Z"))
        .attachments(List.of(Attachment.of(Iri.of("https://x.example/cert"),
            LanguageMap.of("en", "Certificate"), "application/pdf", 3, "ab".repeat(32))))
        .build();
    store.store(List.of(rich));
    assertThat(store.find(rich.id().orElseThrow())).contains(rich);
  }

  @Test
  void anUnknownIdFindsNothing() {
    assertThat(store.find(UUID.randomUUID())).isEmpty();
    assertThat(store.findVoided(UUID.randomUUID())).isEmpty();
  }

  @Test
  void aBatchIsStoredWhole() {
    List<Statement> batch = List.of(statement(), statement(), statement());
    StatementWrite write = store.store(batch);
    assertThat(write).isEqualTo(new StatementWrite.Stored(
        batch.stream().map(s -> s.id().orElseThrow()).toList(), List.of()));
    batch.forEach(s -> assertThat(store.find(s.id().orElseThrow())).contains(s));
  }

  @Test
  void aBatchWithOneConflictWritesNothing() {
    Statement existing = storeAll(statement()).get(0);
    Statement different = statement(BEN, Verb.ATTEMPTED, QUIZ).id(existing.id().orElseThrow()).build();
    Statement before = statement();
    Statement after = statement();
    byte[] payload = "pdf".getBytes(UTF_8);
    StatementWrite write = store.store(List.of(before, different, after), Map.of("ab12", payload));
    assertThat(write).isEqualTo(new StatementWrite.Conflicted(
        List.of(new StatementConflict(different, existing))));
    assertThat(store.find(before.id().orElseThrow())).isEmpty();
    assertThat(store.find(after.id().orElseThrow())).isEmpty();
    assertThat(store.find(existing.id().orElseThrow())).contains(existing);
    assertThat(store.attachment("ab12")).isEmpty();
    assertThat(query(StatementQuery.builder())).containsExactly(existing);
  }

  @Test
  void theSameStatementAgainIsReportedAndNotWrittenTwice() {
    Statement existing = storeAll(statement()).get(0);
    clock.advance(Duration.ofSeconds(1));
    Statement again = existing.toBuilder().stored(clock.instant()).authority(BEN).build();
    Statement fresh = statement();
    StatementWrite write = store.store(List.of(again, fresh));
    assertThat(write).isEqualTo(new StatementWrite.Stored(
        List.of(fresh.id().orElseThrow()), List.of(existing)));
    assertThat(store.find(existing.id().orElseThrow())).contains(existing);
    assertThat(query(StatementQuery.builder())).containsExactly(fresh, existing);
  }

  @Test
  void ofConcurrentBatchesClaimingOneIdExactlyOneStoresIt() throws Exception {
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 10; round++) {
        UUID id = UUID.randomUUID();
        List<Statement> candidates = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          candidates.add(statement(Agent.of(Mbox.of("mailto:w" + t + "@example.org")),
              Verb.ATTEMPTED, QUIZ).id(id).build());
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<StatementWrite>> results = new ArrayList<>();
        for (Statement candidate : candidates) {
          results.add(pool.submit(() -> {
            start.await();
            return store.store(List.of(candidate, statement()));
          }));
        }
        start.countDown();
        int stored = 0;
        for (Future<StatementWrite> result : results) {
          StatementWrite write = result.get(60, TimeUnit.SECONDS);
          stored += write.stored() ? 1 : 0;
        }
        assertThat(stored).as("winners of round %d", round).isEqualTo(1);
        assertThat(candidates).contains(store.find(id).orElseThrow());
      }
      assertThat(query(StatementQuery.builder())).hasSize(20);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBatchWithoutIdsOrStoredOrWithATwiceUsedIdIsAProgrammingError() {
    Statement s = statement();
    Statement noId = Statement.builder().actor(ADA).verb(Verb.ATTEMPTED).object(QUIZ)
        .stored(clock.instant()).build();
    Statement noStored = Statement.builder().id(UUID.randomUUID()).actor(ADA)
        .verb(Verb.ATTEMPTED).object(QUIZ).build();
    assertThatThrownBy(() -> store.store(List.of(s, s))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.store(List.of(noId))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.store(List.of(noStored)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.find(s.id().orElseThrow())).isEmpty();
  }

  // ---- voiding

  @Test
  void aVoidedStatementIsFoundOnlyAsVoided() {
    Statement target = storeAll(statement()).get(0);
    Statement voiding = storeAll(voiding(target)).get(0);
    UUID id = target.id().orElseThrow();
    assertThat(store.find(id)).isEmpty();
    assertThat(store.findVoided(id)).contains(target);
    assertThat(store.find(voiding.id().orElseThrow())).contains(voiding);
    assertThat(store.findVoided(voiding.id().orElseThrow())).isEmpty();
    assertThat(query(StatementQuery.builder())).containsExactly(voiding);
  }

  @Test
  void aVoidingStatementWhoseTargetIsMissingIsStored() {
    Statement voiding = voiding(statement());
    assertThat(store.store(List.of(voiding)).stored()).isTrue();
    assertThat(store.find(voiding.id().orElseThrow())).contains(voiding);
  }

  @Test
  void aVoidingStatementNeverVoidsAVoidingStatement() {
    Statement target = statement();
    Statement firstVoiding = voiding(target);
    storeAll(target, firstVoiding);
    Statement secondVoiding = voiding(firstVoiding);
    storeAll(secondVoiding);
    assertThat(store.find(firstVoiding.id().orElseThrow())).contains(firstVoiding);
    assertThat(store.findVoided(target.id().orElseThrow())).contains(target);
  }

  @Test
  void aStatementAndItsVoidingInOneBatch() {
    Statement target = statement();
    Statement voiding = voiding(target);
    store.store(List.of(target, voiding));
    assertThat(store.findVoided(target.id().orElseThrow())).contains(target);
    assertThat(query(StatementQuery.builder())).containsExactly(voiding);
  }

  // ---- filters

  @Test
  void agentFilterMatchesTheActorOrTheObjectAndGroupMembersByIdentifier() {
    Statement actor = statement(ADA, Verb.ATTEMPTED, QUIZ).build();
    Statement object = statement(BEN, Verb.ATTEMPTED, Agent.ofMbox("mailto:ada@EXAMPLE.org")).build();
    Statement member = statement(Group.anonymous(List.of(BEN, ADA.withName("Ada L."))),
        Verb.ATTEMPTED, QUIZ).build();
    Statement other = statement(BEN, Verb.ATTEMPTED, QUIZ).build();
    Statement authority = statement(BEN, Verb.ATTEMPTED, QUIZ).authority(ADA).build();
    storeAll(actor, object, member, other, authority);
    assertThat(byAgent(Agent.ofMbox("mailto:ada@example.org"), false))
        .containsExactly(member, object, actor);
  }

  @Test
  void agentFilterMatchesAnIdentifiedGroup() {
    Group team = Group.identified(Account.of("https://lms.example.org", "team-1"), List.of(BEN));
    Statement s = storeAll(statement(team, Verb.ATTEMPTED, QUIZ).build()).get(0);
    assertThat(byAgent(Group.identified(team.ifi().orElseThrow(), List.of()), false)).containsExactly(s);
    assertThat(byAgent(BEN, false)).containsExactly(s);
  }

  @Test
  void relatedAgentsAlsoMatchAuthorityContextAndSubStatement() {
    Statement authority = statement(BEN, Verb.ATTEMPTED, QUIZ).authority(ADA).build();
    Statement instructor = statement(BEN, Verb.ATTEMPTED, QUIZ)
        .context(Context.builder().instructor(ADA).build()).build();
    Statement team = statement(BEN, Verb.ATTEMPTED, QUIZ)
        .context(Context.builder().team(Group.anonymous(List.of(ADA))).build()).build();
    Statement contextAgent = statement(BEN, Verb.ATTEMPTED, QUIZ)
        .context(Context.builder().contextAgents(List.of(ContextAgent.of(ADA))).build()).build();
    Statement contextGroup = statement(BEN, Verb.ATTEMPTED, QUIZ)
        .context(Context.builder().contextGroups(
            List.of(ContextGroup.of(Group.anonymous(List.of(CAROL, ADA))))).build()).build();
    Statement subActor = statement(BEN, Verb.ATTEMPTED,
        SubStatement.builder().actor(ADA).verb(Verb.PASSED).object(QUIZ).build()).build();
    Statement subObject = statement(BEN, Verb.ATTEMPTED,
        SubStatement.builder().actor(CAROL).verb(Verb.ASKED).object(ADA).build()).build();
    Statement subInstructor = statement(BEN, Verb.ATTEMPTED,
        SubStatement.builder().actor(CAROL).verb(Verb.PASSED).object(QUIZ)
            .context(Context.builder().instructor(ADA).build()).build()).build();
    Statement unrelated = statement(BEN, Verb.ATTEMPTED, QUIZ).build();
    storeAll(authority, instructor, team, contextAgent, contextGroup, subActor, subObject,
        subInstructor, unrelated);
    assertThat(byAgent(ADA, false)).isEmpty();
    assertThat(byAgent(ADA, true)).containsExactly(subInstructor, subObject, subActor,
        contextGroup, contextAgent, team, instructor, authority);
  }

  @Test
  void verbFilterMatchesTheVerbId() {
    Statement passed = statement(ADA, Verb.PASSED, QUIZ).build();
    Statement failed = statement(ADA, Verb.FAILED, QUIZ).build();
    storeAll(passed, failed);
    assertThat(query(StatementQuery.builder().verb(Verb.PASSED.id()))).containsExactly(passed);
  }

  @Test
  void activityFilterMatchesTheObjectOnly() {
    Statement object = statement(ADA, Verb.PASSED, QUIZ).build();
    Statement parent = statement(ADA, Verb.PASSED, COURSE)
        .context(Context.builder().contextActivities(
            ContextActivities.empty().withParent(List.of(QUIZ))).build()).build();
    storeAll(object, parent);
    assertThat(query(StatementQuery.builder().activity(QUIZ.id()))).containsExactly(object);
  }

  @Test
  void relatedActivitiesAlsoMatchContextActivitiesAndSubStatement() {
    Statement object = statement(ADA, Verb.PASSED, QUIZ).build();
    Statement grouping = statement(ADA, Verb.PASSED, COURSE)
        .context(Context.builder().contextActivities(
            ContextActivities.empty().withGrouping(List.of(QUIZ))).build()).build();
    Statement category = statement(ADA, Verb.PASSED, COURSE)
        .context(Context.builder().contextActivities(
            ContextActivities.empty().withCategory(List.of(QUIZ))).build()).build();
    Statement other = statement(ADA, Verb.PASSED, COURSE)
        .context(Context.builder().contextActivities(
            ContextActivities.empty().withOther(List.of(QUIZ))).build()).build();
    Statement subObject = statement(ADA, Verb.PASSED,
        SubStatement.builder().actor(BEN).verb(Verb.PASSED).object(QUIZ).build()).build();
    Statement subParent = statement(ADA, Verb.PASSED,
        SubStatement.builder().actor(BEN).verb(Verb.PASSED).object(COURSE)
            .context(Context.builder().contextActivities(
                ContextActivities.empty().withParent(List.of(QUIZ))).build()).build()).build();
    Statement unrelated = statement(ADA, Verb.PASSED, COURSE).build();
    storeAll(object, grouping, category, other, subObject, subParent, unrelated);
    assertThat(query(StatementQuery.builder().activity(QUIZ.id()).relatedActivities(true)))
        .containsExactly(subParent, subObject, other, category, grouping, object);
  }

  @Test
  void registrationFilterMatchesTheContextRegistration() {
    UUID registration = UUID.randomUUID();
    Statement in = statement(ADA, Verb.PASSED, QUIZ)
        .context(Context.builder().registration(registration).build()).build();
    Statement out = statement(ADA, Verb.PASSED, QUIZ)
        .context(Context.builder().registration(UUID.randomUUID()).build()).build();
    storeAll(in, out, statement());
    assertThat(query(StatementQuery.builder().registration(registration))).containsExactly(in);
  }

  @Test
  void filtersCombine() {
    Statement match = statement(ADA, Verb.PASSED, QUIZ).build();
    storeAll(match, statement(BEN, Verb.PASSED, QUIZ).build(),
        statement(ADA, Verb.FAILED, QUIZ).build(), statement(ADA, Verb.PASSED, COURSE).build());
    assertThat(query(StatementQuery.builder().agent(ADA).verb(Verb.PASSED.id())
        .activity(QUIZ.id()))).containsExactly(match);
  }

  @Test
  void authorityFilterMatchesTheWholeAuthority() {
    Statement mine = statement(ADA, Verb.PASSED, QUIZ).authority(BEN).build();
    Statement oauth = statement(ADA, Verb.PASSED, QUIZ)
        .authority(Group.anonymous(List.of(BEN, CAROL))).build();
    storeAll(mine, oauth, statement());
    assertThat(query(StatementQuery.builder().authority(BEN))).containsExactly(mine);
    assertThat(query(StatementQuery.builder().authority(Group.anonymous(List.of(CAROL, BEN)))))
        .containsExactly(oauth);
  }

  @Test
  void aStatementTargetingAMatchingStatementMatchesRecursively() {
    Statement original = statement(BEN, Verb.PASSED, QUIZ).build();
    Statement confirms = statement(ADA, Verb.of("https://x.example/confirmed"),
        StatementRef.of(original.id().orElseThrow())).build();
    Statement likes = statement(CAROL, Verb.of("https://x.example/liked"),
        StatementRef.of(confirms.id().orElseThrow())).build();
    storeAll(original, confirms, likes, statement(BEN, Verb.FAILED, COURSE).build());
    assertThat(query(StatementQuery.builder().activity(QUIZ.id())))
        .containsExactly(likes, confirms, original);
    assertThat(query(StatementQuery.builder().agent(BEN).verb(Verb.PASSED.id())))
        .containsExactly(likes, confirms, original);
    assertThat(query(StatementQuery.builder().agent(ADA))).containsExactly(likes, confirms);
  }

  @Test
  void aVoidingStatementMatchesTheFiltersOfTheStatementItVoided() {
    Statement target = statement(BEN, Verb.PASSED, QUIZ).build();
    Statement voiding = voiding(target);
    storeAll(target, voiding);
    assertThat(byAgent(BEN, false)).containsExactly(voiding);
    assertThat(query(StatementQuery.builder().verb(Verb.PASSED.id()))).containsExactly(voiding);
  }

  @Test
  void aTargetStoredAfterTheStatementTargetingItStillMakesItMatch() {
    Statement original = statement(BEN, Verb.PASSED, QUIZ).build();
    Statement confirms = statement(ADA, Verb.of("https://x.example/confirmed"),
        StatementRef.of(original.id().orElseThrow())).build();
    Statement likes = statement(CAROL, Verb.of("https://x.example/liked"),
        StatementRef.of(confirms.id().orElseThrow())).build();
    storeAll(likes, confirms, original);
    assertThat(query(StatementQuery.builder().activity(QUIZ.id())))
        .containsExactly(likes, confirms, original);
  }

  @Test
  void timeFiltersApplyToTheTargetingStatementItself() {
    Statement original = statement(BEN, Verb.PASSED, QUIZ).build();
    Instant between = clock.instant();
    Statement confirms = statement(ADA, Verb.of("https://x.example/confirmed"),
        StatementRef.of(original.id().orElseThrow())).build();
    storeAll(original, confirms);
    assertThat(query(StatementQuery.builder().activity(QUIZ.id()).since(between)))
        .containsExactly(confirms);
    assertThat(query(StatementQuery.builder().activity(QUIZ.id()).until(between)))
        .containsExactly(original);
  }

  @Test
  void sinceIsExclusiveAndUntilInclusive() {
    Statement first = statement();
    Statement second = statement();
    Statement third = statement();
    storeAll(first, second, third);
    Instant at = second.stored().orElseThrow();
    assertThat(query(StatementQuery.builder().since(at))).containsExactly(third);
    assertThat(query(StatementQuery.builder().until(at))).containsExactly(second, first);
    assertThat(query(StatementQuery.builder().since(first.stored().orElseThrow()).until(at)))
        .containsExactly(second);
  }

  @Test
  void newestFirstUnlessAscending() {
    Statement first = statement();
    Statement second = statement();
    Statement third = statement();
    store.store(List.of(second, third, first));
    assertThat(query(StatementQuery.builder())).containsExactly(third, second, first);
    assertThat(query(StatementQuery.builder().ascending(true))).containsExactly(first, second, third);
  }

  @Test
  void statementsStoredAtTheSameInstantKeepStoreOrder() {
    Statement first = statement();
    Statement second = statement(ADA, Verb.PASSED, QUIZ).stored(first.stored().orElseThrow()).build();
    store.store(List.of(first, second));
    assertThat(query(StatementQuery.builder().ascending(true))).containsExactly(first, second);
    assertThat(query(StatementQuery.builder())).containsExactly(second, first);
  }

  @Test
  void limitAndCursorWalkEveryStatementOnce() {
    List<Statement> all = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      all.add(statement());
    }
    store.store(all);
    for (boolean ascending : new boolean[] {true, false}) {
      List<Statement> walked = new ArrayList<>();
      StatementQuery query = StatementQuery.builder().limit(3).ascending(ascending).build();
      int pages = 0;
      while (true) {
        StatementPage page = store.query(query);
        pages++;
        assertThat(page.statements()).hasSizeLessThanOrEqualTo(3);
        walked.addAll(page.statements());
        if (page.next().isEmpty()) {
          break;
        }
        query = query.after(StatementCursor.parse(page.next().get().encode()));
      }
      assertThat(pages).isEqualTo(3);
      List<Statement> expected = new ArrayList<>(all);
      if (!ascending) {
        java.util.Collections.reverse(expected);
      }
      assertThat(walked).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aPageThatEndsExactlyAtTheLastStatementHasNoNext() {
    store.store(List.of(statement(), statement()));
    assertThat(store.query(StatementQuery.builder().limit(2).build()).next()).isEmpty();
    assertThat(store.query(StatementQuery.builder().limit(1).build()).next()).isPresent();
  }

  @Test
  void cursorsStayStableWhileStatementsAreAdded() {
    List<Statement> before = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      before.add(statement());
    }
    store.store(before);
    StatementQuery query = StatementQuery.builder().verb(Verb.ATTEMPTED.id()).limit(2).build();
    StatementPage first = store.query(query);
    StatementPage ascendingFirst = store.query(query.toBuilder().ascending(true).build());
    store.store(List.of(statement(), statement()));
    StatementPage second = store.query(query.after(first.next().orElseThrow()));
    StatementPage third = store.query(query.after(second.next().orElseThrow()));
    assertThat(first.statements()).containsExactly(before.get(5), before.get(4));
    assertThat(second.statements()).containsExactly(before.get(3), before.get(2));
    assertThat(third.statements()).containsExactly(before.get(1), before.get(0));
    assertThat(third.next()).isEmpty();
    StatementPage ascendingSecond = store.query(
        query.toBuilder().ascending(true).after(ascendingFirst.next().orElseThrow()).build());
    assertThat(ascendingSecond.statements()).containsExactly(before.get(2), before.get(3));
  }

  @Test
  void aCursorTokenRoundTripsAndForeignTokensAreRefused() {
    StatementCursor cursor = new StatementCursor(Instant.parse("2026-01-15T10:00:00.123456Z"), 42);
    assertThat(StatementCursor.parse(cursor.encode())).isEqualTo(cursor);
    assertThat(cursor.encode()).matches("[A-Za-z0-9._-]+");
    assertThatThrownBy(() -> StatementCursor.parse("c1.!!")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatementCursor.parse("42")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- activities, agents, attachments, consistency

  @Test
  void anActivityHasTheLatestDefinitionMergedPerLanguage() {
    Iri id = QUIZ.id();
    storeAll(statement(ADA, Verb.PASSED, Activity.of(id, ActivityDefinition.builder()
        .name(LanguageMap.of("en-US", "Quiz", "fr", "Quiz (fr)"))
        .description(LanguageMap.of("en-US", "First")).build())).build());
    storeAll(statement(ADA, Verb.PASSED, Activity.of(id, ActivityDefinition.builder()
        .name(LanguageMap.of("en-US", "Quiz one")).type(ActivityType.ASSESSMENT).build())).build());
    storeAll(statement(ADA, Verb.PASSED, QUIZ).build());
    ActivityDefinition definition = store.activity(id).orElseThrow().definition().orElseThrow();
    assertThat(definition.name()).contains(LanguageMap.of("en-US", "Quiz one", "fr", "Quiz (fr)"));
    assertThat(definition.description()).contains(LanguageMap.of("en-US", "First"));
    assertThat(definition.type()).contains(ActivityType.ASSESSMENT);
  }

  @Test
  void activitiesOfContextAreKnownAndUnknownActivitiesAreNot() {
    storeAll(statement(ADA, Verb.PASSED, QUIZ).context(Context.builder().contextActivities(
        ContextActivities.empty().withParent(List.of(Activity.of(COURSE.id(),
            ActivityDefinition.builder().name(LanguageMap.of("en", "Course")).build()))))
        .build()).build());
    assertThat(store.activity(QUIZ.id())).contains(QUIZ);
    assertThat(store.activity(COURSE.id()).orElseThrow().definition().orElseThrow().name())
        .contains(LanguageMap.of("en", "Course"));
    assertThat(store.activity(Iri.of("https://x.example/unknown"))).isEmpty();
  }

  @Test
  void aPersonHasTheNamesSeenWithItsIdentifier() {
    storeAll(statement(ADA, Verb.PASSED, QUIZ).build(),
        statement(ADA.withName("Ada Lovelace"), Verb.PASSED, QUIZ).build(),
        statement(BEN, Verb.PASSED, Agent.ofMbox("mailto:ada@EXAMPLE.org")).build());
    Person person = store.person(Agent.ofMbox("mailto:ada@example.org"));
    assertThat(person.name()).containsExactly("Ada", "Ada Lovelace");
    assertThat(person.mbox()).containsExactly(Mbox.of("mailto:ada@example.org"));
    Person unknown = store.person(Agent.of("Dan", MboxSha1Sum.of("b".repeat(40))));
    assertThat(unknown).isEqualTo(Person.of(Agent.of("Dan", MboxSha1Sum.of("b".repeat(40)))));
  }

  @Test
  void attachmentPayloadsAreKeptBySha2() {
    byte[] payload = "%PDF-1.7".getBytes(UTF_8);
    String sha2 = "AB".repeat(32);
    store.store(List.of(statement()), Map.of(sha2, payload));
    assertThat(store.attachment(sha2.toLowerCase(java.util.Locale.ROOT))).hasValueSatisfying(
        bytes -> assertThat(bytes).isEqualTo(payload));
    assertThat(store.attachment("cd".repeat(32))).isEmpty();
    store.attachment(sha2).orElseThrow()[0] = 'x';
    assertThat(store.attachment(sha2).orElseThrow()).isEqualTo(payload);
  }

  @Test
  void consistentThroughIsNeverAheadOfTheClockAndCatchesUp() {
    Statement s = storeAll(statement()).get(0);
    assertThat(store.consistentThrough()).isBeforeOrEqualTo(clock.instant());
    clock.advance(Duration.ofMinutes(1));
    assertThat(store.consistentThrough()).isAfter(s.stored().orElseThrow());
  }

  /** The store under test, for implementation-specific tests. */
  protected StatementStore store() {
    return store;
  }

  /** A query helper for implementation-specific tests: every match, newest first. */
  protected List<Statement> queryAll(StatementQuery.Builder query) {
    return query(query);
  }
}
