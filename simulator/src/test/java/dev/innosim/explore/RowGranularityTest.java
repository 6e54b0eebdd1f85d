package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.ScenarioCheck;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.scenario.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code explore --granularity row}: scheduling points between two rows of one statement, and witnesses that pause. */
class RowGranularityTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final Path UNSPLIT = ROOT.resolve("explore/row-bookshelf-iodku-unsplit.sql");
  static final Path SEED = ROOT.resolve("seeds/bookshelf-iodku-unique-index.sql");

  private static Template unsplit() throws IOException {
    return Template.read("row-bookshelf-iodku-unsplit.sql", Files.readString(UNSPLIT, StandardCharsets.UTF_8));
  }

  @Test
  void explore_bookshelfUnsplitAtRowGranularity_findsTheLoggedDeadlockAndItsWitnessReplays() throws IOException {
    List<String> recorded = ExploreTest.deadlockBlock(Files.readString(SEED, StandardCharsets.UTF_8));
    assertFalse(recorded.isEmpty());
    ExploreReport r = TemplateExplorer.explore(unsplit(), ExploreOptions.exhaustive().withGranularity(ExploreOptions.Granularity.ROW));
    assertTrue(r.deadlockPossible(), r.verdict());
    ExploreReport.Result logged = r.results().stream()
        .filter(res -> res.deadlock() && ExploreTest.deadlockBlock(res.witnessScenario()).equals(recorded))
        .findFirst().orElseThrow(() -> new AssertionError("no witness shows the seed's recorded deadlock " + recorded));
    String w = logged.witnessScenario();
    assertTrue(w.contains("-- @pause T2: after 1 row\n"), w);
    assertTrue(w.contains("T2: RESUME;"), w);
    // run reproduces the witness line by line, and check accepts it as its own expectation
    ScenarioRunner.Result again = ScenarioRunner.run(ScenarioParser.parse("w.sql", w), Optional.empty());
    assertEquals(w, again.annotated(), "the witness replays to the same outcomes");
    assertEquals(Optional.empty(), ScenarioCheck.firstDifference(again.scenario(), w, again.trace()).map(d -> d.describe("w.sql")));
  }

  @Test
  void explore_bookshelfUnsplitAtStatementGranularity_cannotDeadlock() throws IOException {
    ExploreReport r = TemplateExplorer.explore(unsplit(), ExploreOptions.exhaustive());
    assertFalse(r.deadlockPossible(), () -> r.deadlockWitness().orElseThrow().witnessScenario());
    assertTrue(r.verdict().startsWith("no deadlock in "), r.verdict());
  }

  @Test
  void templateCheck_bookshelfUnsplit_holdsAtTheGranularityItStates() throws IOException {
    Template t = unsplit();
    assertTrue(t.rowGranularity());
    assertEquals(Optional.empty(), TemplateCheck.firstDifference(t, Optional.empty()));
  }

  @Test
  void assertNoDeadlock_templateAtRowGranularity_failsWithAPausingWitness() throws IOException {
    String text = Files.readString(UNSPLIT, StandardCharsets.UTF_8);
    AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
        () -> DeadlockAssertions.assertNoDeadlock("row-bookshelf-iodku-unsplit.sql", text));
    assertTrue(e.getMessage().startsWith("row-bookshelf-iodku-unsplit.sql: deadlock possible; the shortest schedule"), e.getMessage());
    assertTrue(e.getMessage().contains(": RESUME;"), e.getMessage());
  }

  @Test
  void explore_rangeUpdatesInOppositeIndexOrders_deadlockOnlyRowByRow() throws IOException {
    Path p = ROOT.resolve("explore/row-range-updates-opposite-order.sql");
    Template t = Template.read("r.sql", Files.readString(p, StandardCharsets.UTF_8));
    ExploreReport stmt = TemplateExplorer.explore(t, ExploreOptions.exhaustive());
    ExploreReport row = TemplateExplorer.explore(t, ExploreOptions.exhaustive().withGranularity(ExploreOptions.Granularity.ROW));
    assertEquals("no deadlock in 14 schedules", stmt.verdict());
    assertEquals("deadlock possible", row.verdict());
    for (ExploreReport.Result res : row.results()) {
      String again = ScenarioRunner.run(ScenarioParser.parse("w.sql", res.witnessScenario()), Optional.empty()).annotated();
      assertEquals(res.witnessScenario(), again, "every witness replays");
    }
    assertTrue(row.results().stream().anyMatch(res -> res.witnessScenario().contains("-- expect: blocked -> paused\n")));
  }

  static final String RANGE = """
      CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
      INSERT INTO t VALUES (1, 0), (2, 0), (3, 0);
      T1: BEGIN;
      T2: BEGIN;
      T1: UPDATE t SET v = 1 WHERE id BETWEEN 1 AND 3;
      T2: UPDATE t SET v = 2 WHERE id = 3;
      T1: COMMIT;
      T2: COMMIT;
      """;

  @Test
  void explore_rangeUpdateAtRowGranularity_letsTheOtherSessionInBetweenTwoRows() {
    ExploreReport stmt = Explorer.explore(ScenarioParser.parse("r.sql", RANGE), ExploreOptions.exhaustive());
    ExploreReport row = Explorer.explore(ScenarioParser.parse("r.sql", RANGE),
        ExploreOptions.exhaustive().withGranularity(ExploreOptions.Granularity.ROW));
    assertFalse(stmt.deadlockPossible());
    assertFalse(row.deadlockPossible());
    assertTrue(row.schedules().compareTo(stmt.schedules()) > 0, row.schedules() + " vs " + stmt.schedules());
    assertTrue(row.verdict().endsWith(" at row granularity"), row.verdict());
    assertEquals(stmt.results().stream().map(ExploreReport.Result::description).toList(),
        row.results().stream().map(ExploreReport.Result::description).toList());
  }
}
