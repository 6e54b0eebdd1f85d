package dev.innosim.lock;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The lock system: record lock queues (kept on each {@link Rec}), table lock queues, grant on
 * release; mutable, single-threaded.
 *
 * <p>Queue order is struct creation order, as in InnoDB's page lock lists (MariaDB and 5.7): a
 * granted lock merged into an older struct of the same transaction and type mode takes that
 * struct's place.
 */
public final class LockSys {
  private final ServerProfile profile;
  private long seq;
  /** Queue places handed out under the 8.0 queue order (granted ahead, newest first; waiting behind, oldest first). */
  private long orderSeq;
  private final Map<String, List<TableLock>> tableQueues = new TreeMap<>();
  private final List<TrxLocks> granted = new ArrayList<>();
  private final Set<TrxLocks> toCheck = new LinkedHashSet<>();

  public LockSys(ServerProfile profile) {
    this.profile = profile;
  }

  // ---------------------------------------------------------------- queues

  /** The locks on a record in queue order (a new list). */
  public static List<LockStruct> locksOn(Rec r) {
    return RecordQueues.locksOn(r);
  }

  public static boolean hasLocks(Rec r) {
    return RecordQueues.hasLocks(r);
  }

  /** Sets the queue place of a new struct, per the profile's queue order. */
  private void place(LockStruct s) {
    if (profile.queueOrder() == ServerProfile.QueueOrder.GRANTED_FIRST) {
      // 8.0: lock_rec_insert_to_granted prepends, lock_rec_insert_to_waiting appends
      s.order = s.waiting ? ++orderSeq : -(++orderSeq);
    }
  }

  // ---------------------------------------------------------------- record locks

  /** {@code lock_rec_has_expl}: a granted lock of {@code trx} on {@code r} that satisfies the request. */
  public LockStruct heldSatisfying(TrxLocks trx, Rec r, int typeMode) {
    LockPage p = RecordQueues.page(r);
    if (p == null) return null;
    boolean sup = r.isSupremum();
    long b = RecordQueues.bit(r);
    for (int i = 0; i < p.size; i++) {
      LockBits g = p.bits[i];
      if ((g.bits & b) == 0) continue;
      LockStruct s = g.struct;
      if (s.trx() == trx && !s.waiting && LockRules.satisfies(s.typeMode(), typeMode, sup)) return s;
    }
    return null;
  }

  /** {@code lock_rec_other_has_conflicting}: the first lock in the queue the request must wait for. */
  public LockStruct firstConflicting(TrxLocks trx, Rec r, int typeMode) {
    LockPage p = RecordQueues.page(r);
    if (p == null) return null;
    boolean sup = r.isSupremum();
    long b = RecordQueues.bit(r);
    Boolean holdsRecord = null;
    for (int i = 0; i < p.size; i++) {
      LockBits g = p.bits[i];
      if ((g.bits & b) == 0) continue;
      LockStruct s = g.struct;
      if (!LockRules.recordVerdict(s.trx() == trx, typeMode, s.typeMode(), sup).mustWait()) continue;
      if (profile.bypassWaitingX() && s.waiting && mode(s.typeMode()) == LOCK_X && mode(typeMode) == LOCK_X
          && !isInsertIntention(typeMode)) {
        // §1.3 step 8: a holder of S or X on the record may bypass a waiting X
        if (holdsRecord == null) holdsRecord = heldSatisfying(trx, r, LOCK_S | LOCK_REC_NOT_GAP) != null;
        if (holdsRecord) continue;
      }
      return s;
    }
    return null;
  }

  /** As {@link #lockRecord(TrxLocks, Rec, int, boolean, LockReason)} with no reason recorded. */
  public RecordRequest lockRecord(TrxLocks trx, Rec r, int typeMode, boolean noWait) {
    return lockRecord(trx, r, typeMode, noWait, null);
  }

