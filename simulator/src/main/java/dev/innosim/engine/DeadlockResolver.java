package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.deadlock.Deadlock;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.TableLock;
import dev.innosim.lock.TrxLocks;
import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Deadlock handling after a new wait: searches for cycles the way the profile's server does,
 * rolls each victim back and reports the deadlock into the step; stateless.
 */
final class DeadlockResolver {
  private final ServerProfile profile;
  private final LockSys lockSys;
  private final Catalog catalog;
  private final Transactions transactions;
  /** The engine at detection, or null when the engine does not capture snapshots. */
  private final Supplier<Snapshot> snapshots;

  DeadlockResolver(ServerProfile profile, LockSys lockSys, Catalog catalog, Transactions transactions,
                   Supplier<Snapshot> snapshots) {
    this.profile = profile;
    this.lockSys = lockSys;
    this.catalog = catalog;
    this.transactions = transactions;
    this.snapshots = snapshots;
  }

  /** Resolves every cycle through {@code requester}'s wait, one victim at a time, while it still waits. */
  void detect(Trx requester, StepContext step) {
    while (requester.isWaiting()) {
      Optional<Deadlock.Cycle> c = Deadlock.find(requester, profile, lockSys);
      if (c.isEmpty()) return;
      resolve(requester, c.get(), step);
    }
  }

  private void resolve(Trx requester, Deadlock.Cycle cycle, StepContext step) {
    step.deadlock(describe(cycle, requester));
    Trx victim = (Trx) cycle.victim();
    Exec ve = victim.session.current;
    lockSys.cancelWait(victim);
    step.wake(transactions.rollback(victim));
    victim.session.inExplicitTrx = false;
    if (ve != null) {
      ve.finish();
      victim.session.current = null;
      step.ended(ve, Outcome.DEADLOCK);
    }
  }

  private static SessionId sessionOf(TrxLocks t) {
    return ((Trx) t).session.id;
  }

  private Engine.DeadlockReport describe(Deadlock.Cycle cycle, Trx requester) {
    List<Engine.DeadlockMember> ms = new ArrayList<>();
    List<SessionId> ids = new ArrayList<>();
    for (TrxLocks t : cycle.members()) {
      LockRef waits;
      // the other sessions' granted locks on the record (or table), each once, sorted by session
      java.util.LinkedHashSet<LockRow> behind = new java.util.LinkedHashSet<>();
      if (t.waitingRecordLock() != null) {
        LockStruct w = t.waitingRecordLock();
        Rec r = w.firstRec();
        waits = LockLines.recordRef(catalog, w, r);
        boolean blockerHolds = false;
        for (LockStruct s : LockSys.locksOn(r)) {
          if (s.trx() == t || s.isWaiting()) continue;
          behind.add(new LockRow(sessionOf(s.trx()), LockRow.Status.GRANTED, LockLines.recordRef(catalog, s, r)));
          blockerHolds |= s.trx() == t.waitTrx();
        }
        if (!blockerHolds && profile.deadlockReportLayout() == ServerProfile.DeadlockReportLayout.MYSQL_8_0) {
          // MySQL 8.0.18+ names what the blocker holds from the queue: when the request waits behind a
          // lock that itself still waits, that waiting lock is what its report prints (spec-T25)
          for (LockStruct s : LockSys.locksOn(r)) {
            if (s.trx() == t.waitTrx() && s.isWaiting()) {
              behind.add(new LockRow(sessionOf(s.trx()), LockRow.Status.WAITING, LockLines.recordRef(catalog, s, r)));
              break;
            }
          }
        }
      } else {
        TableLock w = t.waitingTableLock();
        waits = LockLines.tableRef(w);
        for (TableLock s : lockSys.tableLocks(w.table())) {
          if (s.trx() == t || s.isWaiting()) continue;
          behind.add(new LockRow(sessionOf(s.trx()), LockRow.Status.GRANTED, LockLines.tableRef(s)));
        }
      }
      List<LockRow> rows = new ArrayList<>(behind);
      rows.sort(Comparator.comparing(LockRow::session));
      ms.add(new Engine.DeadlockMember(sessionOf(t), waits, rows));
      ids.add(sessionOf(t));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ms.size(); i++) order.add(i);
    order.sort(Comparator.comparing(ids::get));
    List<Engine.DeadlockMember> sorted = new ArrayList<>();
    for (int i : order) sorted.add(ms.get(i));
    return new Engine.DeadlockReport(cycle.victim().name(), sorted, requester.name(),
        cycle.members().stream().map(TrxLocks::name).toList(), snapshots.get());
  }
}
