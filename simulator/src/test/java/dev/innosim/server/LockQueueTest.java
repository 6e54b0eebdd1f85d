package dev.innosim.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.MySqlError;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The lock queues through the server seam: grant order on release (FIFO on MariaDB and 5.7, CATS
 * on 8.0), waiting behind waiters, gap locks passed on when an insert splits a gap or a rolled-back
 * insert's record disappears, and READ COMMITTED releasing the rows a scan rejects.
 */
class LockQueueTest {
  static final SessionId T1 = SessionId.of(1);
  static final SessionId T2 = SessionId.of(2);
  static final SessionId T3 = SessionId.of(3);
  static final SessionId T4 = SessionId.of(4);

  /** Fixture F1 of the spec's §8. */
  static SimulatedServer server(ServerProfile profile, IsolationLevel isolation) {
    SimulatedServer s = new SimulatedServer(profile, isolation, Map.of()).captureDeadlockSnapshots(false);
    s.setup(LockWorld.command("CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB"));
    s.setup(LockWorld.command("INSERT INTO t VALUES (10,10,0),(20,20,0),(30,30,0)"));
    return s;
  }

  static StepEvents run(SimulatedServer s, SessionId session, String sql) {
    StepEvents e = s.issue(session, LockWorld.command(sql));
    assertEquals(List.of(), s.invariantViolations(), "after " + session + ": " + sql);
    return e;
  }

  static void begin(SimulatedServer s, SessionId... sessions) {
    for (SessionId x : sessions) run(s, x, "BEGIN");
  }

  /** The lock lines of one session, in checkpoint order. */
  static List<String> locksOf(SimulatedServer s, SessionId session) {
    return s.locks().stream().filter(r -> r.session().equals(session)).map(LockRow::text).toList();
  }

  static List<SessionId> released(StepEvents e) {
    return e.released().stream().map(Release::session).toList();
  }

  /** Spec T27: T2 and T3 queue X on 20 behind T1, T4 queues behind T3's row 30; then T1 commits. */
  static StepEvents commitUnderTwoWaiters(SimulatedServer s) {
    begin(s, T1, T2, T3, T4);
    run(s, T1, "UPDATE t SET v=1 WHERE id=20");
    run(s, T3, "UPDATE t SET v=1 WHERE id=30");
    assertTrue(run(s, T2, "UPDATE t SET v=2 WHERE id=20").blocked());
    assertTrue(run(s, T3, "UPDATE t SET v=3 WHERE id=20").blocked());
    assertTrue(run(s, T4, "UPDATE t SET v=4 WHERE id=30").blocked());
    run(s, T1, "DO SLEEP(1)");
    return run(s, T1, "COMMIT");
  }

  @Test
  void release_fifoOnMariadb_grantsTheEarliestWaiter() {
    SimulatedServer s = server(ServerProfile.MARIADB_10_11, IsolationLevel.REPEATABLE_READ);
    assertEquals(List.of(T2), released(commitUnderTwoWaiters(s)));
    assertTrue(s.isBlocked(T3));
    assertEquals(List.of("T2 holds  TABLE t IX", "T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)"), locksOf(s, T2));
  }

  @Test
  void release_fifoOnMysql57_grantsTheEarliestWaiter() {
    SimulatedServer s = server(ServerProfile.MYSQL_5_7, IsolationLevel.REPEATABLE_READ);
    assertEquals(List.of(T2), released(commitUnderTwoWaiters(s)));
    assertTrue(s.isBlocked(T3));
  }

  @Test
  void release_catsOnMysql80_grantsTheHeavierLaterWaiter() {
    SimulatedServer s = server(ServerProfile.MYSQL_8_0, IsolationLevel.REPEATABLE_READ);
    assertEquals(List.of(T3), released(commitUnderTwoWaiters(s)));
    assertTrue(s.isBlocked(T2), "T2 queued first but weighs 1, T3 weighs 2 (T4 waits for it)");
    assertTrue(locksOf(s, T3).contains("T3 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)"));
    // T3's commit then frees both rows: T2 gets 20, T4 gets 30
    assertEquals(List.of(T2, T4), released(run(s, T3, "COMMIT")));
  }

