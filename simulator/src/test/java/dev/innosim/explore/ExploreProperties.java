package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import dev.innosim.server.Command;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StepEvents;
import java.util.Map;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.sql.SqlParser;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the engine and the explorer on random statements over a small table, under
 * random schedules: the lock system's invariants hold after every step, runs are deterministic,
 * witnesses replay, and sessions that never conflict have exactly the multinomial number of
 * schedules and one end result.
 */
class ExploreProperties {
  static final String SETUP = """
      CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;
      INSERT INTO t VALUES (10,1,0),(20,2,0),(30,2,0),(40,3,0),(50,4,0);
      """;

  @Provide
  Arbitrary<String> statement() {
    Arbitrary<Integer> id = Arbitraries.of(5, 10, 15, 20, 25, 30, 40, 45, 50, 60);
    Arbitrary<Integer> k = Arbitraries.integers().between(0, 5);
    return Arbitraries.oneOf(
        id.map(i -> "UPDATE t SET v = v + 1 WHERE id = " + i),
        id.map(i -> "SELECT * FROM t WHERE id = " + i + " FOR UPDATE"),
        id.map(i -> "SELECT * FROM t WHERE id = " + i + " LOCK IN SHARE MODE"),
        id.map(i -> "DELETE FROM t WHERE id = " + i),
        Combinators.combine(id, k).as((i, kk) -> "INSERT INTO t VALUES (" + (i + 1) + ", " + kk + ", 0)"),
        k.map(kk -> "UPDATE t SET v = 7 WHERE k = " + kk),
        k.map(kk -> "SELECT * FROM t WHERE k = " + kk + " FOR UPDATE"),
        Combinators.combine(id, id).as((a, b) -> "SELECT * FROM t WHERE id BETWEEN " + Math.min(a, b) + " AND " + Math.max(a, b) + " FOR UPDATE"),
        id.map(i -> "INSERT INTO t VALUES (" + i + ", 1, 0) ON DUPLICATE KEY UPDATE v = v + 1"));
  }

  @Provide
  Arbitrary<List<List<String>>> programs() {
    Arbitrary<List<String>> one = statement().list().ofMinSize(1).ofMaxSize(3)
        .map(l -> {
          List<String> p = new ArrayList<>();
          p.add("BEGIN");
          p.addAll(l);
          p.add("COMMIT");
          return p;
        });
    return one.list().ofMinSize(2).ofMaxSize(3);
  }

  static String scenario(List<List<String>> programs, String isolation) {
    StringBuilder b = new StringBuilder("-- @isolation: " + isolation + "\n").append(SETUP);
    for (int s = 0; s < programs.size(); s++) {
      for (String st : programs.get(s)) b.append('T').append(s + 1).append(": ").append(st).append(";\n");
    }
    return b.toString();
  }

  @Property(tries = 60)
  void engine_randomSchedules_keepEveryInvariantAfterEveryStep(
      @ForAll("programs") List<List<String>> programs, @ForAll @IntRange(min = 0, max = 1) int rc,
      @ForAll long seed) {
    IsolationLevel iso = rc == 1 ? IsolationLevel.READ_COMMITTED : IsolationLevel.REPEATABLE_READ;
    List<String> trace1 = run(programs, iso, seed);
    List<String> trace2 = run(programs, iso, seed);
    assertEquals(trace1, trace2, "the same schedule gives the same trace");
  }

