package dev.innosim.report;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Snapshot;
import dev.innosim.lock.LockReason;
import dev.innosim.lock.LockType;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A deadlock in plain words: the cycle, who waited for whom and why each lock was there, the
 * victim and why, and which of the known fixes would break the cycle; stateless.
 *
 * <p>Example: T1 and T2 each hold a gap lock before (20) and each insert into that gap: each
 * insert intention waits for the other's gap lock. Fixes offered: avoid the gap (READ COMMITTED
 * takes no gap locks for the DELETE), same lock order does not apply (one record).
 */
public final class DeadlockExplanation {
  private DeadlockExplanation() {}

  /** The explanation, several lines, each starting with {@code "-- "} so it can sit in a scenario file. */
  public static String explain(Engine.DeadlockReport d, ServerProfile profile) {
    Snapshot s = d.atDetection();
    List<String> cycle = d.cycle();
    List<String> out = new ArrayList<>();
    out.add("In plain words: " + String.join(" -> ", cycle) + " -> " + cycle.get(0)
        + " (each waits for the next); " + d.requester() + "'s request closed the cycle.");
    Set<String> waitedRecords = new LinkedHashSet<>();
    boolean gap = false;
    boolean duplicateCheck = false;
    boolean insertIntoGap = false;
    boolean anyRepeatableRead = false;
    for (String name : cycle) {
      Snapshot.TrxInfo t = Snapshots.trx(s, name);
      Snapshot.WaitEdge w = Snapshots.edge(s, name);
      Snapshot.LockInfo req = w.requested();
      anyRepeatableRead |= !t.isolation().skipsGapLocks();
      waitedRecords.add(object(req));
      gap |= touchesGap(req);
      insertIntoGap |= req.kind() == Snapshot.Kind.RECORD && LockType.isInsertIntention(req.typeMode());
      out.add("- " + name + " (" + t.isolation().sqlName() + ") runs " + t.statement().map(x -> "\"" + shorten(x) + "\"").orElse("a statement")
          + " and waits for " + req.mode() + " on " + object(req) + ".");
      req.why().ifPresent(y -> out.add("    wanted because: " + y));
      for (Snapshot.LockInfo b : Snapshots.blockingLocks(w)) {
        gap |= touchesGap(b);
        out.add("    blocked by " + w.blocker() + ", which " + (b.waiting() ? "waits for " : "holds ") + b.mode() + " there"
            + b.why().map(y -> ": " + y).orElse("."));
        duplicateCheck |= b.why().map(LockReason::fromDuplicateCheck).orElse(false);
      }
      duplicateCheck |= req.why().map(LockReason::fromDuplicateCheck).orElse(false);
    }
    ServerProfile.VictimRule rule = profile.victimRule();
    out.add("Victim: " + d.victim() + ". " + rule.choice() + " (undo log entries + lock structs: "
        + weights(s, cycle) + "); " + rule.tie() + ".");
    out.add("What would break the cycle:");
    List<String> fixes = new ArrayList<>();
    if (waitedRecords.size() > 1) {
      fixes.add("Same lock order: the transactions lock the same rows in opposite orders. Touch rows (and tables) in one fixed order, "
          + "e.g. sorted by primary key, so the second transaction waits before it holds anything the first needs.");
    }
    if (singleRecordUpgrade(s, cycle)) {
      fixes.add("Take the exclusive lock first: each transaction holds a shared lock and then asks for an exclusive one on the same row; "
          + "SELECT ... FOR UPDATE (or the UPDATE itself) first makes the second one wait instead of deadlocking.");
    }
    String scan = fullScan(s, cycle);
    if (scan != null) fixes.add(scan);
    if (s.transactions().stream().anyMatch(t -> cycle.contains(t.session()) && t.tablesInUse() > 1)) {
      fixes.add("An index: the UPDATE uses an index merge and locks rows on every merged index before filtering; a composite index on "
          + "the WHERE columns (or FORCE INDEX) makes it lock only the rows it changes.");
    }
    if (gap) {
      if (duplicateCheck) {
        fixes.add("Avoid the gap: a duplicate-key check locks the existing entry and the gap, even in READ COMMITTED; "
            + "insert-or-update with one statement per key, or serialize inserts of the same key.");
      } else if (anyRepeatableRead) {
        fixes.add("READ COMMITTED: the locks in this cycle include gap or next-key locks, which REPEATABLE READ searches and scans take; "
            + "under READ COMMITTED the same searches lock records only, so the gap parts of these locks would not exist.");
      }
      if (insertIntoGap) fixes.add("Avoid the gap: check for the row with a plain SELECT (no lock) and insert only when it is missing, or use "
          + "INSERT ... ON DUPLICATE KEY UPDATE, instead of locking a missing key with DELETE/UPDATE/SELECT ... FOR UPDATE first.");
    }
    if (fixes.isEmpty()) fixes.add("Retry: the deadlock is part of normal operation here; the victim's transaction should be retried.");
    for (String f : fixes) out.add("- " + f);
    StringBuilder b = new StringBuilder();
    for (String l : out) b.append("-- ").append(l).append('\n');
    return b.toString();
  }

