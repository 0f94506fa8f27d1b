package org.moocinterop.impl.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.moocinterop.api.StoreException;
import org.moocinterop.api.spi.StatementQuery;
import org.moocinterop.api.spi.StatementStore;
import org.moocinterop.api.statement.Statement;
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
