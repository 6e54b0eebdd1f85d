package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The changes to one row (UPDATE, DELETE, the update half of IODKU / REPLACE) as a resumable list
 * of steps; a step that must wait is run again when the lock is granted. Mutable.
 */
final class RowOps {
  interface Op { Exec.Status run(); }

  private final List<Op> ops = new ArrayList<>();
  private int pc;
  MySqlError errorCode;
  /** IODKU / REPLACE: lock the clustered record of the conflicting row first. */
  boolean lockFirst;
  /** REPLACE that deleted the conflicting row: the insert is retried afterwards. */
  boolean retryInsert;
  private boolean noop;

  private static final RowOps NONE = new RowOps();

  /** No change to the row (a locking SELECT); shared, it has no steps. */
  static RowOps none() { return NONE; }

  Exec.Status run() {
    while (pc < ops.size()) {
      if (noop) return Exec.Status.DONE;
      Exec.Status s = ops.get(pc).run();
      if (s != Exec.Status.DONE) return s;
      pc++;
    }
    return Exec.Status.DONE;
  }

  /**
   * With {@link #lockFirst} (IODKU / REPLACE found the row by a duplicate check, not by a locking
   * scan), X-locks the clustered record before changing it; false = must wait.
   */
  private boolean lockedFirst(Services sv, Trx trx, Rec clust) {
    if (!lockFirst) return true;
    RecordRequest r = sv.locks().lockRead(trx, clust, LOCK_X | LOCK_REC_NOT_GAP, false, sv.locks().why(Why.Rule.SCAN_UNIQUE, trx, clust));
    return !(r instanceof RecordRequest.MustWait);
  }

  private Exec.Status failed(MySqlError code) {
    errorCode = code;
    return Exec.Status.FAILED;
  }

