package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.sql.SqlParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engine behaviour found while building the corpus, each pinned by a small regression test. */
class EngineTest {
  static Engine engine(ServerProfile p, String... setup) {
    Engine e = new Engine(p, IsolationLevel.REPEATABLE_READ, 50);
    for (String s : setup) e.setup(SqlParser.parse(s));
    return e;
  }

  static Engine.StepReport step(Engine e, int session, String sql) {
    Engine.StepReport r = e.step(session, SqlParser.parse(sql));
    assertTrue(e.invariantViolations().isEmpty(), e.invariantViolations().toString());
    return r;
  }

  @Test
  void insertSelect_selectListWithExpressions_insertsComputedRows() {
    Engine e = engine(ServerProfile.MARIADB_10_11,
        "CREATE TABLE t (id INT PRIMARY KEY, v INT)", "CREATE TABLE s (id INT PRIMARY KEY, src INT, v INT)",
        "INSERT INTO t VALUES (1,0),(2,0)");
    step(e, 1, "BEGIN");
    assertEquals(Outcome.OK, step(e, 1, "INSERT INTO s SELECT id + 1, id, 0 FROM t").outcome());
    // the rows 2 and 3 exist now: inserting 3 again is a duplicate
    assertEquals(Outcome.error(MySqlError.ER_DUP_ENTRY), step(e, 1, "INSERT INTO s VALUES (3, 0, 0)").outcome());
  }

  @Test
  void orderByMixedDirections_isRejectedNotIgnored() {
    Engine e = engine(ServerProfile.MARIADB_10_11, "CREATE TABLE t (id INT PRIMARY KEY, v INT)");
    EngineException ex = assertThrows(EngineException.class,
        () -> e.step(1, SqlParser.parse("SELECT * FROM t ORDER BY id DESC, v ASC LIMIT 1 FOR UPDATE")));
    assertTrue(ex.getMessage().startsWith("unsupported: ORDER BY with mixed ASC and DESC"), ex.getMessage());
  }

  @Test
  void deleteWithIndexHint_isASyntaxErrorOnEveryProfile() {
    for (ServerProfile p : ServerProfile.all()) {
      Engine e = engine(p, "CREATE TABLE t (id INT PRIMARY KEY, k INT, KEY idx_k (k))", "INSERT INTO t VALUES (1,1)");
      assertEquals(Outcome.error(MySqlError.ER_PARSE_ERROR),
          step(e, 1, "DELETE FROM t IGNORE INDEX (idx_k) WHERE k = 1").outcome(), p.name());
    }
  }

  @Test
  void updateOrderByLimitNeedingASort_locksEveryRowReadAndChangesTheFirstInSortOrder() {
    Engine e = engine(ServerProfile.MYSQL_9_7, "CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k))",
        "INSERT INTO t VALUES (1, 0, 30), (2, 0, 10), (3, 0, 20), (4, 1, 0)");
    step(e, 1, "BEGIN");
    assertEquals(Outcome.OK, step(e, 1, "UPDATE t SET k = 5 WHERE k = 0 ORDER BY v ASC LIMIT 1").outcome());
    step(e, 2, "BEGIN");
    // every row of the k = 0 range was read and locked before the sort: row 1 (not changed) waits
    assertEquals(Outcome.BLOCKED, step(e, 2, "SELECT * FROM t WHERE id = 1 FOR UPDATE").outcome());
    step(e, 2, "ROLLBACK");
    step(e, 1, "COMMIT");
    // the row changed is the first in ORDER BY v: row 2 (v = 10), not row 1, the first scanned
    assertEquals(List.of("0", "5", "0", "1"), e.columnValues("t", "k").stream().map(String::valueOf).toList());
    // a DELETE sorts the same way, descending too: the two largest v of k = 0 go (rows 1 and 3)
    assertEquals(Outcome.OK, step(e, 3, "DELETE FROM t WHERE k = 0 ORDER BY v DESC LIMIT 2").outcome());
    assertEquals(List.of("5", "1"), e.columnValues("t", "k").stream().map(String::valueOf).toList());
  }

  @Test
  void nowait_onMysql57_isASyntaxError() {
    Engine e = engine(ServerProfile.MYSQL_5_7, "CREATE TABLE t (id INT PRIMARY KEY, v INT)", "INSERT INTO t VALUES (1,0)");
    assertEquals(Outcome.error(MySqlError.ER_PARSE_ERROR),
        step(e, 1, "SELECT * FROM t WHERE id = 1 FOR UPDATE NOWAIT").outcome());
  }

