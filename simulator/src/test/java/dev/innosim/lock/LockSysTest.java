package dev.innosim.lock;

import static dev.innosim.lock.LockType.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Collation;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The record lock queues: grant order on release (FIFO and CATS), gap inheritance, RC row release. */
class LockSysTest {
  static final class T extends TrxLocks {
    private final IsolationLevel isolation;

    T(int id, IsolationLevel isolation) {
      super(id, "T" + id);
      this.isolation = isolation;
    }

    T(int id) {
      this(id, IsolationLevel.REPEATABLE_READ);
    }

    @Override public IsolationLevel isolation() { return isolation; }

    @Override public boolean duplicates() { return false; }
  }

  static final int X_REC = LOCK_X | LOCK_REC_NOT_GAP;

  final IndexTree index = new IndexTree("t", "PRIMARY", true, true, 1,
      List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
  final Rec r10 = index.insert(new Value[] {Value.Int.of(10)});
  final Rec r20 = index.insert(new Value[] {Value.Int.of(20)});
  final Rec r30 = index.insert(new Value[] {Value.Int.of(30)});

  private static List<Integer> modesOf(TrxLocks t, Rec r) {
    return LockSys.locksOn(r).stream().filter(s -> s.trx() == t).map(LockStruct::typeMode).toList();
  }

  /** T1 holds r10; T2 then T3 wait for it; T3 also holds r20, on which T4 waits (so T3 weighs 2). */
  private List<T> twoWaitersOneHeavier(LockSys locks) {
    T t1 = new T(1);
    T t2 = new T(2);
    T t3 = new T(3);
    T t4 = new T(4);
    assertSame(RecordRequest.GRANTED, locks.lockRecord(t1, r10, X_REC, false));
    assertSame(RecordRequest.GRANTED, locks.lockRecord(t3, r20, X_REC, false));
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t2, r10, X_REC, false));
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t3, r10, X_REC, false));
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t4, r20, X_REC, false));
    locks.drainGranted();
    return List.of(t1, t2, t3, t4);
  }

  @Test
  void releaseAll_fifoProfile_grantsTheFirstWaiterInQueueOrder() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    List<T> t = twoWaitersOneHeavier(locks);
    locks.releaseAll(t.get(0));
    assertEquals(List.of(t.get(1)), locks.drainGranted());
    assertFalse(t.get(1).isWaiting());
    assertTrue(t.get(2).isWaiting());
    assertSame(t.get(1), t.get(2).waitTrx());
  }

  @Test
  void releaseAll_catsProfile_grantsTheHeaviestWaiterFirst() {
    LockSys locks = new LockSys(ServerProfile.MYSQL_8_0);
    List<T> t = twoWaitersOneHeavier(locks);
    locks.releaseAll(t.get(0));
    assertEquals(List.of(t.get(2)), locks.drainGranted());
    assertFalse(t.get(2).isWaiting());
    assertTrue(t.get(1).isWaiting());
    assertSame(t.get(2), t.get(1).waitTrx());
  }

  @Test
  void lockRecord_grantedFirstProfile_putsTheNewGrantAtTheFront() {
    LockSys locks = new LockSys(ServerProfile.MYSQL_8_0);
    T t1 = new T(1);
    T t2 = new T(2);
    locks.lockRecord(t1, r10, LOCK_S | LOCK_REC_NOT_GAP, false);
    locks.lockRecord(t2, r10, LOCK_S | LOCK_REC_NOT_GAP, false);
    assertEquals(List.of(t2, t1), LockSys.locksOn(r10).stream().map(LockStruct::trx).toList());
    LockSys fifo = new LockSys(ServerProfile.MARIADB_10_11);
    T t3 = new T(3);
    T t4 = new T(4);
    fifo.lockRecord(t3, r20, LOCK_S | LOCK_REC_NOT_GAP, false);
    fifo.lockRecord(t4, r20, LOCK_S | LOCK_REC_NOT_GAP, false);
    assertEquals(List.of(t3, t4), LockSys.locksOn(r20).stream().map(LockStruct::trx).toList());
  }

  @Test
  void inheritToGapAndCancel_removedRecord_heirGetsAGapLockOfTheSameModeAndWaitersAreWoken() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    T t2 = new T(2);
    locks.lockRecord(t1, r20, LOCK_S, false);
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t2, r20, X_REC, false));
    index.remove(r20);
    List<TrxLocks> woken = locks.inheritToGapAndCancel(r20, r30);
    assertEquals(List.of(t2), woken);
    assertFalse(t2.isWaiting());
    assertEquals(List.of(LOCK_S | LOCK_GAP), modesOf(t1, r30));
    assertEquals(List.of(), LockSys.locksOn(r20));
    LockReason why = LockSys.locksOn(r30).get(0).why(r30);
    assertInstanceOf(Inherited.class, why);
    assertEquals(Inherited.Cause.RECORD_REMOVED, ((Inherited) why).cause());
  }

  @Test
  void inheritToGapAndCancel_readCommittedXLock_isNotInheritedOnMariaDb() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T rc = new T(1, IsolationLevel.READ_COMMITTED);
    locks.lockRecord(rc, r20, X_REC, false);
    index.remove(r20);
    locks.inheritToGapAndCancel(r20, r30);
    assertEquals(List.of(), modesOf(rc, r30));
  }

  @Test
  void inheritOnInsert_gapSplit_newRecordInheritsTheGapLock() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    locks.lockRecord(t1, r30, LOCK_X | LOCK_GAP, false);
    Rec r25 = index.insert(new Value[] {Value.Int.of(25)});
    locks.inheritOnInsert(r30, r25);
    assertEquals(List.of(LOCK_X | LOCK_GAP), modesOf(t1, r25));
    assertEquals(List.of(LOCK_X | LOCK_GAP), modesOf(t1, r30));
  }

  @Test
  void inheritOnInsert_recordOnlyLock_isNotInherited() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    locks.lockRecord(t1, r30, X_REC, false);
    Rec r25 = index.insert(new Value[] {Value.Int.of(25)});
    locks.inheritOnInsert(r30, r25);
    assertEquals(List.of(), modesOf(t1, r25));
  }

  @Test
  void unlockRow_readCommittedRelease_clearsTheBitKeepsTheStructAndGrantsTheWaiter() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1, IsolationLevel.READ_COMMITTED);
    T t2 = new T(2, IsolationLevel.READ_COMMITTED);
    locks.lockRecord(t1, r10, X_REC, false);
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t2, r10, X_REC, false));
    locks.unlockRow(t1, r10, LOCK_X);
    assertEquals(List.of(t2), locks.drainGranted());
    assertEquals(List.of(), modesOf(t1, r10));
    assertEquals(1, t1.lockStructCount());
    assertEquals(0, t1.rowLockCount());
    assertNull(t2.waitTrx());
  }

  @Test
  void lockRecord_sameModeOnAnotherRecord_reusesTheStruct() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    locks.lockRecord(t1, r10, X_REC, false);
    locks.lockRecord(t1, r20, X_REC, false);
    assertEquals(1, t1.lockStructCount());
    assertEquals(2, t1.rowLockCount());
    assertSame(RecordRequest.ALREADY_HELD, locks.lockRecord(t1, r10, LOCK_S | LOCK_REC_NOT_GAP, false));
  }

  /** An index of {@code n} records with keys 1..n (several 64-record groups). */
  private static Rec[] records(int n) {
    IndexTree idx = new IndexTree("t", "PRIMARY", true, true, 1, List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
    Rec[] out = new Rec[n];
    for (int k = 0; k < n; k++) out[k] = idx.insert(new Value[] {Value.Int.of(k + 1)});
    return out;
  }

  @Test
  void lockRecord_scanOverManyGroups_oneStructWithABitPerRecord() {
    Rec[] recs = records(300);
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    for (Rec r : recs) assertSame(RecordRequest.GRANTED, locks.lockRecord(t1, r, LOCK_X, false));
    assertEquals(1, t1.lockStructCount());
    assertEquals(300, t1.rowLockCount());
    LockStruct s = (LockStruct) t1.lockList().get(0);
    assertEquals(List.of(recs), s.recs());
    assertSame(RecordRequest.ALREADY_HELD, locks.lockRecord(t1, recs[200], LOCK_X, false));
    locks.releaseAll(t1);
    assertEquals(0, t1.lockStructCount());
    for (Rec r : recs) assertFalse(LockSys.hasLocks(r));
  }

  @Test
  void unlockRow_inALargeStruct_resetsOneBitAndKeepsTheStruct() {
    Rec[] recs = records(130);
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1, IsolationLevel.READ_COMMITTED);
    T t2 = new T(2);
    for (Rec r : recs) locks.lockRecord(t1, r, X_REC, false);
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t2, recs[100], X_REC, false));
    locks.unlockRow(t1, recs[100], LOCK_X);
    assertEquals(1, t1.lockStructCount());
    assertEquals(129, t1.rowLockCount());
    assertFalse(t2.isWaiting());
    assertEquals(List.of(t2), locks.drainGranted());
    assertEquals(List.of(t2), LockSys.locksOn(recs[100]).stream().map(LockStruct::trx).toList());
  }

  @Test
  void reinsertGrown_newHeapNumber_keepsTheLocks() {
    LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
    T t1 = new T(1);
    locks.lockRecord(t1, r20, X_REC, false);
    int heap = r20.heapNo();
    index.reinsertGrown(r20);
    assertTrue(r20.heapNo() != heap);
    assertEquals(List.of(X_REC), modesOf(t1, r20));
    assertEquals(List.of(), LockSys.locksOn(r10));
  }

  @Test
  void lockRecord_eightZeroQueueOrder_grantedAheadNewestFirstThenWaiters() {
    LockSys locks = new LockSys(ServerProfile.MYSQL_8_0);
    T t1 = new T(1);
    T t2 = new T(2);
    T t3 = new T(3);
    locks.lockRecord(t1, r10, LOCK_S | LOCK_REC_NOT_GAP, false);
    locks.lockRecord(t2, r10, LOCK_S | LOCK_REC_NOT_GAP, false);
    assertInstanceOf(RecordRequest.MustWait.class, locks.lockRecord(t3, r10, X_REC, false));
    assertEquals(List.of(t2, t1, t3), LockSys.locksOn(r10).stream().map(LockStruct::trx).toList());
  }
}