  private static List<String> run(List<List<String>> programs, IsolationLevel iso, long seed) {
    SimulatedServer server = new SimulatedServer(ServerProfile.MARIADB_10_11, iso, Map.of()).captureDeadlockSnapshots(false);
    for (String s : SETUP.strip().split(";\n")) server.setup(new Command(s, SqlParser.parse(s), 0));
    RandomScheduler rnd = new RandomScheduler(seed);
    int[] pc = new int[programs.size()];
    boolean[] victim = new boolean[programs.size()];
    List<String> trace = new ArrayList<>();
    while (true) {
      List<Integer> enabled = new ArrayList<>();
      for (int i = 0; i < programs.size(); i++) {
        if (pc[i] < programs.get(i).size() && !server.isBlocked(SessionId.of(i + 1)) && !victim[i]) enabled.add(i);
      }
      if (enabled.isEmpty()) break;
      int i = rnd.pick(enabled);
      String sql = programs.get(i).get(pc[i]++);
      StepEvents r = server.issue(SessionId.of(i + 1), new Command(sql, SqlParser.parse(sql), 0));
      trace.add("T" + (i + 1) + " " + r + " " + server.fingerprint());
      for (DeadlockEvent d : r.deadlocks()) victim[d.victim().number() - 1] = true;
      List<String> v = server.invariantViolations();
      assertTrue(v.isEmpty(), String.join("\n", v) + "\nafter " + trace);
    }
    // finished transactions hold nothing
    for (int i = 0; i < programs.size(); i++) {
      SessionId session = SessionId.of(i + 1);
      if (pc[i] == programs.get(i).size() && !server.isBlocked(session) || victim[i]) {
        assertTrue(server.locks().stream().noneMatch(l -> l.session().equals(session)),
            session + " finished but still holds locks");
      }
    }
    return trace;
  }

  @Property(tries = 25)
  void explore_randomPrograms_everyWitnessReplaysItsResult(
      @ForAll("programs") List<List<String>> programs, @ForAll @IntRange(min = 0, max = 1) int rc) {
    Scenario sc = ScenarioParser.parse("p.sql", scenario(programs, rc == 1 ? "READ COMMITTED" : "REPEATABLE READ"));
    ExploreReport r = Explorer.explore(sc, ExploreOptions.exhaustive().withMaxStates(20_000));
    for (ExploreReport.Result res : r.results()) {
      String again = ScenarioRunner.run(ScenarioParser.parse("w.sql", res.witnessScenario()), Optional.empty()).annotated();
      assertEquals(res.witnessScenario(), again);
      assertEquals(res.deadlock(), again.contains("-- deadlock: victim"), "the witness shows the deadlock iff the result has one");
    }
  }

  /** Statements that lock several rows (ranges, full scans, multi-row inserts and upserts) and single-row ones. */
  @Provide
  Arbitrary<String> multiRowStatement() {
    Arbitrary<Integer> id = Arbitraries.of(5, 10, 15, 20, 25, 30, 40, 45, 50, 60);
    Arbitrary<Integer> k = Arbitraries.integers().between(0, 5);
    return Arbitraries.oneOf(
        Combinators.combine(id, id).as((a, b) -> "UPDATE t SET v = v + 1 WHERE id BETWEEN " + Math.min(a, b) + " AND " + Math.max(a, b)),
        Combinators.combine(id, id).as((a, b) -> "INSERT INTO t VALUES (" + a + ", 1, 0), (" + (b + 1) + ", 2, 0)"),
        Combinators.combine(id, id).as((a, b) -> "INSERT INTO t VALUES (" + a + ", 1, 0), (" + b + ", 2, 0) ON DUPLICATE KEY UPDATE v = v + 1"),
        k.map(kk -> "DELETE FROM t WHERE k = " + kk),
        k.map(kk -> "UPDATE t SET v = 3 WHERE v = " + (kk % 2)),
        id.map(i -> "SELECT * FROM t WHERE id >= " + i + " FOR UPDATE"),
        statement());
  }

  @Provide
  Arbitrary<List<List<String>>> multiRowPrograms() {
    Arbitrary<List<String>> one = multiRowStatement().list().ofMinSize(1).ofMaxSize(2)
        .map(l -> {
          List<String> p = new ArrayList<>();
          p.add("BEGIN");
          p.addAll(l);
          p.add("COMMIT");
          return p;
        });
    return one.list().ofSize(2);
  }

