package dev.innosim.lock;

/** One table lock object; mutable only in its wait flag. */
public final class TableLock implements Lock {
  private final TrxLocks trx;
  private final String table;
  private final int mode;
  private final long seq;
  boolean waiting;
  private final LockReason why;

  TableLock(TrxLocks trx, String table, int mode, long seq, boolean waiting, LockReason why) {
    this.why = why;
    this.trx = trx;
    this.table = table;
    this.mode = mode;
    this.seq = seq;
    this.waiting = waiting;
  }

  @Override public TrxLocks trx() { return trx; }

  public String table() { return table; }

  public int mode() { return mode; }

  @Override public long seq() { return seq; }

  @Override public boolean isWaiting() { return waiting; }

  /** Why this lock was taken, or null. */
  public LockReason why() { return why; }

  /** A copy for {@code trx} (the copy of this lock's owner), without the reason. */
  TableLock copy(TrxLocks trx) {
    return new TableLock(trx, table, mode, seq, waiting, null);
  }

  @Override public String toString() { return trx + " TABLE " + table + " " + LockType.tableModeText(mode) + (waiting ? " waiting" : ""); }
}
