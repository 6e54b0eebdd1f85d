package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.deadlock.Deadlock;
import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.index.RecordModifier;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.TableLock;
import dev.innosim.lock.TrxLocks;
import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The engine's fingerprint (for state merging in exploration) and its invariant checks; stateless. */
final class EngineChecks {
  private EngineChecks() {}

  /**
   * A canonical description of everything that decides what happens next: records (keys, delete
   * marks, rows, uncommitted owners), every lock in queue order, transactions (weights, waits) and
   * sessions. Two engines with equal fingerprints behave identically from here on.
   */
  static String fingerprint(Engine eng) {
    StringBuilder b = new StringBuilder(256);
    Map<RecordModifier, String> names = new java.util.IdentityHashMap<>();
    for (Session s : eng.sessions()) if (s.trx != null) names.put(s.trx, s.name);
    for (TableRt t : eng.catalog().tables()) {
      b.append('#').append(t.name()).append(':').append(t.autoIncNext);
      for (IndexTree idx : t.all) {
        b.append('|').append(idx.name());
        for (Rec r : idx.records()) fingerprintRec(b, r, names);
        fingerprintRec(b, idx.supremum(), names);
      }
      for (TableLock tl : eng.lockSys().tableLocks(t.name())) {
        b.append("T").append(tl.trx().name()).append(tl.mode()).append(tl.isWaiting() ? 'w' : 'g');
      }
    }
    b.append("#rowid").append(eng.catalog().peekRowId());
    // a running statement's step number only orders the releases of one step: its rank among the
    // running statements is what decides, not the number itself
    List<Integer> running = new ArrayList<>();
    for (Session s : eng.sessions()) if (s.current != null) running.add(s.current.stepNo);
    java.util.Collections.sort(running);
    for (Session s : eng.sessions()) {
      b.append("#S").append(s.number).append(s.inExplicitTrx ? 'E' : '-').append(s.autocommit ? 'A' : '-')
          .append(s.isolation.ordinal());
      if (s.trx != null) {
        b.append(" u").append(s.trx.undoNo()).append(" l").append(s.trx.lockStructCount());
        TrxLocks w = s.trx.waitTrx();
        if (w != null) b.append(" w").append(w.name());
      }
      if (s.current != null) b.append(" c").append(running.indexOf(s.current.stepNo)).append(':').append(s.current.rows);
      if (s.current != null && s.current.paused) b.append(" p").append(s.current.progress);
    }
    return b.toString();
  }

  private static void fingerprintRec(StringBuilder b, Rec r, Map<RecordModifier, String> names) {
    b.append('(');
    if (!r.isSupremum()) {
      for (Value v : r.fields()) b.append(v).append(',');
      if (r.isDeleteMarked()) b.append('d');
      String owner = names.get(r.lastModifier());
      if (owner != null) b.append('@').append(owner);
      if (r.row() != null) b.append(Arrays.toString(r.row()));
    }
    for (LockStruct s : LockSys.locksOn(r)) {
      b.append(s.trx().name()).append(':').append(s.typeMode()).append(s.isWaiting() ? 'w' : 'g').append(';');
    }
    b.append(')');
  }

  /**
   * Checks the lock system's invariants and returns every violation (empty when all hold): no two
   * granted locks of different transactions on a record conflict (insert intentions aside, they
   * protect nothing once granted), every waiter waits for an active transaction that holds or
   * awaits a conflicting lock ahead of it, no wait-for cycle is left, and transactions that ended
   * hold nothing.
   */
  static List<String> invariantViolations(Engine eng) {
    List<String> v = new ArrayList<>();
    for (TableRt t : eng.catalog().tables()) {
      for (IndexTree idx : t.all) {
        List<Rec> recs = new ArrayList<>(idx.snapshot());
        recs.add(idx.supremum());
        for (Rec r : recs) {
          List<LockStruct> q = LockSys.locksOn(r);
          for (int i = 0; i < q.size(); i++) {
            LockStruct a = q.get(i);
            if (!((Trx) a.trx()).active) v.add("ended transaction " + a.trx() + " still holds " + a + " on " + r);
            if (a.isWaiting()) {
              TrxLocks b = a.trx().waitTrx();
              if (b == null) {
                v.add(a.trx() + " waits on " + r + " without a blocker");
              } else {
                boolean found = false;
                for (int j = 0; j < i; j++) {
                  LockStruct c = q.get(j);
                  if (c.trx() == b && dev.innosim.lock.LockRules.recordVerdict(false, a.typeMode(), c.typeMode(), r.isSupremum()).mustWait()) found = true;
                }
                if (!found) v.add(a.trx() + " waits on " + r + " for " + b + ", which holds nothing ahead that conflicts");
              }
              continue;
            }
            if (isInsertIntention(a.typeMode())) continue;
            for (int j = i + 1; j < q.size(); j++) {
              LockStruct c = q.get(j);
              if (c.isWaiting() || c.trx() == a.trx() || isInsertIntention(c.typeMode())) continue;
              if (dev.innosim.lock.LockRules.recordVerdict(false, c.typeMode(), a.typeMode(), r.isSupremum()).mustWait()) {
                v.add("granted locks conflict on " + r + ": " + a + " and " + c);
              }
            }
          }
        }
      }
    }
    for (Session s : eng.sessions()) {
      Trx t = s.trx;
      if (t == null || !t.isWaiting()) continue;
      if (Deadlock.find(t).isPresent()) v.add("a wait-for cycle survived detection: " + Deadlock.find(t).get().members());
      if (s.current == null) v.add(t + " waits but has no running statement");
    }
    return v;
  }
}