  @Test
  void oppositeOrderUpdates_requesterIsTheVictimOnEveryProfile() {
    for (ServerProfile p : ServerProfile.all()) {
      Engine e = engine(p, "CREATE TABLE t (id INT PRIMARY KEY, v INT)", "INSERT INTO t VALUES (1,0),(2,0)");
      step(e, 1, "BEGIN");
      step(e, 2, "BEGIN");
      step(e, 1, "UPDATE t SET v = 1 WHERE id = 1");
      step(e, 2, "UPDATE t SET v = 1 WHERE id = 2");
      assertEquals(Outcome.BLOCKED, step(e, 1, "UPDATE t SET v = 2 WHERE id = 2").outcome(), p.name());
      Engine.StepReport r = step(e, 2, "UPDATE t SET v = 2 WHERE id = 1");
      assertEquals(Outcome.DEADLOCK, r.outcome(), p.name());
      assertEquals(List.of(new Engine.Release("T1", 5, Outcome.OK)), r.released(), p.name());
      assertEquals("T2", r.deadlocks().get(0).victim(), p.name());
    }
  }

  @Test
  void updateThatGrowsARow_getsANewHeapNumber() {
    Engine e = engine(ServerProfile.MARIADB_10_11, "CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10))",
        "INSERT INTO t VALUES (1,'a'),(2,'b')");
    step(e, 1, "BEGIN");
    step(e, 1, "UPDATE t SET s = 'longer' WHERE id = 1");
    int heap = e.snapshot().locks().stream().filter(l -> l.record().isPresent()).findFirst().orElseThrow()
        .record().orElseThrow().heapNo();
    assertEquals(4, heap, "records 1 and 2 had heap numbers 2 and 3; the grown record 1 is re-inserted as 4");
  }

  /** AUTO_INCREMENT table a, source table s whose row 2 T1 has X-locked; T2 and T3 in a transaction. */
  private static Engine autoIncBehindLockedSourceRow() {
    Engine e = engine(ServerProfile.MARIADB_10_11,
        "CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT)", "CREATE TABLE s (id INT PRIMARY KEY, v INT)",
        "INSERT INTO s VALUES (1,10),(2,20)");
    step(e, 1, "BEGIN");
    step(e, 2, "BEGIN");
    step(e, 3, "BEGIN");
    step(e, 1, "UPDATE s SET v = 21 WHERE id = 2");
    return e;
  }

  private static List<String> locksOf(Engine e, String session) {
    List<String> lines = e.locks(List.of(dev.innosim.mysql.SessionId.parse(session))).stream()
        .map(dev.innosim.mysql.LockRow::text).toList();
    return lines.isEmpty() ? List.of(session + " holds  nothing") : lines;
  }

  @Test
  void insertSelect_waitingForAutoInc_insertsTheRowItFetchedBeforeWaiting() {
    Engine e = autoIncBehindLockedSourceRow();
    assertEquals(Outcome.BLOCKED, step(e, 2, "INSERT INTO a (v) SELECT v FROM s").outcome(), "holds AUTO-INC");
    assertEquals(Outcome.BLOCKED, step(e, 3, "INSERT INTO a (v) SELECT v FROM s WHERE id = 1").outcome());
    Engine.StepReport r = step(e, 1, "COMMIT");
    assertEquals(List.of(new Engine.Release("T2", 5, Outcome.OK), new Engine.Release("T3", 6, Outcome.OK)), r.released());
    // T2 took ids 1 and 2, T3 took 3 for the source row it had fetched before waiting
    assertEquals(Outcome.error(MySqlError.ER_DUP_ENTRY), step(e, 3, "INSERT INTO a VALUES (3, 0)").outcome());
    assertEquals(List.of("T3 holds  TABLE a IX", "T3 holds  TABLE s IS", "T3 holds  RECORD s.PRIMARY S,REC_NOT_GAP (1)"),
        locksOf(e, "T3").subList(0, 3));
  }

  @Test
  void explicitAutoIncValue_takesAutoIncAfterIntention() {
    Engine e = autoIncBehindLockedSourceRow();
    step(e, 2, "INSERT INTO a (v) SELECT v FROM s");
    assertEquals(Outcome.BLOCKED, step(e, 3, "INSERT INTO a VALUES (100, 0)").outcome());
    assertEquals(List.of("T3 holds  TABLE a IX", "T3 waits  TABLE a AUTO-INC"), locksOf(e, "T3"));
  }
}
