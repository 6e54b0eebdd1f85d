package dev.innosim.lock;

import dev.innosim.schema.IsolationLevel;
import java.util.ArrayList;
import java.util.List;

/**
 * The lock-manager side of a transaction ({@code trx->lock}): its lock structs in acquisition
 * order, its one waiting lock and the transaction it waits for; mutable, single-threaded.
 */
public abstract class TrxLocks {
  private final int id;
  private final String name;
  /** Table locks ({@link TableLock}) and record lock structs ({@link LockStruct}) in acquisition order. */
  final List<Lock> locks = new ArrayList<>();
  LockStruct waitRecLock;
  TableLock waitTableLock;
  TrxLocks waitTrx;
  /** The transactions whose {@link #waitTrx} is this one (reverse wait-for edges, for CATS weights). */
  final List<TrxLocks> waitedBy = new ArrayList<>(1);
  /** When the current wait started, in request order (8.0 picks its victim by it). */
  long waitSeq;
  /** 8.0 {@code inherit_all}: this statement took statement-duration locks (duplicate checks), so RC inherits them. */
  public boolean inheritAll;
  /** Number of undo log records written ({@code trx->undo_no}). */
  protected int undoNo;

  protected TrxLocks(int id, String name) {
    this.id = id;
    this.name = name;
  }

  /** Order of creation; smaller is older. */
  public int id() { return id; }

  /** The session name, e.g. {@code T1}. */
  public String name() { return name; }

  public abstract IsolationLevel isolation();

  /** True while the transaction runs REPLACE or INSERT ... ON DUPLICATE KEY UPDATE ({@code trx->duplicates}). */
  public abstract boolean duplicates();

  public int undoNo() { return undoNo; }

  /** Number of lock structs, table and record, granted and waiting ({@code UT_LIST_GET_LEN(trx->lock.trx_locks)}). */
  public int lockStructCount() { return locks.size(); }

  /** Number of record locks: bits set over all record lock structs. */
  public int rowLockCount() {
    int n = 0;
    for (Lock o : locks) if (o instanceof LockStruct s) n += s.recCount();
    return n;
  }

  /** {@code TRX_WEIGHT}: undo records plus lock structs. */
  public long weight() { return (long) undoNo + locks.size(); }

  public boolean isWaiting() { return waitRecLock != null || waitTableLock != null; }

  /** The transaction this one waits for ({@code trx->lock.wait_trx}), or null. */
  public TrxLocks waitTrx() { return waitTrx; }

  public LockStruct waitingRecordLock() { return waitRecLock; }

  /** Order in which the current wait started (larger is more recent). */
  public long waitSeq() { return waitSeq; }

  public TableLock waitingTableLock() { return waitTableLock; }

  /** Every lock struct, in acquisition order (read-only view). */
  public List<Lock> lockList() { return java.util.Collections.unmodifiableList(locks); }

  /** Sets this transaction's wait-for edge, keeping the reverse edges in step. */
  void setWaitTrx(TrxLocks blocker) {
    if (waitTrx != null) waitTrx.waitedBy.remove(this);
    waitTrx = blocker;
    if (blocker != null) blocker.waitedBy.add(this);
  }

  /** Takes the counters of {@code o} that are not locks ({@link #inheritAll}, {@link #undoNo}); the lock system copies the rest. */
  protected void copyCountersFrom(TrxLocks o) {
    inheritAll = o.inheritAll;
    undoNo = o.undoNo;
  }

  @Override public String toString() { return name; }
}