  /**
   * {@code lock_rec_lock}: requests a record lock for {@code trx}, recording {@code why} on it.
   *
   * @param noWait NOWAIT / SKIP LOCKED: report {@link RecordRequest.WouldWait} instead of waiting
   */
  public RecordRequest lockRecord(TrxLocks trx, Rec r, int typeMode, boolean noWait, LockReason why) {
    boolean sup = r.isSupremum();
    typeMode = normalize(typeMode, sup);
    if (heldSatisfying(trx, r, typeMode) != null) return RecordRequest.ALREADY_HELD;
    if (profile.nextKeyBecomesGapWhenRecordHeld() && !sup
        && (typeMode & (LOCK_GAP | LOCK_REC_NOT_GAP | LOCK_INSERT_INTENTION)) == 0
        && heldSatisfying(trx, r, mode(typeMode) | LOCK_REC_NOT_GAP) != null) {
      // MDEV-10962 / 8.0 lock splitting: the record part is held, only the gap is missing.
      typeMode = mode(typeMode) | LOCK_GAP;
      if (heldSatisfying(trx, r, typeMode) != null) return RecordRequest.ALREADY_HELD;
    }
    LockStruct c = firstConflicting(trx, r, typeMode);
    if (c != null) {
      if (noWait) return new RecordRequest.WouldWait(c.trx());
      enqueueWaiting(trx, r, typeMode, c.trx(), why);
      return new RecordRequest.MustWait(c.trx());
    }
    addToQueue(trx, r, typeMode, why);
    return RecordRequest.GRANTED;
  }

  /**
   * {@code lock_rec_insert_check_and_lock}: may {@code trx} insert into the gap before {@code next}?
   * Creates no lock unless it has to wait ({@code why} is recorded on the waiting lock).
   */
  public RecordRequest insertIntention(TrxLocks trx, Rec next, boolean noWait, LockReason why) {
    if (!hasLocks(next)) return RecordRequest.ALREADY_HELD;
    int typeMode = normalize(LOCK_X | LOCK_GAP | LOCK_INSERT_INTENTION, next.isSupremum());
    LockStruct c = firstConflicting(trx, next, typeMode);
    if (c == null) return RecordRequest.ALREADY_HELD;
    if (noWait) return new RecordRequest.WouldWait(c.trx());
    enqueueWaiting(trx, next, typeMode, c.trx(), why);
    return new RecordRequest.MustWait(c.trx());
  }

  /** {@code lock_rec_add_to_queue}: adds a granted lock, reusing a similar struct unless someone waits on the record. */
  public void addToQueue(TrxLocks trx, Rec r, int typeMode, LockReason why) {
    typeMode = normalize(typeMode, r.isSupremum());
    LockPage p = RecordQueues.page(r);
    boolean someoneWaits = p != null && (p.waitingBits() & RecordQueues.bit(r)) != 0;
    if (!someoneWaits) {
      List<Lock> locks = trx.locks;
      for (int i = 0, n = locks.size(); i < n; i++) {
        if (locks.get(i) instanceof LockStruct s && !s.waiting && s.index() == r.index() && s.typeMode() == typeMode) {
          if (!RecordQueues.covers(s, r)) RecordQueues.enqueue(r, s, why);
          return;
        }
      }
    }
    LockStruct s = new LockStruct(trx, r.index(), typeMode, ++seq, false);
    place(s);
    trx.locks.add(s);
    RecordQueues.enqueue(r, s, why);
  }

  private void enqueueWaiting(TrxLocks trx, Rec r, int typeMode, TrxLocks blocker, LockReason why) {
    if (trx.isWaiting()) throw new IllegalStateException(trx + " already waits");
    LockStruct s = new LockStruct(trx, r.index(), typeMode, ++seq, true);
    place(s);
    trx.locks.add(s);
    RecordQueues.enqueue(r, s, why);
    trx.waitRecLock = s;
    trx.waitSeq = ++seq;
    trx.setWaitTrx(blocker);
  }

