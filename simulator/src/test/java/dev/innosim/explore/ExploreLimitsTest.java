package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import org.junit.jupiter.api.Test;

/** A search that stops at a limit says so and never claims "no deadlock"; every limit holds in every mode. */
class ExploreLimitsTest {
  static final Scenario OPPOSITE = ScenarioParser.parse("opposite.sql", """
      CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
      INSERT INTO accounts VALUES (1, 100), (2, 100);
      T1: BEGIN;
      T1: UPDATE accounts SET balance = balance - 10 WHERE id = 1;
      T1: UPDATE accounts SET balance = balance + 10 WHERE id = 2;
      T1: COMMIT;
      T2: BEGIN;
      T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;
      T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;
      T2: COMMIT;
      """);

  @Test
  void exhaustive_stoppedBeforeTheDeadlock_isNotProvenAndNotNoDeadlock() {
    ExploreReport r = Explorer.explore(OPPOSITE, ExploreOptions.exhaustive().withMaxStates(3));
    assertFalse(r.complete());
    assertFalse(r.deadlockPossible());
    assertTrue(r.verdict().startsWith("not proven: the search stopped (--max-states 3 reached)"), r.verdict());
    assertFalse(r.verdict().contains("no deadlock"), r.verdict());
    assertTrue(ExploreJson.toJson(r).contains("\"deadlock_possible\": null"));
    assertTrue(ExploreJson.toJson(r).contains("\"complete\": false"));
  }

  @Test
  void exhaustive_unlimited_findsTheDeadlock() {
    ExploreReport r = Explorer.explore(OPPOSITE, ExploreOptions.exhaustive());
    assertTrue(r.complete());
    assertEquals("deadlock possible", r.verdict());
  }

  @Test
  void random_maxStates_boundsTheStatementsRun() {
    ExploreReport r = Explorer.explore(OPPOSITE, ExploreOptions.random(1_000_000, 1).withMaxStates(10));
    assertFalse(r.complete());
    assertTrue(r.states() <= 10, "states " + r.states());
    assertTrue(r.stopReason().orElseThrow().startsWith("--max-states 10 reached after "), r.stopReason().get());
  }

  @Test
  void timeBudget_alreadySpent_stopsAtOnceAndSaysSo() {
    ExploreReport r = Explorer.explore(OPPOSITE, ExploreOptions.exhaustive().withTimeBudget(1, System.nanoTime() - 1_000_000));
    assertFalse(r.complete());
    assertTrue(r.stopReason().orElseThrow().startsWith("time budget of 0.000 ms reached"), r.stopReason().get());
    assertTrue(r.verdict().startsWith("not proven"), r.verdict());
  }
}
