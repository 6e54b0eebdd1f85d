package dev.innosim.lock;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import java.util.ArrayList;
import java.util.List;

/**
 * One record lock object: a transaction, an index (one page per index), a type mode and the set of
 * records it covers; mutable, single-threaded. A waiting struct covers exactly one record.
 */
public final class LockStruct implements Lock {
  private final TrxLocks trx;
  private final IndexTree index;
  private final int typeMode;
  private final long seq;
  private final List<Rec> recs = new ArrayList<>(2);
  /** The reason shared by every bit, while they all have the same one (the common case of a scan). */
  private LockReason sharedWhy;
  /** The bits whose reason differs from {@link #sharedWhy}; null while there are none. */
  private java.util.IdentityHashMap<Rec, LockReason> otherWhys;
  boolean waiting;

  LockStruct(TrxLocks trx, IndexTree index, int typeMode, long seq, boolean waiting) {
    this.trx = trx;
    this.index = index;
    this.typeMode = typeMode;
    this.seq = seq;
    this.waiting = waiting;
  }

  @Override public TrxLocks trx() { return trx; }

  public IndexTree index() { return index; }

  /** Mode and flags, without the wait flag. */
  public int typeMode() { return typeMode; }

  /** Creation order: the queue order of InnoDB's page lock list. */
  @Override public long seq() { return seq; }

  @Override public boolean isWaiting() { return waiting; }

  /** The records whose bit is set, in the order they were set. */
  public List<Rec> recs() { return java.util.Collections.unmodifiableList(recs); }

  void addRec(Rec r, LockReason why) {
    if (recs.isEmpty()) {
      sharedWhy = why;
    } else if (why != sharedWhy) {
      if (otherWhys == null) otherWhys = new java.util.IdentityHashMap<>();
      otherWhys.put(r, why);
    }
    recs.add(r);
  }

  boolean removeRec(Rec r) {
    int i = recs.indexOf(r);
    if (i < 0) return false;
    recs.remove(i);
    if (otherWhys != null) otherWhys.remove(r);
    return true;
  }

  /** Clears every bit at once (the struct is being released). */
  void clearRecs() {
    recs.clear();
    otherWhys = null;
    sharedWhy = null;
  }

  /** Why the bit of {@code r} (one of {@link #recs()}) was set, or null when nothing was recorded. */
  public LockReason why(Rec r) {
    if (otherWhys != null && otherWhys.containsKey(r)) return otherWhys.get(r);
    return sharedWhy;
  }

  boolean covers(Rec r) { return recs.contains(r); }

  @Override
  public String toString() {
    return trx + " " + LockType.recordModeText(typeMode) + (waiting ? " waiting" : "") + " " + recs;
  }
}
