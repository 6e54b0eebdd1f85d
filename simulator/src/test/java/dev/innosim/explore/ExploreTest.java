package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Exploration on the corpus: every recorded deadlock is found again, every fix is deadlock-free. */
class ExploreTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  static Scenario load(Path p) throws IOException {
    return ScenarioParser.parse(ROOT.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
  }

  static List<Path> files(String folder, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve(folder))) {
      // the MariaDB recordings; their MySQL 9.7 twins (NAME.mysql97.sql) need a mysql-9.7 profile
      return s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".sql")
          && !p.toString().endsWith(".mysql97.sql")).sorted().toList();
    }
  }

  /** The {@code -- deadlock:} block(s) of a recorded file. */
  static List<String> deadlockBlock(String text) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : text.split("\n")) {
      if (l.startsWith("-- deadlock:")) {
        in = true;
        out.add(l);
      } else if (in && (l.startsWith("--   ") && (l.contains(" waits  ") || l.startsWith("--     behind")))) {
        out.add(l);
      } else {
        in = false;
      }
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> explore_everyRecordedSeedDeadlock_isFoundAndItsWitnessReplaysIt() throws IOException {
    List<Path> all = new ArrayList<>(files("golden", "seed"));
    all.addAll(files("seeds", ""));
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : all) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      List<String> block = deadlockBlock(text);
      if (block.isEmpty()) continue;
      tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
        ExploreReport r = Explorer.explore(load(p), ExploreOptions.exhaustive());
        assertTrue(r.deadlockPossible(), r.verdict());
        boolean same = false;
        for (ExploreReport.Result res : r.results()) {
          if (!res.deadlock()) continue;
          if (deadlockBlock(res.witnessScenario()).equals(block)) {
            same = true;
            String again = ScenarioRunner.run(ScenarioParser.parse("w.sql", res.witnessScenario()), Optional.empty()).annotated();
            assertEquals(res.witnessScenario(), again, "the witness replays to the same outcomes");
          }
        }
        assertTrue(same, "no witness reproduces the recorded deadlock " + block);
      }));
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> explore_fixedVersions_haveNoDeadlock() throws IOException {
    return files("explore", "explore-").stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
      ExploreReport r = Explorer.explore(load(p), ExploreOptions.exhaustive());
      assertFalse(r.deadlockPossible(), () -> r.deadlockWitness().map(ExploreReport.Result::witnessScenario).orElse(""));
      assertTrue(r.verdict().startsWith("no deadlock in "), r.verdict());
    }));
  }

  static final String ACCOUNTS = """
      CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
      INSERT INTO accounts VALUES (1, 100), (2, 100);
      T1: BEGIN;
      T2: BEGIN;
      T1: UPDATE accounts SET balance = balance - 10 WHERE id = 1;
      T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;
      T1: UPDATE accounts SET balance = balance + 10 WHERE id = 2;
      T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;
      T1: COMMIT;
      T2: COMMIT;
      """;

  @Test
  void explore_oppositeOrder_findsBothVictimsWithShortestWitnesses() {
    ExploreReport r = Explorer.explore(ScenarioParser.parse("a.sql", ACCOUNTS), ExploreOptions.exhaustive());
    assertTrue(r.deadlockPossible());
    assertEquals(BigInteger.valueOf(30), r.schedules());
    long victims = r.results().stream().filter(ExploreReport.Result::deadlock).count();
    assertEquals(2, victims, "either transaction can be the victim, depending on who closes the cycle");
    assertEquals(7, r.deadlockWitness().orElseThrow().witness().size());
  }

  @Test
  void explore_forCycles_keepsEachDeadlockCycleApartWithScheduleOnlyWitnesses() {
    ExploreReport plain = Explorer.explore(ScenarioParser.parse("a.sql", ACCOUNTS), ExploreOptions.exhaustive());
    ExploreReport r = Explorer.explore(ScenarioParser.parse("a.sql", ACCOUNTS), ExploreOptions.exhaustive().forCycles());
    assertEquals(plain.schedules(), r.schedules(), "the same schedules are explored");
    List<ExploreReport.Result> deadlocks = r.results().stream().filter(ExploreReport.Result::deadlock).toList();
    assertEquals(2, deadlocks.size());
    for (ExploreReport.Result d : deadlocks) {
      assertEquals("", d.witnessScenario(), "schedule-only witness");
      assertTrue(d.cycle().get(0).startsWith("victim T"), d.cycle().toString());
      assertTrue(d.cycle().stream().anyMatch(l -> l.startsWith("  behind ")), d.cycle().toString());
    }
    assertFalse(deadlocks.get(0).cycle().equals(deadlocks.get(1).cycle()), "two victims, two cycles");
  }

  @Test
  void explore_randomSameSeed_sameReportByteForByte() {
    Scenario sc = ScenarioParser.parse("a.sql", ACCOUNTS);
    String a = ExploreJson.toJson(Explorer.explore(sc, ExploreOptions.random(200, 42)));
    String b = ExploreJson.toJson(Explorer.explore(sc, ExploreOptions.random(200, 42)));
    assertEquals(a, b);
    assertTrue(a.contains("\"seed\": 42"));
  }

  @Test
  void explore_maxStates_stopsCleanlyAndSaysSo() {
    ExploreReport r = Explorer.explore(ScenarioParser.parse("a.sql", ACCOUNTS), ExploreOptions.exhaustive().withMaxStates(5));
    assertTrue(r.stopReason().orElseThrow().contains("--max-states 5"));
  }

  /** The Java API as a user's own test would use it (docs/explore.md shows this test). */
  @Test
  void userTest_transfersInTheSameOrder_cannotDeadlock() {
    Scenario transfers = ScenarioParser.parse("transfers.sql", """
        CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
        INSERT INTO accounts VALUES (1, 100), (2, 100);
        T1: BEGIN;
        T1: UPDATE accounts SET balance = balance - 10 WHERE id = 1;
        T1: UPDATE accounts SET balance = balance + 10 WHERE id = 2;
        T1: COMMIT;
        T2: BEGIN;
        T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;
        T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;
        T2: COMMIT;
        """);
    ExploreReport report = Explorer.explore(transfers, ExploreOptions.exhaustive());
    assertFalse(report.deadlockPossible(),
        () -> "deadlock:\n" + report.deadlockWitness().orElseThrow().witnessScenario());
  }
}
