package dev.innosim.server;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.SpecLockModel.Kind;
import dev.innosim.server.SpecLockModel.Lock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the spec says exactly about one statement's own locks, for every profile (§3.1, §3.2,
 * §3.6), computed from the reference model before the statement runs and checked after it;
 * immutable. While an INSERT into a table waits, the model does not know that table's records
 * (the insert may have added its PRIMARY record already) and states nothing about it.
 *
 * <ul>
 *   <li>A PRIMARY point read, UPDATE or DELETE of a live row that completes at once takes nothing
 *       but its table lock and {@code M,REC_NOT_GAP} on that record (MySQL may add the
 *       {@code X,REC_NOT_GAP} of its own implicit lock), and holds the record afterwards unless it
 *       holds it implicitly.</li>
 *   <li>Under REPEATABLE READ a PRIMARY point search for a missing key never waits and takes only
 *       a gap lock on the next record ({@code M,GAP}, or {@code M} on the supremum).</li>
 *   <li>Under READ COMMITTED a locking read takes no gap, next-key or supremum lock.</li>
 *   <li>An INSERT of a fresh key that completes at once found no gap-covering lock of another
 *       session, granted or waiting, on the next record of PRIMARY and of idx_k.</li>
 * </ul>
 */
record Expectations(SessionId session, ModelOp op, IsolationLevel isolation, Optional<PointSearch> point,
                    List<String> insertSuccessors) {

  /** A PRIMARY point search by {@code op}: on {@code place} in mode {@code mode}, the key live or missing. */
  record PointSearch(String table, int id, String mode, String tableLock, boolean live, boolean missing,
                     boolean ownImplicit, boolean ownImplicitNext, String recordPlace, String nextPlace) {}

  static Expectations before(LockWorld w, SessionId s, ModelOp op, List<Lock> before) {
    IsolationLevel iso = w.isolation.get(s);
    Optional<PointSearch> point = Optional.empty();
    String table = null;
    int id = 0;
    String mode = "X";
    if (op instanceof ModelOp.PointRead p) {
      table = p.table();
      id = p.id();
      mode = p.mode().name();
    } else if (op instanceof ModelOp.Update u) {
      table = u.table();
      id = u.id();
    } else if (op instanceof ModelOp.Delete d) {
      table = d.table();
      id = d.id();
    }
    if (table != null && !w.insertPending(table)) {
      point = Optional.of(new PointSearch(table, id, mode, mode.equals("S") ? "IS" : "IX", w.rows.live(table, id),
          !w.rows.present(table, id), w.rows.modifiedBy(s, table, id),
          w.rows.rows(table).higherKey(id) != null && w.rows.modifiedBy(s, table, w.rows.rows(table).higherKey(id)), table + ".PRIMARY (" + id + ")",
          table + ".PRIMARY " + w.rows.primarySuccessor(table, id)));
    }
    List<String> successors = List.of();
    if (op instanceof ModelOp.Insert in && !w.rows.present(in.table(), in.id()) && !w.insertPending(in.table())) {
      String pk = in.table() + ".PRIMARY " + w.rows.primarySuccessor(in.table(), in.id());
      successors = in.k().isPresent() && !w.rows.idxKPresent(in.k().get(), in.id())
          ? List.of(pk, "t.idx_k " + w.rows.idxKSuccessor(in.k().get(), in.id())) : List.of(pk);
    }
    return new Expectations(s, op, iso, point, successors);
  }

  void after(LockWorld w, StepEvents ev, Set<SessionId> victims, List<Lock> before, List<Lock> after) {
    boolean atOnce = ev.own().isPresent() && ev.deadlocks().isEmpty();
    boolean ok = atOnce && ev.own().get() instanceof StepOutcome.Ok;
    List<Lock> gained = LockWorld.gained(before, after, session);
    String tableLockPlace = point.map(p -> "TABLE " + p.table()).orElse("");

    if (point.isPresent() && point.get().live() && ok) {
      PointSearch p = point.get();
      for (Lock l : gained) {
        boolean tableLock = l.isTable() && l.place().equals(tableLockPlace) && l.mode().equals(p.tableLock());
        boolean record = !l.isTable() && l.place().equals(p.recordPlace()) && l.effectiveKind() == Kind.REC_NOT_GAP
            && (l.mode().equals(p.mode()) || l.mode().equals("X"));
        if (!tableLock && !record) {
          w.fail("§3.2 pk = c, row exists: " + op.sql() + " should take only " + p.mode() + ",REC_NOT_GAP on "
              + p.recordPlace() + ", took " + l);
        }
      }
      if (!p.ownImplicit() && w.inTransaction(session) && !LockWorld.holds(after, session, p.recordPlace(), p.mode(), Kind::coversRecord)) {
        w.fail("§3.2 pk = c, row exists: after " + op.sql() + " " + session + " holds no " + p.mode() + " lock on "
            + p.recordPlace());
      }
    }

    if (point.isPresent() && point.get().missing() && isolation == IsolationLevel.REPEATABLE_READ
        && ev.deadlocks().isEmpty()) {
      PointSearch p = point.get();
      if (!atOnce) w.fail("§1.3 step 4: a gap lock request never waits, but " + op.sql() + " on a missing key blocked");
      for (Lock l : gained) {
        boolean tableLock = l.isTable() && l.place().equals(tableLockPlace) && l.mode().equals(p.tableLock());
        boolean gap = !l.isTable() && l.place().equals(p.nextPlace()) && l.effectiveKind() == Kind.GAP
            && l.mode().equals(p.mode());
        // §2.3 (MySQL): the read check first makes the requester's own implicit lock on the next record explicit
        boolean ownImplicit = p.ownImplicitNext() && !l.isTable() && l.place().equals(p.nextPlace())
            && l.effectiveKind() == Kind.REC_NOT_GAP && l.mode().equals("X");
        if (!tableLock && !gap && !ownImplicit) {
          w.fail("§3.2 pk = c, no row: " + op.sql() + " should take only " + p.mode() + ",GAP on " + p.nextPlace()
              + ", took " + l);
        }
      }
      if (w.inTransaction(session) && !LockWorld.holds(after, session, p.nextPlace(), p.mode(), Kind::coversGap)) {
        w.fail("§3.2 pk = c, no row: after " + op.sql() + " " + session + " holds no gap lock on " + p.nextPlace());
      }
    }

    if (op.isRead() && isolation == IsolationLevel.READ_COMMITTED && ev.deadlocks().isEmpty()) {
      for (Lock l : gained) {
        if (!l.isTable() && (l.onSupremum() || l.effectiveKind().coversGap())) {
          w.fail("§3.0: under READ COMMITTED a search takes no gap locks, but " + op.sql() + " took " + l);
        }
      }
    }

    if (ok && op instanceof ModelOp.Insert) {
      for (String next : insertSuccessors) {
        for (Lock l : before) {
          if (!l.session().equals(session) && !l.isTable() && l.place().equals(next) && l.effectiveKind().coversGap()) {
            w.fail("§1.3: the insert intention of " + op.sql() + " must wait for " + l + ", but the insert completed");
          }
        }
      }
    }
  }
}
