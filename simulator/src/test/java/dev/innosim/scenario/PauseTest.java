package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code -- @pause Tn: after N rows} and {@code Tn: RESUME;}: a statement stopped between two of its rows. */
class PauseTest {
  static final String SETUP = """
      CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
      INSERT INTO t VALUES (1, 0), (2, 0), (3, 0);
      """;

  private static ScenarioRunner.Result run(String body) {
    return ScenarioRunner.run(ScenarioParser.parse("p.sql", SETUP + body), Optional.empty());
  }

  @Test
  void run_rangeUpdatePausedAfterOneRow_letsAnotherSessionLockALaterRowFirst() {
    ScenarioRunner.Result r = run("""
        T1: BEGIN;
        T2: BEGIN;
        -- @pause T1: after 1 row
        T1: UPDATE t SET v = 1 WHERE id BETWEEN 1 AND 3;
        -- @locks
        T2: UPDATE t SET v = 2 WHERE id = 3;
        T1: RESUME;
        T2: COMMIT;
        T1: COMMIT;
        """);
    assertEquals(List.of("ok", "ok", "paused", "ok", "blocked -> ok", "ok", "ok"), r.outcomes());
    assertTrue(r.annotated().contains("--   T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (1)\n"), r.annotated());
    assertTrue(r.annotated().contains("T2: COMMIT;                                        -- expect: ok\n-- released: T1 -> ok\n"),
        r.annotated());
  }

  @Test
  void run_multiRowInsertPausedTwice_insertsItsRowsInThreeSteps() {
    ScenarioRunner.Result r = run("""
        T1: BEGIN;
        -- @pause T1: after 1 row
        T1: INSERT INTO t VALUES (4, 0), (5, 0), (6, 0);
        -- @pause T1: after 1 row
        T1: RESUME;
        -- @locks
        T1: RESUME;
        T1: COMMIT;
        """);
    assertEquals(List.of("ok", "paused", "paused", "ok", "ok"), r.outcomes());
  }

  @Test
  void run_statementWithFewerRowsThanItsPause_endsAsUsual() {
    ScenarioRunner.Result r = run("""
        -- @pause T1: after 3 rows
        T1: UPDATE t SET v = 1 WHERE id = 2;
        """);
    assertEquals(List.of("ok"), r.outcomes());
  }

  @Test
  void run_pausedAtTheEndOfTheScript_runsOnToItsEnd() {
    ScenarioRunner.Result r = run("""
        T1: BEGIN;
        -- @pause T1: after 1 row
        T1: DELETE FROM t WHERE id >= 1;
        """);
    assertEquals(List.of("ok", "paused"), r.outcomes());
    assertTrue(r.annotated().endsWith("-- note: end of script\n-- released: T1 -> ok\n"), r.annotated());
  }

  @Test
  void writer_pausedStep_roundTripsThroughTheParser() {
    String text = SETUP + """
        T1: BEGIN;
        -- @pause T1: after 2 rows
        T1: UPDATE t SET v = 1 WHERE id BETWEEN 1 AND 3;
        T2: BEGIN;
        T1: RESUME;
        """;
    Script s = Script.of(ScenarioParser.parse("p.sql", text));
    assertEquals(2, ((Script.StepLine) s.body().get(1)).pauseAfterRows());
    String written = ScenarioWriter.write(s);
    assertTrue(written.contains("-- @pause T1: after 2 rows\nT1: UPDATE"), written);
    assertEquals(s, Script.of(ScenarioParser.parse("p.sql", written)));
  }

  @Test
  void parse_pauseNotFollowedByItsSessionsStep_isAnErrorAtItsLine() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("p.sql", SETUP + """
        -- @pause T1: after 1 row
        T2: UPDATE t SET v = 1 WHERE id >= 1;
        """));
    assertEquals("p.sql:3: @pause T1 is not followed by a step of that session", e.getMessage());
  }

  @Test
  void parse_malformedPause_isAnErrorAtItsLine() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioParser.parse("p.sql", SETUP + """
        -- @pause T1: after some rows
        T1: UPDATE t SET v = 1 WHERE id >= 1;
        """));
    assertEquals("p.sql:3: malformed @pause: -- @pause T1: after some rows (expected '-- @pause T2: after 2 rows')", e.getMessage());
  }

  @Test
  void run_resumeWithoutAPausedStatement_isAnErrorAtItsLine() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> run("""
        T1: BEGIN;
        T1: RESUME;
        """));
    assertEquals("p.sql:4: T1 has no paused statement to RESUME", e.getMessage());
  }

  @Test
  void run_nextStatementOfAPausedSession_isAnErrorAtItsLine() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> run("""
        T1: BEGIN;
        -- @pause T1: after 1 row
        T1: UPDATE t SET v = 1 WHERE id >= 1;
        T1: COMMIT;
        """));
    assertEquals("p.sql:6: T1's statement is paused inside its rows: RESUME it before the next statement in: COMMIT", e.getMessage());
  }
}
