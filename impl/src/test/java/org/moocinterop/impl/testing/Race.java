package org.moocinterop.impl.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Starts many calls at once, to show that exactly one of them wins. */
public final class Race {

  /** What one racer did: returned normally, or threw. */
  public record Outcome(boolean won, @org.jspecify.annotations.Nullable Throwable failure) {}

  private Race() {}

  /**
   * Runs {@code racer.apply(i)} for i in [0, threads) on as many threads, released together.
   * A racer wins if it returns {@code true}; a thrown exception is kept in its outcome.
   */
  public static List<Outcome> run(int threads, IntFunction<Boolean> racer)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        int index = i;
        futures.add(pool.submit(() -> {
          start.await();
          return racer.apply(index);
        }));
      }
      start.countDown();
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Boolean> future : futures) {
        try {
          outcomes.add(new Outcome(future.get(60, TimeUnit.SECONDS), null));
        } catch (ExecutionException e) {
          outcomes.add(new Outcome(false, e.getCause()));
        } catch (java.util.concurrent.TimeoutException e) {
          throw new AssertionError("a racer did not finish within a minute", e);
        }
      }
      return outcomes;
    } finally {
      pool.shutdownNow();
    }
  }

  /** How many racers won. */
  public static long winners(List<Outcome> outcomes) {
    return outcomes.stream().filter(Outcome::won).count();
  }
}
