package dev.innosim.lock;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import java.util.ArrayList;
import java.util.List;

/**
 * The record queues as bitmaps: a record's queue is the lock structs of its group
 * ({@link LockPage}) whose bit for it is set, in queue order; stateless (the state is on the
 * indexes and the structs).
 */
final class RecordQueues {
  private RecordQueues() {}

  /** The lock structs on the group of {@code r}, or null. */
  static LockPage page(Rec r) {
    return (LockPage) r.index().lockPage(r.slot() >>> PAGE_SHIFT);
  }

  static final int PAGE_SHIFT = Integer.numberOfTrailingZeros(IndexTree.LOCK_PAGE_SIZE);

  static long bit(Rec r) {
    return 1L << (r.slot() & (IndexTree.LOCK_PAGE_SIZE - 1));
  }

  /** The locks on a record in queue order (a new list). */
  static List<LockStruct> locksOn(Rec r) {
    LockPage p = page(r);
    if (p == null) return new ArrayList<>(0);
    long b = bit(r);
    List<LockStruct> out = new ArrayList<>(p.size);
    for (int i = 0; i < p.size; i++) if ((p.bits[i].bits & b) != 0) out.add(p.bits[i].struct);
    return out;
  }

  static boolean hasLocks(Rec r) {
    LockPage p = page(r);
    if (p == null) return false;
    long b = bit(r);
    for (int i = 0; i < p.size; i++) if ((p.bits[i].bits & b) != 0) return true;
    return false;
  }

  /** True when the bit of {@code r} is set in {@code s}. */
  static boolean covers(LockStruct s, Rec r) {
    LockPage p = page(r);
    if (p == null) return false;
    LockBits g = s.group(r.slot() >>> PAGE_SHIFT, p);
    return g != null && (g.bits & bit(r)) != 0;
  }

  /** Sets the bit of {@code r} in {@code s}, making the struct's bitmap on that group if needed. */
  static void enqueue(Rec r, LockStruct s, LockReason why) {
    int pg = r.slot() >>> PAGE_SHIFT;
    LockPage p = (LockPage) r.index().lockPage(pg);
    if (p == null) {
      p = new LockPage();
      r.index().setLockPage(pg, p);
    }
    LockBits g = s.group(pg, p);
    if (g == null) {
      g = new LockBits(s, pg);
      p.insert(g);
      s.addGroup(g);
    }
    g.bits |= bit(r);
    s.bitSet(r, why);
  }

  /** Resets the bit of {@code r} in {@code s} (the struct's bitmap stays until the struct goes). */
  static void resetBit(LockStruct s, Rec r) {
    LockPage p = page(r);
    if (p == null) return;
    LockBits g = s.group(r.slot() >>> PAGE_SHIFT, p);
    long b = bit(r);
    if (g == null || (g.bits & b) == 0) return;
    g.bits &= ~b;
    s.bitReset(r);
  }

  /** Takes every bitmap of {@code s} out of its group's queue. */
  static void dequeue(LockStruct s) {
    for (int i = 0; i < s.groupCount(); i++) {
      LockBits g = s.group(i);
      LockPage p = (LockPage) s.index().lockPage(g.page);
      p.remove(g);
      if (p.size == 0) s.index().setLockPage(g.page, null);
    }
    s.clearAll();
  }

  /**
   * {@code lock_rec_dequeue_from_page}: takes a granted struct out of every queue; returns the
   * records it had bits on where someone waits (only there can a grant follow), by heap number
   * as InnoDB walks the bitmap.
   */
  static List<Rec> releaseStruct(LockStruct s) {
    List<Rec> wake = null;
    IndexTree idx = s.index();
    for (int i = 0; i < s.groupCount(); i++) {
      LockBits g = s.group(i);
      LockPage p = (LockPage) idx.lockPage(g.page);
      p.remove(g);
      long w = g.bits & p.waitingBits();
      if (p.size == 0) idx.setLockPage(g.page, null);
      while (w != 0) {
        if (wake == null) wake = new ArrayList<>();
        wake.add(idx.atSlot(g.page * IndexTree.LOCK_PAGE_SIZE + Long.numberOfTrailingZeros(w)));
        w &= w - 1;
      }
    }
    s.clearAll();
    if (wake == null) return List.of();
    if (wake.size() > 1) wake.sort((a, b) -> Integer.compare(a.heapNo(), b.heapNo()));
    return wake;
  }
}