  /**
   * {@code lock_rec_convert_impl_to_expl_for_trx}: makes {@code holder}'s implicit lock on {@code r}
   * an explicit granted {@code X,REC_NOT_GAP}.
   */
  public void convertImplicit(TrxLocks holder, Rec r, LockReason why) {
    if (heldSatisfying(holder, r, LOCK_X | LOCK_REC_NOT_GAP) == null) {
      addToQueue(holder, r, LOCK_X | LOCK_REC_NOT_GAP, why);
    }
  }

  /** {@code lock_rec_has_to_wait_in_queue}: the first lock ahead of waiting {@code w} on {@code r} that blocks it. */
  private LockStruct blockerAhead(LockStruct w, Rec r) {
    boolean sup = r.isSupremum();
    for (LockStruct s : locksOn(r)) {
      if (s == w) return null;
      if (LockRules.recordVerdict(s.trx() == w.trx(), w.typeMode(), s.typeMode(), sup).mustWait()) return s;
    }
    return null;
  }

  /** Grants what a release of {@code releaser}'s locks on these records allows, per the profile's policy. */
  private void regrant(Iterable<Rec> recs, TrxLocks releaser) {
    if (profile.grantPolicy() == ServerProfile.GrantPolicy.CATS) {
      for (Rec r : recs) regrantCats(r, releaser);
    } else {
      regrant(recs);
    }
  }

  /**
   * 8.0 {@code lock_rec_grant_by_heap_no}: only waiters blocked by the releaser are candidates,
   * heaviest schedule weight first (ties in queue order); each is granted if it conflicts with no
   * granted lock, else it records the first conflicting granted lock's owner as its blocker.
   */
  private void regrantCats(Rec r, TrxLocks releaser) {
    List<LockStruct> queue = locksOn(r);
    if (queue.isEmpty()) return;
    List<LockStruct> cands = new ArrayList<>();
    for (LockStruct s : queue) {
      if (s.waiting && (releaser == null || s.trx().waitTrx == releaser || s.trx().waitTrx == null)) cands.add(s);
    }
    if (cands.isEmpty()) return;
    java.util.Map<TrxLocks, Integer> weights = new java.util.IdentityHashMap<>();
    for (LockStruct s : cands) weights.put(s.trx(), scheduleWeight(s.trx(), new java.util.HashSet<>()));
    List<LockStruct> ordered = new ArrayList<>(cands);
    ordered.sort((a, b) -> {
      int wa = weights.get(a.trx());
      int wb = weights.get(b.trx());
      boolean ha = wa > 1;
      boolean hb = wb > 1;
      if (ha != hb) return ha ? -1 : 1;
      return ha ? Integer.compare(wb, wa) : 0;
    });
    boolean sup = r.isSupremum();
    for (LockStruct w : ordered) {
      LockStruct c = null;
      for (LockStruct s : locksOn(r)) {
        if (s.waiting || s == w) continue;
        if (LockRules.recordVerdict(s.trx() == w.trx(), w.typeMode(), s.typeMode(), sup).mustWait()) {
          c = s;
          break;
        }
      }
      if (c == null) {
        grant(w);
      } else if (w.trx().waitTrx != c.trx()) {
        w.trx().setWaitTrx(c.trx());
        toCheck.add(w.trx());
      }
    }
  }

  /** CATS schedule weight: 1 plus the weights of every transaction waiting for this one (transitively). */
  private static int scheduleWeight(TrxLocks t, java.util.Set<TrxLocks> seen) {
    if (!seen.add(t)) return 0;
    int w = 1;
    for (TrxLocks o : t.waitedBy) w += scheduleWeight(o, seen);
    return w;
  }

