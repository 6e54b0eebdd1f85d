package dev.innosim.bench;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Outcome;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * A locking range scan over 10^5 rows through the public {@link Engine} API (MariaDB 10.11,
 * REPEATABLE READ): one statement that takes 10^5 next-key locks plus the supremum, on the
 * clustered index or through a secondary index (which also locks each clustered record). The
 * table is built once per trial; BEGIN before and ROLLBACK after each invocation are not measured.
 * Bytes per lock: {@code gc.alloc.rate.norm} of {@code -prof gc} divided by {@link #LOCKS_PRIMARY}
 * (or {@link #LOCKS_SECONDARY}).
 * The setup alone is measured by {@link TableSetupBench}.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RangeScanBench -f 1 -wi 3 -i 5 -prof gc}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class RangeScanBench {
  static final int ROWS = 100_000;
  /** Locks the primary scan takes: every row next-key, plus the supremum. */
  public static final int LOCKS_PRIMARY = ROWS + 1;
  /** Locks the secondary scan takes: every entry next-key and its row record-only, plus the supremum. */
  public static final int LOCKS_SECONDARY = 2 * ROWS + 1;

  /** The index the scan walks. */
  public enum Access {
    PRIMARY("SELECT * FROM t WHERE id >= 1 FOR UPDATE"),
    SECONDARY("SELECT * FROM t WHERE k >= 0 FOR UPDATE");

    final String sql;

    Access(String sql) { this.sql = sql; }
  }

  @Param
  public Access access;

  private Engine engine;
  private Statement scan;
  private final Statement begin = SqlParser.parse("BEGIN");
  private final Statement rollback = SqlParser.parse("ROLLBACK");

  /**
   * The setup statements: the table and 100 INSERTs of 1,000 rows. The first INSERT comes from
   * {@link SqlParser#parse}; the other 99 are that statement with its literals shifted, because
   * parsing a 1,000-row VALUES list takes JSqlParser about 1.6 s.
   */
  static List<Statement> setupStatements() {
    return setupStatements(ROWS);
  }

  /** As {@link #setupStatements()} for a table of {@code rows} rows (a multiple of 1,000). */
  static List<Statement> setupStatements(int rows) {
    List<Statement> out = new ArrayList<>();
    out.add(SqlParser.parse("CREATE TABLE t (id INT PRIMARY KEY, k INT NOT NULL, v INT NOT NULL, KEY idx_k (k)) ENGINE=InnoDB"));
    StringBuilder b = new StringBuilder("INSERT INTO t VALUES ");
    for (int i = 1; i <= 1_000; i++) {
      if (i > 1) b.append(", ");
      b.append('(').append(i).append(", ").append(k(i)).append(", 0)");
    }
    Statement.Insert first = (Statement.Insert) SqlParser.parse(b.toString());
    out.add(first);
    for (int base = 1_000; base < rows; base += 1_000) {
      List<List<Expr>> values = new ArrayList<>();
      for (int i = base + 1; i <= base + 1_000; i++) {
        values.add(List.of(new Expr.Literal(Value.Int.of(i)), new Expr.Literal(Value.Int.of(k(i))), first.rows().get(0).get(2)));
      }
      out.add(new Statement.Insert("INSERT INTO t VALUES /* rows " + (base + 1) + ".." + (base + 1_000) + " */",
          first.table(), first.columns(), values, first.source(), first.replace(), first.ignore(), first.onDuplicate()));
    }
    return out;
  }

  /** The secondary key of row {@code id}: a permutation of 0..ROWS-1, so idx_k is walked out of row order. */
  private static int k(int id) {
    return (int) ((long) id * 7 % ROWS);
  }

  static Engine newEngine() {
    return new Engine(ServerProfile.MARIADB_10_11, IsolationLevel.REPEATABLE_READ, 50);
  }

  @Setup(Level.Trial)
  public void setup() {
    engine = newEngine();
    for (Statement st : setupStatements()) engine.setup(st);
    scan = SqlParser.parse(access.sql);
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

  /** Fails the run unless the scan completes (once per trial, outside the measurement). */
  @TearDown(Level.Trial)
  public void check() {
    begin();
    Engine.StepReport r = lockingScan();
    if (r.outcome().kind() != Outcome.Kind.OK) throw new AssertionError(r.outcome().text());
    rollback();
  }
}
