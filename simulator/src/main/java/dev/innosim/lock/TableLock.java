package dev.innosim.lock;

/** One table lock object; mutable only in its wait flag. */
public final class TableLock {
  private final TrxLocks trx;
  private final String table;
  private final int mode;
  private final long seq;
  boolean waiting;
  private final Object why;

  TableLock(TrxLocks trx, String table, int mode, long seq, boolean waiting, Object why) {
    this.why = why;
    this.trx = trx;
    this.table = table;
    this.mode = mode;
    this.seq = seq;
    this.waiting = waiting;
  }

  public TrxLocks trx() { return trx; }

  public String table() { return table; }

  public int mode() { return mode; }

  public long seq() { return seq; }

  public boolean isWaiting() { return waiting; }

  /** Why this lock was taken, or null. */
  public Object why() { return why; }

  @Override public String toString() { return trx + " TABLE " + table + " " + LockType.tableModeText(mode) + (waiting ? " waiting" : ""); }
}
