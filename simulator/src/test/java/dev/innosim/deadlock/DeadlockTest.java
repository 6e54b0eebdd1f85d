package dev.innosim.deadlock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.LockType;
import dev.innosim.lock.RecordRequest;
import dev.innosim.lock.TrxLocks;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Collation;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cycle search over one-edge-per-waiter graphs, and InnoDB's victim choice. */
class DeadlockTest {
  static final class T extends TrxLocks {
    T(int id, int undo) {
      super(id, "T" + id);
      this.undoNo = undo;
    }

    @Override public IsolationLevel isolation() { return IsolationLevel.REPEATABLE_READ; }

    @Override public boolean duplicates() { return false; }
  }

  final LockSys locks = new LockSys(ServerProfile.MARIADB_10_11);
  final IndexTree index = new IndexTree("t", "PRIMARY", true, true, 1,
      List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
  final Rec r1 = index.insert(new Value[] {Value.Int.of(1)});
  final Rec r2 = index.insert(new Value[] {Value.Int.of(2)});
  static final int X_REC = LockType.LOCK_X | LockType.LOCK_REC_NOT_GAP;

  @Test
  void find_twoTransactionsOppositeOrder_requesterIsVictimOnTie() {
    T t1 = new T(1, 1);
    T t2 = new T(2, 1);
    locks.lockRecord(t1, r1, X_REC, false);
    locks.lockRecord(t2, r2, X_REC, false);
    assertTrue(locks.lockRecord(t1, r2, X_REC, false) instanceof RecordRequest.MustWait);
    assertTrue(Deadlock.find(t1).isEmpty());
    assertTrue(locks.lockRecord(t2, r1, X_REC, false) instanceof RecordRequest.MustWait);
    Deadlock.Cycle c = Deadlock.find(t2).orElseThrow();
    assertEquals(List.of(t2, t1), c.members());
    assertEquals(t2, c.victim());
  }

  @Test
  void find_heavierRequester_lighterEarlierWaiterIsVictim() {
    T t1 = new T(1, 5);
    T t2 = new T(2, 0);
    locks.lockRecord(t1, r1, X_REC, false);
    locks.lockRecord(t2, r2, X_REC, false);
    locks.lockRecord(t2, r1, X_REC, false);
    locks.lockRecord(t1, r2, X_REC, false);
    assertEquals(t2, Deadlock.find(t1).orElseThrow().victim());
  }

  @Test
  void find_waiterOutsideTheCycle_isNotAMember() {
    T t1 = new T(1, 0);
    T t2 = new T(2, 0);
    T t3 = new T(3, 0);
    locks.lockRecord(t1, r1, X_REC, false);
    locks.lockRecord(t2, r2, X_REC, false);
    locks.lockRecord(t3, r2, X_REC, false);
    locks.lockRecord(t1, r2, X_REC, false);
    locks.lockRecord(t2, r1, X_REC, false);
    Deadlock.Cycle c = Deadlock.find(t3).orElseThrow();
    assertEquals(List.of(t2, t1), c.members());
  }
}
