package dev.innosim.lock;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * One record lock object ({@code lock_t} of type {@code LOCK_REC}): a transaction, an index (one
 * page per index), a type mode and a bitmap of the records it covers, kept as one {@code long} per
 * page-like group of 64 records ({@link LockBits}) so a lock costs bits, not objects; mutable,
 * single-threaded. A waiting struct covers exactly one record.
 */
public final class LockStruct implements Lock {
  private final TrxLocks trx;
  private final IndexTree index;
  private final int typeMode;
  private final long seq;
  /** The struct's place in the queues of its records: smaller is ahead ({@link LockSys} sets it). */
  long order;
  /** This struct's bitmaps, one per group it ever had a bit on, in the order they were made. */
  private LockBits[] groups = new LockBits[1];
  private int groupCount;
  /** The bitmap used last (a scan sets the bits of one group in a row). */
  private LockBits lastGroup;
  private int bitCount;
  /** The reason shared by every bit, while they all have the same one (the common case of a scan). */
  private LockReason sharedWhy;
  /** The bits whose reason differs from {@link #sharedWhy}; null while there are none. */
  private IdentityHashMap<Rec, LockReason> otherWhys;
  boolean waiting;

  LockStruct(TrxLocks trx, IndexTree index, int typeMode, long seq, boolean waiting) {
    this.trx = trx;
    this.index = index;
    this.typeMode = typeMode;
    this.seq = seq;
    this.order = seq;
    this.waiting = waiting;
  }

  @Override public TrxLocks trx() { return trx; }

  public IndexTree index() { return index; }

  /** Mode and flags, without the wait flag. */
  public int typeMode() { return typeMode; }

  /** Creation order: the queue order of InnoDB's page lock list. */
  @Override public long seq() { return seq; }

  @Override public boolean isWaiting() { return waiting; }

  /** Number of bits set ({@code lock_rec_get_n_bits} counted). */
  public int recCount() { return bitCount; }

  /** The records whose bit is set, by slot (heap number at creation). */
  public List<Rec> recs() {
    List<Rec> out = new ArrayList<>(bitCount);
    LockBits[] gs = groups.clone();
    Arrays.sort(gs, 0, groupCount, (a, b) -> Integer.compare(a.page, b.page));
    for (int i = 0; i < groupCount; i++) {
      long b = gs[i].bits;
      int base = gs[i].page * IndexTree.LOCK_PAGE_SIZE;
      while (b != 0) {
        int bit = Long.numberOfTrailingZeros(b);
        out.add(index.atSlot(base + bit));
        b &= b - 1;
      }
    }
    return out;
  }

  /** The one record of a waiting struct (the first by slot of a granted one), or null. */
  public Rec firstRec() {
    Rec first = null;
    for (int i = 0; i < groupCount; i++) {
      long b = groups[i].bits;
      if (b == 0) continue;
      Rec r = index.atSlot(groups[i].page * IndexTree.LOCK_PAGE_SIZE + Long.numberOfTrailingZeros(b));
      if (first == null || r.slot() < first.slot()) first = r;
    }
    return first;
  }

  /** This struct's bitmap on {@code page}, found in the page's queue, or null. */
  LockBits group(int page, LockPage p) {
    if (lastGroup != null && lastGroup.page == page) return lastGroup;
    LockBits g = p.find(this);
    if (g != null) lastGroup = g;
    return g;
  }

  /** Registers a new bitmap of this struct. */
  void addGroup(LockBits g) {
    if (groupCount == groups.length) groups = Arrays.copyOf(groups, groupCount * 2);
    groups[groupCount++] = g;
    lastGroup = g;
  }

  /** The bitmaps, in the order they were made (read by {@link LockSys} on release and copy). */
  LockBits group(int i) { return groups[i]; }

  int groupCount() { return groupCount; }

  /** Notes that the bit of {@code r} was set, for {@code why}. */
  void bitSet(Rec r, LockReason why) {
    if (bitCount == 0) {
      sharedWhy = why;
    } else if (why != sharedWhy) {
      if (otherWhys == null) otherWhys = new IdentityHashMap<>();
      otherWhys.put(r, why);
    }
    bitCount++;
  }

  /** Notes that the bit of {@code r} was reset. */
  void bitReset(Rec r) {
    bitCount--;
    if (otherWhys != null) otherWhys.remove(r);
  }

  /** Forgets every bit and bitmap at once (the struct is being released). */
  void clearAll() {
    groups = new LockBits[1];
    groupCount = 0;
    lastGroup = null;
    bitCount = 0;
    otherWhys = null;
    sharedWhy = null;
  }

  /** Why the bit of {@code r} (one of {@link #recs()}) was set, or null when nothing was recorded. */
  public LockReason why(Rec r) {
    if (otherWhys != null && otherWhys.containsKey(r)) return otherWhys.get(r);
    return sharedWhy;
  }

  /**
   * A copy for {@code trx} on {@code index} (the copies of this struct's owner and index), its
   * bitmaps queued on that index in this struct's queue place; lock reasons are not copied (they
   * point into the engine this struct belongs to).
   */
  LockStruct copy(TrxLocks trx, IndexTree index) {
    LockStruct c = new LockStruct(trx, index, typeMode, seq, waiting);
    c.order = order;
    c.bitCount = bitCount;
    c.groups = new LockBits[Math.max(1, groupCount)];
    for (int i = 0; i < groupCount; i++) {
      LockBits g = new LockBits(c, groups[i].page);
      g.bits = groups[i].bits;
      c.groups[i] = g;
      LockPage p = (LockPage) index.lockPage(g.page);
      if (p == null) {
        p = new LockPage();
        index.setLockPage(g.page, p);
      }
      p.insert(g);
    }
    c.groupCount = groupCount;
    return c;
  }

  @Override
  public String toString() {
    return trx + " " + LockType.recordModeText(typeMode) + (waiting ? " waiting" : "") + " " + recs();
  }
}
