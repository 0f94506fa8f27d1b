package org.moocinterop.impl.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.moocinterop.api.statement.Activity;
import org.moocinterop.api.statement.Agent;
import org.moocinterop.api.statement.Context;
import org.moocinterop.api.statement.Mbox;
import org.moocinterop.api.statement.Statement;
import org.moocinterop.api.statement.Verb;

/**
 * The writer of the durability test, run in its own JVM: stores batch after batch and prints
 * {@code ACK n} once batch n is acknowledged, until it is killed.
 *
 * <p>Arguments: JDBC URL, user, password, statements per batch.
 */
public final class CrashingWriter {

  private CrashingWriter() {}

  /** The registration that marks every statement of batch {@code n}. */
  static UUID registration(int n) {
    return UUID.nameUUIDFromBytes(("batch-" + n).getBytes(StandardCharsets.UTF_8));
  }

  public static void main(String[] args) {
    int size = Integer.parseInt(args[3]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (JdbcDatabase database = JdbcDatabase.open(args[0], args[1], args[2])) {
      JdbcStatementStore store = new JdbcStatementStore(database);
      for (int n = 0; ; n++) {
        List<Statement> batch = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
          batch.add(Statement.builder().id(UUID.randomUUID())
              .actor(Agent.of(Mbox.of("mailto:learner-" + i + "@example.org")))
              .verb(Verb.ATTEMPTED)
              .object(Activity.of("https://mooc.example.org/activity/" + i))
              .context(Context.builder().registration(registration(n)).build())
              .stored(Instant.now()).build());
        }
        if (!store.store(batch).stored()) {
          throw new IllegalStateException("batch " + n + " conflicted");
        }
        out.println("ACK " + n);
      }
    }
  }
}