  /** Re-examines the waiting locks on these records in queue order and grants those with nothing ahead. */
  private void regrant(Iterable<Rec> recs) {
    List<LockStruct> waiting = new ArrayList<>();
    for (Rec r : recs) {
      for (LockStruct s : locksOn(r)) if (s.waiting && !waiting.contains(s)) waiting.add(s);
    }
    waiting.sort((a, b) -> Long.compare(a.seq(), b.seq()));
    for (LockStruct w : waiting) {
      if (!w.waiting) continue;
      Rec r = w.firstRec();
      LockStruct c = blockerAhead(w, r);
      if (c == null) {
        grant(w);
      } else {
        // lock_rec_dequeue_from_page: every lock that still waits names its blocker, and a blocker
        // that waits itself is queued for a deadlock check, whether or not the blocker changed
        if (w.trx().waitTrx != c.trx()) w.trx().setWaitTrx(c.trx());
        if (c.trx().isWaiting()) toCheck.add(c.trx());
      }
    }
  }

  private void grant(LockStruct w) {
    w.waiting = false;
    TrxLocks t = w.trx();
    t.waitRecLock = null;
    t.setWaitTrx(null);
    if (profile.queueOrder() == ServerProfile.QueueOrder.GRANTED_FIRST) {
      // lock_grant moves the granted lock ahead of the others (its one bitmap moves in its group)
      LockBits g = w.group(0);
      LockPage p = (LockPage) w.index().lockPage(g.page);
      p.remove(g);
      w.order = -(++orderSeq);
      p.insert(g);
    }
    granted.add(t);
  }

  /** RC {@code unlock_row}: clears {@code trx}'s bit on {@code r} in its first granted struct of this mode (the struct stays). */
  public void unlockRow(TrxLocks trx, Rec r, int mode) {
    for (LockStruct s : locksOn(r)) {
      if (s.trx() == trx && !s.waiting && LockType.mode(s.typeMode()) == mode) {
        RecordQueues.resetBit(s, r);
        regrant(List.of(r), trx);
        return;
      }
    }
  }

  /** Removes {@code trx}'s waiting request (timeout, victim, cancelled retry) and grants what it blocked. */
  public void cancelWait(TrxLocks trx) {
    LockStruct w = trx.waitRecLock;
    if (w != null) {
      Rec r = w.firstRec();
      RecordQueues.dequeue(w);
      trx.locks.remove(w);
      trx.waitRecLock = null;
      trx.setWaitTrx(null);
      regrant(List.of(r), null);
    }
    TableLock t = trx.waitTableLock;
    if (t != null) {
      List<TableLock> q = tableQueues.get(t.table());
      q.remove(t);
      trx.locks.remove(t);
      trx.waitTableLock = null;
      trx.setWaitTrx(null);
      regrantTable(t.table());
    }
  }

  /** Releases every lock of {@code trx} in reverse acquisition order, granting waiters as it goes. */
  public void releaseAll(TrxLocks trx) {
    cancelWait(trx);
    for (int i = trx.locks.size() - 1; i >= 0; i--) {
      Lock o = trx.locks.get(i);
      if (o instanceof LockStruct s) {
        regrant(RecordQueues.releaseStruct(s), trx);
      } else {
        TableLock t = (TableLock) o;
        tableQueues.get(t.table()).remove(t);
        regrantTable(t.table());
      }
    }
    trx.locks.clear();
  }

  /**
   * {@code lock_rec_inherit_to_gap}: a record is being removed; every lock on it except insert
   * intentions is copied to {@code heir} as a granted gap lock (RC/RU transactions skip X locks,
   * or S locks while running REPLACE / IODKU); waiting requests on it are cancelled.
   *
   * @return the transactions whose waits were cancelled, to be retried, in queue order
   */
  public List<TrxLocks> inheritToGapAndCancel(Rec removed, Rec heir) {
    List<TrxLocks> woken = new ArrayList<>();
    if (!hasLocks(removed)) return woken;
    for (LockStruct s : locksOn(removed)) {
      TrxLocks t = s.trx();
      if (isInsertIntention(s.typeMode())) continue;
      boolean rc = t.isolation().skipsGapLocks();
      int m = mode(s.typeMode());
      boolean inherit = !rc || (profile.rcInheritance() == ServerProfile.RcInheritance.SKIP_X
          ? m != (t.duplicates() ? LOCK_S : LOCK_X) : t.inheritAll);
      if (inherit) {
        addToQueue(t, heir, LOCK_GAP | m, new Inherited(Inherited.Cause.RECORD_REMOVED, removed, s.typeMode(), s.why(removed)));
      }
    }
    // lock_rec_reset_and_release_wait: granted bits are reset (the structs stay), waits cancelled.
    for (LockStruct s : locksOn(removed)) {
      RecordQueues.resetBit(s, removed);
      if (s.waiting) {
        // lock_rec_cancel: the bit is reset and the wait flag cleared; the struct stays in trx_locks
        TrxLocks t = s.trx();
        s.waiting = false;
        t.waitRecLock = null;
        t.setWaitTrx(null);
        woken.add(t);
      }
    }
    return woken;
  }

