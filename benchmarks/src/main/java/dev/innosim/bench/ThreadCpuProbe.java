package dev.innosim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link GrantedLockBench}'s operation timed by the thread's CPU time instead of wall time, for a
 * machine too loaded for JMH's wall-clock figures: time the thread spends descheduled does not
 * count (cache interference from other processes still does). Prints, for each variant, the best
 * of seven rounds of 200,000 batches after 300,000 batches of warm-up, in ns per request.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.innosim.bench.ThreadCpuProbe}
 */
public final class ThreadCpuProbe {
  private ThreadCpuProbe() {}

  public static void main(String[] args) {
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (GrantedLockBench.Others o : GrantedLockBench.Others.values()) {
      for (GrantedLockBench.Records r : GrantedLockBench.Records.values()) {
        GrantedLockBench b = new GrantedLockBench();
        b.records = r;
        b.others = o;
        b.setup();
        for (int i = 0; i < 300_000; i++) b.request(bh);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 7; round++) {
          int n = 200_000;
          long c0 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < n; i++) b.request(bh);
          long c1 = mx.getCurrentThreadCpuTime();
          best = Math.min(best, (c1 - c0) / (double) n / GrantedLockBench.BATCH);
        }
        b.check();
        System.out.printf(Locale.ROOT, "GrantedLockBench %s %s: %.1f ns CPU per request%n", o, r, best);
      }
    }
  }
}
