package org.moocinterop.bench.lti;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * The four {@link LaunchBenchmark} operations timed in alternating blocks in one thread, by the
 * thread's CPU time rather than the wall clock: on a machine shared with other work the ratios
 * stay meaningful where JMH's throughput does not. Not a replacement for the JMH run on an idle
 * machine.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.moocinterop.bench.lti.LaunchCpuProbe [rounds] [platformWarmup]
 * </pre>
 *
 * <p>Warm-up: 20,000 calls of each tool operation and {@code platformWarmup} (default 6,000, about
 * what JMH's 12 s of warm-up reach on an idle machine) of each platform operation. Then {@code
 * rounds} (default 60) rounds of one block of each (400 tool calls, 30 platform calls), in a
 * rotating order. Prints the median microseconds per call and the median of the per-round ratios.
 */
public final class LaunchCpuProbe {

  private LaunchCpuProbe() {}

  /** Runs the probe. */
  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int platformWarmup = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    LaunchBenchmark bench = new LaunchBenchmark();
    LaunchBenchmark.Tool tool = new LaunchBenchmark.Tool();
    tool.setUp();
    LaunchBenchmark.Platform platform = new LaunchBenchmark.Platform();
    platform.setUp();
    long sink = 0;
    for (int i = 0; i < 20_000; i++) {
      sink += bench.toolBareVerify(tool) ? 1 : 0;
      sink += bench.toolValidate(tool).issuer().length();
    }
    for (int i = 0; i < platformWarmup; i++) {
      sink += bench.platformBareSign(platform).length();
      sink += bench.platformIssue(platform).body().length();
    }
    double[][] micros = new double[4][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < 4; k++) {
        int op = (k + r) % 4;
        int n = op < 2 ? 400 : 30;
        long start = cpu.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          sink += switch (op) {
            case 0 -> bench.toolBareVerify(tool) ? 1 : 0;
            case 1 -> bench.toolValidate(tool).issuer().length();
            case 2 -> bench.platformBareSign(platform).length();
            default -> bench.platformIssue(platform).body().length();
          };
        }
        micros[op][r] = (cpu.getCurrentThreadCpuTime() - start) / 1000.0 / n;
      }
    }
    double[] toolRatios = new double[rounds];
    double[] platformRatios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      toolRatios[r] = micros[0][r] / micros[1][r];
      platformRatios[r] = micros[2][r] / micros[3][r];
    }
    System.out.println(String.format(Locale.ROOT,
        "CPU us per call (median of %d rounds): toolBareVerify %.1f, toolValidate %.1f, "
            + "platformBareSign %.1f, platformIssue %.1f", rounds, median(micros[0]),
        median(micros[1]), median(micros[2]), median(micros[3])));
    System.out.println(String.format(Locale.ROOT,
        "ratio to the limit (median of per-round ratios): tool %.3f, platform %.3f [%d]",
        median(toolRatios), median(platformRatios), sink & 1));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