  /**
   * {@code lock_rec_inherit_to_gap_if_gap_lock}: a record was inserted before {@code next}; every
   * gap or next-key lock on {@code next} (granted or waiting, not insert intention) is copied to the
   * new record as a granted gap lock.
   */
  public void inheritOnInsert(Rec next, Rec inserted) {
    for (LockStruct s : locksOn(next)) {
      if (isInsertIntention(s.typeMode())) continue;
      if (!next.isSupremum() && isRecNotGap(s.typeMode())) continue;
      addToQueue(s.trx(), inserted, LOCK_GAP | mode(s.typeMode()),
          new Inherited(Inherited.Cause.INSERT_SPLIT, next, s.typeMode(), s.why(next)));
    }
  }

  // ---------------------------------------------------------------- table locks

  private List<TableLock> tableQueue(String table) {
    return tableQueues.computeIfAbsent(table, k -> new ArrayList<>());
  }

  /** The table locks of a table in queue order (read-only). */
  public List<TableLock> tableLocks(String table) {
    return java.util.Collections.unmodifiableList(tableQueue(table));
  }

  /** {@code lock_table}: requests a table lock, recording {@code why} on it. */
  public RecordRequest lockTable(TrxLocks trx, String table, int mode, boolean noWait, LockReason why) {
    List<TableLock> q = tableQueue(table);
    for (TableLock t : q) {
      if (t.trx() == trx && !t.waiting && LockRules.strongerOrEqual(t.mode(), mode)) return RecordRequest.ALREADY_HELD;
    }
    TableLock blocker = null;
    for (int i = q.size() - 1; i >= 0; i--) {
      TableLock t = q.get(i);
      if (t.trx() != trx && !LockRules.compatible(t.mode(), mode)) { blocker = t; break; }
    }
    if (blocker != null) {
      if (noWait) return new RecordRequest.WouldWait(blocker.trx());
      if (trx.isWaiting()) throw new IllegalStateException(trx + " already waits");
      TableLock w = new TableLock(trx, table, mode, ++seq, true, why);
      q.add(w);
      trx.locks.add(w);
      trx.waitTableLock = w;
      trx.waitSeq = ++seq;
      trx.setWaitTrx(blocker.trx());
      return new RecordRequest.MustWait(blocker.trx());
    }
    TableLock t = new TableLock(trx, table, mode, ++seq, false, why);
    q.add(t);
    trx.locks.add(t);
    return RecordRequest.GRANTED;
  }

  /** Releases one granted table lock early (AUTO-INC at statement end). */
  public void releaseTableLock(TrxLocks trx, String table, int mode) {
    List<TableLock> q = tableQueue(table);
    for (TableLock t : q) {
      if (t.trx() == trx && !t.waiting && t.mode() == mode) {
        q.remove(t);
        trx.locks.remove(t);
        regrantTable(table);
        return;
      }
    }
  }

  /** True when another transaction holds or waits for a lock of this mode on the table. */
  public boolean otherHasTableLock(TrxLocks trx, String table, int mode) {
    for (TableLock t : tableQueue(table)) if (t.trx() != trx && t.mode() == mode) return true;
    return false;
  }

