package dev.innosim.engine;

import dev.innosim.lock.LockSys;
import dev.innosim.schema.IsolationLevel;
import java.util.List;

/** Starts, commits and rolls back transactions; mutable only in its transaction id counter. */
final class Transactions {
  private final LockSys lockSys;
  private final UndoLog undo;
  private int nextTrxId = 1;

  Transactions(LockSys lockSys, UndoLog undo, int nextTrxId) {
    this.lockSys = lockSys;
    this.undo = undo;
    this.nextTrxId = nextTrxId;
  }

  /** The id the next transaction gets. */
  int nextTrxId() { return nextTrxId; }

  /** A new transaction for the session, at the isolation level its next transaction has. */
  Trx begin(Session s) {
    IsolationLevel iso = s.nextTrxIsolation != null ? s.nextTrxIsolation : s.isolation;
    s.nextTrxIsolation = null;
    return new Trx(nextTrxId++, s, iso);
  }

  /** Commits the session's transaction: its locks are released, waiters granted. */
  void commit(Session s) {
    Trx t = s.trx;
    s.trx = null;
    t.active = false;
    lockSys.releaseAll(t);
    // nothing reads a committed transaction's undo (committedVersion asks only active holders),
    // so the log goes at commit, as InnoDB frees insert undo at commit: a 10^6-row setup keeps none
    t.undo.clear();
    t.undo.trimToSize();
  }

  /**
   * Rolls the whole transaction back, then releases its locks.
   *
   * @return the transactions whose waits the undo cancelled, to resume
   */
  List<Trx> rollback(Trx t) {
    List<Trx> woken = undo.rollback(t, 0, UndoLog.Scope.TRANSACTION);
    t.active = false;
    lockSys.releaseAll(t);
    if (t.session.trx == t) t.session.trx = null;
    return woken;
  }
}
