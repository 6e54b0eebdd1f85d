package dev.innosim.bench;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.explore.ExploreReport;
import dev.innosim.explore.Explorer;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exhaustive exploration ({@link Explorer#explore}) of the two sizes and of seed pairs:
 * two sessions of 8 steps (C(16,8) = 12,870 schedules), three sessions of 5 steps
 * (15!/(5!5!5!) = 756,756 schedules), and the golden incidents seed003-1 and seed003-5. Each
 * invocation explores every schedule from scratch; the result's schedule count is checked in setup.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExploreBench -f 1 -wi 3 -i 5}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExploreBench {

  /** The scenarios explored. */
  public enum Case {
    /** Two sessions, 8 statements each, on disjoint rows: 12,870 schedules. */
    TWO_BY_EIGHT(twoByEight(), BigInteger.valueOf(12_870)),
    /** Three sessions, 5 statements each, on disjoint rows: 756,756 schedules. */
    THREE_BY_FIVE(threeByFive(), BigInteger.valueOf(756_756)),
    /** Golden seed003-1 (opposite-order transfers; deadlocks). */
    SEED003_1(GoldenScenarioBench.read("seed003-1-accounts-opposite-order.sql"), null),
    /** Golden seed003-5 (delete missing rows, then insert; deadlocks). */
    SEED003_5(GoldenScenarioBench.read("seed003-5-delete-missing-then-insert.sql"), null);

    final String text;
    final BigInteger expectedSchedules;

    Case(String text, BigInteger expectedSchedules) {
      this.text = text;
      this.expectedSchedules = expectedSchedules;
    }
  }

  static String table(int rows) {
    StringBuilder b = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t VALUES ");
    for (int i = 1; i <= rows; i++) b.append(i == 1 ? "" : ", ").append('(').append(i).append(", 0)");
    return b.append(";\n").toString();
  }

  static String twoByEight() {
    StringBuilder b = new StringBuilder(table(20));
    for (int s = 1; s <= 2; s++) {
      b.append('T').append(s).append(": BEGIN;\n");
      for (int j = 0; j < 6; j++) b.append('T').append(s).append(": UPDATE t SET v = v + 1 WHERE id = ").append(s * 10 + j).append(";\n");
      b.append('T').append(s).append(": COMMIT;\n");
    }
    return b.toString();
  }

  static String threeByFive() {
    StringBuilder b = new StringBuilder(table(40));
    for (int s = 1; s <= 3; s++) {
      b.append('T').append(s).append(": BEGIN;\n");
      for (int j = 0; j < 3; j++) b.append('T').append(s).append(": UPDATE t SET v = v + 1 WHERE id = ").append(s * 10 + j).append(";\n");
      b.append('T').append(s).append(": COMMIT;\n");
    }
    return b.toString();
  }

  @Param
  public Case scenario;

  private Scenario parsed;

  @Setup
  public void setup() {
    parsed = ScenarioParser.parse(scenario.name() + ".sql", scenario.text);
    ExploreReport r = Explorer.explore(parsed, ExploreOptions.exhaustive());
    if (scenario.expectedSchedules != null && !r.schedules().equals(scenario.expectedSchedules)) {
      throw new IllegalStateException(scenario + ": " + r.schedules() + " schedules, expected " + scenario.expectedSchedules);
    }
  }

  @Benchmark
  public ExploreReport explore() {
    return Explorer.explore(parsed, ExploreOptions.exhaustive());
  }
}