  private void regrantTable(String table) {
    List<TableLock> q = tableQueue(table);
    for (int i = 0; i < q.size(); i++) {
      TableLock w = q.get(i);
      if (!w.waiting) continue;
      TableLock c = null;
      for (int j = 0; j < i; j++) {
        TableLock t = q.get(j);
        if (t.trx() != w.trx() && !LockRules.compatible(t.mode(), w.mode())) { c = t; break; }
      }
      if (c == null) {
        w.waiting = false;
        w.trx().waitTableLock = null;
        w.trx().setWaitTrx(null);
        granted.add(w.trx());
      } else if (w.trx().waitTrx != c.trx()) {
        w.trx().setWaitTrx(c.trx());
        if (c.trx().isWaiting()) toCheck.add(c.trx());
      }
    }
  }

  // ---------------------------------------------------------------- copy

  /**
   * A copy of this lock system for a copy of the engine: {@code trxs} maps every transaction that
   * holds or awaits locks here to its copy (whose lock list must be empty), {@code indexes} every
   * index to its copy (which must have no locks). Each lock struct and table lock is copied with
   * its queue place, bitmaps, wait flags and the wait-for edges; lock reasons are not copied.
   */
  public LockSys copy(Map<? extends TrxLocks, ? extends TrxLocks> trxs, java.util.function.UnaryOperator<IndexTree> indexes) {
    LockSys c = new LockSys(profile);
    c.seq = seq;
    c.orderSeq = orderSeq;
    Map<Lock, Lock> locks = new java.util.IdentityHashMap<>();
    for (Map.Entry<? extends TrxLocks, ? extends TrxLocks> e : trxs.entrySet()) {
      TrxLocks o = e.getKey();
      TrxLocks n = e.getValue();
      for (Lock l : o.locks) {
        Lock nl = l instanceof LockStruct s ? s.copy(n, indexes.apply(s.index())) : ((TableLock) l).copy(n);
        n.locks.add(nl);
        locks.put(l, nl);
      }
      n.waitRecLock = o.waitRecLock == null ? null : (LockStruct) locks.get(o.waitRecLock);
      n.waitTableLock = o.waitTableLock == null ? null : (TableLock) locks.get(o.waitTableLock);
      n.waitSeq = o.waitSeq;
    }
    for (Map.Entry<? extends TrxLocks, ? extends TrxLocks> e : trxs.entrySet()) {
      TrxLocks o = e.getKey();
      TrxLocks n = e.getValue();
      n.waitTrx = o.waitTrx == null ? null : trxs.get(o.waitTrx);
      for (TrxLocks w : o.waitedBy) n.waitedBy.add(trxs.get(w));
    }
    for (Map.Entry<String, List<TableLock>> e : tableQueues.entrySet()) {
      List<TableLock> q = new ArrayList<>(e.getValue().size());
      for (TableLock t : e.getValue()) q.add((TableLock) locks.get(t));
      c.tableQueues.put(e.getKey(), q);
    }
    for (TrxLocks t : granted) c.granted.add(trxs.get(t));
    for (TrxLocks t : toCheck) c.toCheck.add(trxs.get(t));
    return c;
  }

  // ---------------------------------------------------------------- notifications

  /** Drops {@code t} from the granted-since-last-call list (its statement is running and saw the grant itself). */
  public void forgetGrant(TrxLocks t) {
    granted.remove(t);
  }

  /** Transactions whose waiting lock was granted since the last call, in grant order. */
  public List<TrxLocks> drainGranted() {
    List<TrxLocks> out = new ArrayList<>(granted);
    granted.clear();
    return out;
  }

  /** Transactions whose wait-for edge was re-pointed to a waiting transaction: deadlock checks owed. */
  public List<TrxLocks> drainToCheck() {
    List<TrxLocks> out = new ArrayList<>(toCheck);
    toCheck.clear();
    return out;
  }
}