  /** UPDATE of one row to {@code newRow}. */
  static RowOps update(Services sv, Trx trx, TableRt table, Rec clust, Value[] newRow, Set<Rec> touched) {
    RowOps o = new RowOps();
    Value[][] oldRow = new Value[1][];
    o.ops.add(() -> {
      if (!o.lockedFirst(sv, trx, clust)) return Exec.Status.BLOCKED;
      oldRow[0] = clust.row();
      if (Rows.sameRow(table, oldRow[0], newRow)) o.noop = true;
      return Exec.Status.DONE;
    });
    boolean[] pkChanged = new boolean[1];
    o.ops.add(() -> {
      pkChanged[0] = table.clustered.comparePrefix(table.clusteredKey(oldRow[0]), table.clusteredKey(newRow)) != 0
          || !Arrays.equals(table.clusteredKey(oldRow[0]), table.clusteredKey(newRow));
      Exec.Status s = sv.fks().checkParentForeignKeys(trx, table, oldRow[0], newRow);
      if (s == Exec.Status.FAILED) return o.failed(MySqlError.ER_ROW_IS_REFERENCED_2);
      return s;
    });
    o.ops.add(() -> {
      if (pkChanged[0]) {
        sv.undo().deleteMark(trx, clust, true);
      } else {
        sv.undo().setRow(trx, clust, newRow);
      }
      return Exec.Status.DONE;
    });
    for (IndexTree idx : table.secondaries) {
      o.ops.add(() -> {
        Value[] oldE = table.entry(idx, oldRow[0]);
        Value[] newE = table.entry(idx, newRow);
        if (!pkChanged[0] && Arrays.equals(oldE, newE)) return Exec.Status.DONE;
        Rec old = idx.find(oldE);
        if (old == null || old.isDeleteMarked() && old.lastModifier() == trx) return Exec.Status.DONE;
        RecordRequest r = sv.locks().modifyCheck(trx, old);
        if (r instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
        sv.undo().deleteMark(trx, old, false);
        return Exec.Status.DONE;
      });
    }
    o.ops.add(() -> {
      if (!pkChanged[0]) return Exec.Status.DONE;
      Inserter.Entry e = sv.inserter().insert(trx, table.clustered, table.clusteredKey(newRow), newRow, false);
      if (e.status() == Inserter.Status.BLOCKED) return Exec.Status.BLOCKED;
      if (e.status() == Inserter.Status.DUPLICATE) return o.failed(MySqlError.ER_DUP_ENTRY);
      touched.add(table.clustered.find(table.clusteredKey(newRow)));
      return Exec.Status.DONE;
    });
    for (IndexTree idx : table.secondaries) {
      o.ops.add(() -> {
        Value[] oldE = table.entry(idx, oldRow[0]);
        Value[] newE = table.entry(idx, newRow);
        if (!pkChanged[0] && Arrays.equals(oldE, newE)) return Exec.Status.DONE;
        for (ForeignKeyDef fk : sv.fks().childForeignKeys(table, idx)) {
          Exec.Status s = sv.fks().checkChildForeignKey(trx, table, fk, newRow, trx.session);
          if (s == Exec.Status.FAILED) return o.failed(MySqlError.ER_NO_REFERENCED_ROW_2);
          if (s != Exec.Status.DONE) return s;
        }
        Inserter.Entry e = pkChanged[0]
            ? sv.inserter().insert(trx, idx, newE, newRow, false)
            : sv.inserter().insertEntryOfUpdate(trx, idx, newE, newRow);
        if (e.status() == Inserter.Status.BLOCKED) return Exec.Status.BLOCKED;
        if (e.status() == Inserter.Status.DUPLICATE) return o.failed(MySqlError.ER_DUP_ENTRY);
        return Exec.Status.DONE;
      });
    }
    return o;
  }

  /** DELETE of one row: delete-mark the clustered record, check referencing tables, delete-mark every secondary entry. */
  static RowOps delete(Services sv, Trx trx, TableRt table, Rec clust) {
    RowOps o = new RowOps();
    addDeleteOps(o, sv, trx, table, clust);
    return o;
  }

  private static void addDeleteOps(RowOps o, Services sv, Trx trx, TableRt table, Rec clust) {
    Value[][] oldRow = new Value[1][];
    // InnoDB's own foreign keys are checked after the clustered record is delete-marked
    // (row_upd_check_references_constraints); MySQL 9.x's SQL layer checks before the row is deleted
    boolean sqlLayer = sv.profile().fkChecksInSqlLayer();
    o.ops.add(() -> {
      if (!o.lockedFirst(sv, trx, clust)) return Exec.Status.BLOCKED;
      oldRow[0] = clust.row();
      if (!sqlLayer && !clust.isDeleteMarked()) sv.undo().deleteMark(trx, clust, true);
      return Exec.Status.DONE;
    });
    o.ops.add(() -> {
      Exec.Status s = sv.fks().checkParentForeignKeys(trx, table, oldRow[0], null);
      if (s == Exec.Status.FAILED) return o.failed(MySqlError.ER_ROW_IS_REFERENCED_2);
      return s;
    });
    if (sqlLayer) {
      o.ops.add(() -> {
        if (!clust.isDeleteMarked()) sv.undo().deleteMark(trx, clust, true);
        return Exec.Status.DONE;
      });
    }
    for (IndexTree idx : table.secondaries) {
      o.ops.add(() -> {
        Rec sec = idx.find(table.entry(idx, oldRow[0]));
        if (sec == null || sec.isDeleteMarked()) return Exec.Status.DONE;
        RecordRequest r = sv.locks().modifyCheck(trx, sec);
        if (r instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
        sv.undo().deleteMark(trx, sec, false);
        return Exec.Status.DONE;
      });
    }
  }

  /** REPLACE whose conflict cannot be updated in place: delete the old row, then insert again. */
  static RowOps deleteThenRetry(Services sv, Trx trx, TableRt table, Rec clust) {
    RowOps o = new RowOps();
    o.lockFirst = true;
    addDeleteOps(o, sv, trx, table, clust);
    o.retryInsert = true;
    return o;
  }
}