  /** Every member waits on the same record and holds a granted lock there (an S to X upgrade or II behind a gap). */
  private static boolean singleRecordUpgrade(Snapshot s, List<String> cycle) {
    for (String name : cycle) {
      Snapshot.LockInfo req = Snapshots.edge(s, name).requested();
      boolean holdsShared = false;
      for (Snapshot.LockInfo l : s.locks()) {
        if (l.session().equals(name) && !l.waiting() && Snapshots.sameObject(l, req) && LockType.mode(l.typeMode()) == LockType.LOCK_S) {
          holdsShared = true;
        }
      }
      if (!holdsShared) return false;
    }
    return true;
  }

  /** A fix when a member locks every record of a clustered index (a full scan), else null. */
  private static String fullScan(Snapshot s, List<String> cycle) {
    for (Snapshot.IndexInfo i : s.indexes()) {
      if (!i.clustered() || i.records().size() < 3) continue;
      int users = i.records().size() - 1;
      for (String name : cycle) {
        Set<Integer> heaps = new LinkedHashSet<>();
        for (Snapshot.LockInfo l : s.locks()) {
          if (l.session().equals(name) && l.kind() == Snapshot.Kind.RECORD && l.table().equals(i.table())
              && l.index().orElse("").equals(i.index()) && !l.record().orElseThrow().supremum()) {
            heaps.add(l.record().orElseThrow().heapNo());
          }
        }
        if (heaps.size() >= users) {
          return "An index: " + name + " locked every row of " + i.table() + " (" + users + " of " + users
              + ", a full scan of " + i.index() + "); with a usable index on the WHERE columns (same type as the compared value) "
              + "it would lock only the matching rows.";
        }
      }
    }
    return null;
  }

  private static String weights(Snapshot s, List<String> cycle) {
    List<String> w = new ArrayList<>();
    for (String name : cycle) {
      Snapshot.TrxInfo t = Snapshots.trx(s, name);
      w.add(name + " " + t.undoEntries() + " + " + t.lockStructs() + " = " + (t.undoEntries() + t.lockStructs()));
    }
    return String.join(", ", w);
  }

  static boolean touchesGap(Snapshot.LockInfo l) {
    if (l.kind() != Snapshot.Kind.RECORD) return false;
    int m = l.typeMode();
    return LockType.isGap(m) || LockType.isInsertIntention(m) || !LockType.isRecNotGap(m);
  }

  static String object(Snapshot.LockInfo l) {
    if (l.kind() == Snapshot.Kind.TABLE) return "table " + l.table();
    return l.table() + "." + l.index().orElseThrow() + " " + l.record().orElseThrow().keyText();
  }

  private static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 100 ? s.substring(0, 97) + "..." : s;
  }
}