  @Property(tries = 20)
  void explore_rowGranularity_everyWitnessReplaysItsResultAndStatementResultsAreAmongThem(
      @ForAll("multiRowPrograms") List<List<String>> programs, @ForAll @IntRange(min = 0, max = 1) int rc) {
    Scenario sc = ScenarioParser.parse("p.sql", scenario(programs, rc == 1 ? "READ COMMITTED" : "REPEATABLE READ"));
    ExploreReport r = Explorer.explore(sc, ExploreOptions.exhaustive().withMaxStates(50_000)
        .withGranularity(ExploreOptions.Granularity.ROW));
    for (ExploreReport.Result res : r.results()) {
      String again = ScenarioRunner.run(ScenarioParser.parse("w.sql", res.witnessScenario()), Optional.empty()).annotated();
      assertEquals(res.witnessScenario(), again);
      assertEquals(res.deadlock(), again.contains("-- deadlock: victim"), "the witness shows the deadlock iff the result has one");
    }
    // every schedule of whole statements is a schedule of rows that never pauses in between
    if (r.complete()) {
      ExploreReport st = Explorer.explore(sc, ExploreOptions.exhaustive().withMaxStates(50_000));
      List<List<String>> rowResults = r.results().stream().map(ExploreReport.Result::description).toList();
      for (ExploreReport.Result res : st.results()) {
        assertTrue(rowResults.contains(res.description()), "statement result " + res.description() + " missing at row granularity");
      }
    }
  }

  /** An end result as a value that does not depend on how many schedules reach it or which one is shortest. */
  static java.util.Set<List<Object>> endResults(ExploreReport r) {
    java.util.Set<List<Object>> out = new java.util.HashSet<>();
    for (ExploreReport.Result res : r.results()) out.add(List.of(res.description(), res.deadlock(), res.stuck()));
    return out;
  }

  @Provide
  Arbitrary<List<List<String>>> smallPrograms() {
    Arbitrary<List<String>> one = multiRowStatement().list().ofMinSize(1).ofMaxSize(3)
        .map(l -> {
          List<String> p = new ArrayList<>();
          p.add("BEGIN");
          p.addAll(l);
          p.add("COMMIT");
          return p;
        });
    return one.list().ofMinSize(2).ofMaxSize(3);
  }

  @Property(tries = 30)
  void explore_reductionOnRandomPrograms_reachesTheSameEndResults(
      @ForAll("smallPrograms") List<List<String>> programs, @ForAll @IntRange(min = 0, max = 1) int rc,
      @ForAll @IntRange(min = 0, max = 1) int row) {
    Scenario sc = ScenarioParser.parse("p.sql", scenario(programs, rc == 1 ? "READ COMMITTED" : "REPEATABLE READ"));
    ExploreOptions opt = ExploreOptions.exhaustive().withMaxStates(10_000)
        .withGranularity(row == 1 ? ExploreOptions.Granularity.ROW : ExploreOptions.Granularity.STATEMENT);
    ExploreReport full = Explorer.explore(sc, opt.withReduction(false));
    net.jqwik.api.Assume.that(full.complete());
    ExploreReport reduced = Explorer.explore(sc, opt.withReduction(true));
    assertTrue(reduced.complete());
    assertTrue(reduced.reduced());
    assertEquals(endResults(full), endResults(reduced), "the same end results with and without the reduction");
    assertTrue(reduced.schedules().compareTo(full.schedules()) <= 0, reduced.schedules() + " > " + full.schedules());
    assertTrue(reduced.states() <= full.states(), reduced.states() + " > " + full.states());
  }

  @Property(tries = 20)
  void explore_sessionsThatNeverConflict_countMultinomialSchedulesAndOneResult(
      @ForAll @IntRange(min = 2, max = 3) int sessions, @ForAll @IntRange(min = 1, max = 3) int perSession) {
    StringBuilder b = new StringBuilder(SETUP);
    int[] lens = new int[sessions];
    for (int s = 1; s <= sessions; s++) {
      b.append('T').append(s).append(": BEGIN;\n");
      for (int j = 0; j < perSession; j++) {
        b.append('T').append(s).append(": UPDATE t SET v = v + 1 WHERE id = ").append(s * 10).append(";\n");
      }
      b.append('T').append(s).append(": COMMIT;\n");
      lens[s - 1] = perSession + 2;
    }
    ExploreReport r = Explorer.explore(ScenarioParser.parse("nc.sql", b.toString()), ExploreOptions.exhaustive());
    assertEquals(multinomial(lens), r.schedules());
    assertEquals(1, r.results().size());
  }

  static BigInteger multinomial(int[] lens) {
    int total = 0;
    BigInteger den = BigInteger.ONE;
    for (int l : lens) {
      total += l;
      den = den.multiply(factorial(l));
    }
    return factorial(total).divide(den);
  }

  static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
    return f;
  }
}