  @Test
  void release_sharedWaitersAheadOfExclusive_grantsBothSharedTogether() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = server(p, IsolationLevel.REPEATABLE_READ);
      begin(s, T1, T2, T3, T4);
      run(s, T1, "UPDATE t SET v = 1 WHERE id = 20");
      run(s, T2, "SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE");
      run(s, T3, "SELECT * FROM t WHERE id = 20 LOCK IN SHARE MODE");
      run(s, T4, "UPDATE t SET v = 4 WHERE id = 20");
      assertEquals(List.of(T2, T3), released(run(s, T1, "COMMIT")), p.name());
      assertTrue(s.isBlocked(T4), p.name());
      run(s, T2, "COMMIT");
      assertEquals(List.of(T4), released(run(s, T3, "COMMIT")), p.name());
    }
  }

  @Test
  void request_sharedBehindWaitingExclusive_waitsThoughGrantedLocksAreShared() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = server(p, IsolationLevel.REPEATABLE_READ);
      begin(s, T1, T2, T3);
      run(s, T1, "SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE");
      assertTrue(run(s, T2, "UPDATE t SET v=1 WHERE id=20").blocked(), p.name());
      assertTrue(run(s, T3, "SELECT * FROM t WHERE id=20 LOCK IN SHARE MODE").blocked(),
          p.name() + ": S must queue behind the waiting X (spec §1.5, test 26)");
      assertEquals(List.of(T2), released(run(s, T1, "COMMIT")), p.name());
      assertEquals(List.of(T3), released(run(s, T2, "COMMIT")), p.name());
    }
  }

  @Test
  void insert_intoOwnLockedGap_newRecordInheritsTheGapLock() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = server(p, IsolationLevel.REPEATABLE_READ);
      begin(s, T1, T2, T3);
      run(s, T1, "SELECT * FROM t WHERE id=15 FOR UPDATE");
      run(s, T1, "INSERT INTO t VALUES (15,15,0)");
      assertEquals(List.of("T1 holds  TABLE t IX", "T1 holds  RECORD t.PRIMARY X,GAP (15)", "T1 holds  RECORD t.PRIMARY X,GAP (20)"),
          locksOf(s, T1), p.name());
      // both halves of the split gap stay closed to others
      assertTrue(run(s, T2, "INSERT INTO t VALUES (12,12,0)").blocked(), p.name());
      assertTrue(run(s, T3, "INSERT INTO t VALUES (17,17,0)").blocked(), p.name());
      assertEquals(List.of("T2 holds  TABLE t IX", "T2 waits  RECORD t.PRIMARY X,GAP,INSERT_INTENTION (15)"), locksOf(s, T2), p.name());
      assertEquals(List.of(T2, T3), released(run(s, T1, "COMMIT")), p.name());
    }
  }

  /** Spec §3.10: T2's rollback removes its new row 15; T1, waiting with S on it, is woken. */
  static SimulatedServer rollbackUnderSharedWaiter(ServerProfile p, IsolationLevel isolation) {
    SimulatedServer s = server(p, isolation);
    begin(s, T1, T2, T3);
    run(s, T2, "INSERT INTO t VALUES (15,15,0)");
    assertTrue(run(s, T1, "SELECT * FROM t WHERE id=15 LOCK IN SHARE MODE").blocked());
    assertEquals(List.of("T2 holds  TABLE t IX", "T2 holds  RECORD t.PRIMARY X,REC_NOT_GAP (15)"), locksOf(s, T2));
    assertEquals(List.of(T1), released(run(s, T2, "ROLLBACK")));
    return s;
  }

  @Test
  void rollbackOfInsert_rcWaiterOnMysql57_inheritsSharedGapOnNextRecord() {
    SimulatedServer s = rollbackUnderSharedWaiter(ServerProfile.MYSQL_5_7, IsolationLevel.READ_COMMITTED);
    // an RC search takes no gap lock itself: the S,GAP can only be the inherited one
    assertEquals(List.of("T1 holds  TABLE t IS", "T1 holds  RECORD t.PRIMARY S,GAP (20)"), locksOf(s, T1));
    assertTrue(run(s, T3, "INSERT INTO t VALUES (16,16,0)").blocked());
  }

  @Test
  void rollbackOfInsert_rcWaiterOnMysql80_inheritsNothing() {
    SimulatedServer s = rollbackUnderSharedWaiter(ServerProfile.MYSQL_8_0, IsolationLevel.READ_COMMITTED);
    assertEquals(List.of("T1 holds  TABLE t IS"), locksOf(s, T1));
    assertFalse(run(s, T3, "INSERT INTO t VALUES (16,16,0)").blocked());
  }

  @Test
  void rollbackOfInsert_rrWaiter_endsWithAGapLockOnNextRecord() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = rollbackUnderSharedWaiter(p, IsolationLevel.REPEATABLE_READ);
      assertTrue(locksOf(s, T1).contains("T1 holds  RECORD t.PRIMARY S,GAP (20)"), p.name() + ": " + locksOf(s, T1));
      assertTrue(run(s, T3, "INSERT INTO t VALUES (16,16,0)").blocked(), p.name());
    }
  }

  @Test
  void fullScan_readCommitted_releasesEveryRowTheWhereRejects() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = server(p, IsolationLevel.READ_COMMITTED);
      begin(s, T1, T2, T3);
      assertEquals(StepOutcome.OK, run(s, T1, "UPDATE t SET v=1 WHERE v=999").own().orElseThrow(), p.name());
      assertEquals(List.of("T1 holds  TABLE t IX"), locksOf(s, T1), p.name());
      assertFalse(run(s, T2, "UPDATE t SET v=5 WHERE id=10").blocked(), p.name());
      assertFalse(run(s, T3, "INSERT INTO t VALUES (40,40,0)").blocked(), p.name());
    }
  }

  @Test
  void fullScan_repeatableRead_keepsEveryRowAndTheSupremum() {
    SimulatedServer s = server(ServerProfile.MARIADB_10_11, IsolationLevel.REPEATABLE_READ);
    begin(s, T1, T2);
    run(s, T1, "UPDATE t SET v=1 WHERE v=999");
    assertEquals(List.of("T1 holds  TABLE t IX", "T1 holds  RECORD t.PRIMARY X (10)", "T1 holds  RECORD t.PRIMARY X (20)",
        "T1 holds  RECORD t.PRIMARY X (30)", "T1 holds  RECORD t.PRIMARY X supremum"), locksOf(s, T1));
    assertTrue(run(s, T2, "UPDATE t SET v=5 WHERE id=10").blocked());
  }

  @Test
  void secondaryRange_readCommittedOnMysql_releasesThePastRangeRow() {
    SimulatedServer s = server(ServerProfile.MYSQL_8_0, IsolationLevel.READ_COMMITTED);
    begin(s, T1, T2);
    run(s, T1, "SELECT id FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 10 AND 20 FOR UPDATE");
    assertFalse(run(s, T2, "UPDATE t SET v = 1 WHERE id = 30").blocked());
  }

  @Test
  void secondaryRange_readCommittedOnMariadb_keepsThePastRangeRow() {
    SimulatedServer s = server(ServerProfile.MARIADB_10_11, IsolationLevel.READ_COMMITTED);
    begin(s, T1, T2);
    run(s, T1, "SELECT id FROM t FORCE INDEX (idx_k) WHERE k BETWEEN 10 AND 20 FOR UPDATE");
    assertTrue(run(s, T2, "UPDATE t SET v = 1 WHERE id = 30").blocked());
  }

  @Test
  void duplicateInsert_committedRow_failsWith1062AndKeepsTheSharedLock() {
    for (ServerProfile p : ServerProfile.all()) {
      SimulatedServer s = server(p, IsolationLevel.REPEATABLE_READ);
      begin(s, T1);
      assertEquals(StepOutcome.Failed.of(MySqlError.ER_DUP_ENTRY), run(s, T1, "INSERT INTO t VALUES (20,0,0)").own().orElseThrow());
      assertTrue(locksOf(s, T1).stream().anyMatch(l -> l.startsWith("T1 holds  RECORD t.PRIMARY S") && l.endsWith("(20)")),
          p.name() + ": " + locksOf(s, T1));
    }
  }
}
