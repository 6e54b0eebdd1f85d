package dev.innosim.bench;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.explore.ExploreReport;
import dev.innosim.explore.TemplateExplorer;
import dev.innosim.scenario.Template;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The programs issue's exploration targets: three workers of one 5-statement claim program over
 * value classes at statement granularity, and two sessions with two 10-row statements each at row
 * granularity (on disjoint rows: the widest interleaving; and crossing: the two sessions' ranges in
 * opposite orders, which deadlocks); each with and without the partial-order reduction. One
 * operation is one whole exploration. After each iteration the peak heap (the sum of the heap
 * pools' peaks since the iteration started, an upper bound) is printed as {@code peak heap: N MB};
 * the fork runs with {@code -Xmx512m}, so the exploration fits in it.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ProgramExploreBench -f 1 -wi 1 -i 3}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class ProgramExploreBench {

  /** The programs explored. */
  public enum Case {
    /** Three workers of a 5-statement claim, every parameter over its value classes; statement granularity. */
    CLAIM_THREE_WORKERS(claim(), ExploreOptions.Granularity.STATEMENT, false),
    /** Two sessions, each a 10-row range UPDATE and a 10-row INSERT on rows of its own; row granularity. */
    ROWS_TWO_BY_TWO_DISJOINT(rows(false), ExploreOptions.Granularity.ROW, false),
    /** Two sessions updating the same two 10-row ranges in opposite orders; row granularity; deadlocks. */
    ROWS_TWO_BY_TWO_CROSSED(rows(true), ExploreOptions.Granularity.ROW, true);

    final String text;
    final ExploreOptions.Granularity granularity;
    final boolean deadlocks;

    Case(String text, ExploreOptions.Granularity granularity, boolean deadlocks) {
      this.text = text;
      this.granularity = granularity;
      this.deadlocks = deadlocks;
    }
  }

  /** A job queue's claim: lock the job, mark it, log it, by three workers; each worker's job is a parameter. */
  static String claim() {
    return """
        CREATE TABLE jobs (id INT PRIMARY KEY, state INT NOT NULL, owner INT, KEY idx_state (state)) ENGINE=InnoDB;
        CREATE TABLE job_log (id INT AUTO_INCREMENT PRIMARY KEY, job_id INT NOT NULL, KEY idx_job (job_id)) ENGINE=InnoDB;
        INSERT INTO jobs VALUES (1, 0, NULL), (2, 0, NULL), (3, 0, NULL);
        -- @program claim
        BEGIN;
        SELECT * FROM jobs WHERE id = :job FOR UPDATE;
        UPDATE jobs SET state = 1 WHERE id = :job;
        INSERT INTO job_log (job_id) VALUES (:job);
        COMMIT;
        -- @end
        -- @run T1..T3: claim
        """;
  }

  /** Two sessions with two multi-row statements of 10 rows each. */
  static String rows(boolean crossed) {
    StringBuilder b = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t VALUES ");
    for (int i = 1; i <= 60; i++) b.append(i == 1 ? "" : ", ").append('(').append(i).append(", 0)");
    b.append(";\n");
    for (int s = 1; s <= 2; s++) {
      String t = "T" + s + ": ";
      b.append(t).append("BEGIN;\n");
      if (crossed) {
        String first = s == 1 ? "1 AND 10" : "21 AND 30";
        String second = s == 1 ? "21 AND 30" : "1 AND 10";
        b.append(t).append("UPDATE t SET v = v + ").append(s).append(" WHERE id BETWEEN ").append(first).append(";\n");
        b.append(t).append("UPDATE t SET v = v + ").append(s).append(" WHERE id BETWEEN ").append(second).append(";\n");
      } else {
        b.append(t).append("UPDATE t SET v = v + 1 WHERE id BETWEEN ").append(s * 20 - 19).append(" AND ").append(s * 20 - 10).append(";\n");
        b.append(t).append("INSERT INTO t VALUES ");
        for (int i = 0; i < 10; i++) b.append(i == 0 ? "" : ", ").append('(').append(s * 100 + i).append(", 0)");
        b.append(";\n");
      }
      b.append(t).append("COMMIT;\n");
    }
    return b.toString();
  }

  @Param
  public Case scenario;

  /** {@code off} or {@code on}: the partial-order reduction. */
  @Param({"off", "on"})
  public String reduction;

  private Template template;
  private ExploreOptions options;

  @Setup
  public void setup() {
    template = Template.read(scenario.name() + ".sql", scenario.text);
    options = ExploreOptions.exhaustive().withGranularity(scenario.granularity).withReduction(reduction.equals("on"));
  }

  @Setup(Level.Iteration)
  public void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
  }

  @TearDown(Level.Iteration)
  public void printPeak() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    }
    System.out.println("peak heap: " + (peak >> 20) + " MB");
  }

  @Benchmark
  public ExploreReport explore() {
    ExploreReport r = TemplateExplorer.explore(template, options);
    if (!r.complete() || r.deadlockPossible() != scenario.deadlocks) {
      throw new IllegalStateException(scenario + ": " + r.verdict());
    }
    return r;
  }
}
