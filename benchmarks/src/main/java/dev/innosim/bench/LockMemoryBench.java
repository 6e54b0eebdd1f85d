package dev.innosim.bench;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Outcome;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Lock memory of a locking scan of 10^6 rows ({@code SELECT * FROM t WHERE id >= 1 FOR UPDATE}
 * on MariaDB 10.11, REPEATABLE READ: 10^6 next-key locks plus the supremum in one lock struct).
 * The benchmark is the scan's time ({@code -prof gc} gives its allocation per operation); the
 * retained lock memory is measured once per trial in the forked JVM, outside the measurement: used
 * heap after {@code System.gc()} with the scan's locks held minus the same with none held, divided
 * by the number of locks, printed as {@code retained: N B per locked row}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar LockMemoryBench -f 1 -wi 2 -i 3 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms6g"})
public class LockMemoryBench {
  static final int ROWS = 1_000_000;
  /** Every row next-key, plus the supremum. */
  public static final int LOCKS = ROWS + 1;

  private Engine engine;
  private final Statement scan = SqlParser.parse("SELECT * FROM t WHERE id >= 1 FOR UPDATE");
  private final Statement begin = SqlParser.parse("BEGIN");
  private final Statement rollback = SqlParser.parse("ROLLBACK");

  @Setup(Level.Trial)
  public void setup() {
    engine = RangeScanBench.newEngine();
    for (Statement st : RangeScanBench.setupStatements(ROWS)) engine.setup(st);
    measureRetained();
  }

  @Setup(Level.Invocation)
  public void begin() {
    engine.step(1, begin);
  }

  @Benchmark
  public Engine.StepReport lockingScan() {
    return engine.step(1, scan);
  }

  @TearDown(Level.Invocation)
  public void rollback() {
    engine.step(1, rollback);
  }

  /** Used heap after full collections (the smallest of three readings). */
  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      best = Math.min(best, rt.totalMemory() - rt.freeMemory());
    }
    return best;
  }

  /** Prints the retained bytes per locked row of one scan; fails the run unless the scan completes. */
  private void measureRetained() {
    begin();
    long before = usedAfterGc();
    Engine.StepReport r = lockingScan();
    if (r.outcome().kind() != Outcome.Kind.OK) throw new AssertionError(r.outcome().text());
    long after = usedAfterGc();
    rollback();
    System.out.printf(java.util.Locale.ROOT, "%nretained: %.2f B per locked row (%d B for %d locks)%n",
        (double) (after - before) / LOCKS, after - before, LOCKS);
  }
}
