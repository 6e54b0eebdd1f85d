package dev.innosim.engine;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.TrxLocks;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The record changes of transactions and their rollback: every change to an index record goes
 * through here and is logged on its transaction, so that a statement or a whole transaction can be
 * undone; stateless itself (the log lives on each {@link Trx}).
 */
final class UndoLog {
  /** What a rollback undoes. */
  enum Scope {
    /** A failed or timed-out statement (or one row of an INSERT): the transaction goes on. */
    STATEMENT,
    /** ROLLBACK or a deadlock victim: everything, then the locks go too. */
    TRANSACTION
  }

  private final ServerProfile profile;
  private final LockSys lockSys;
  private final Catalog catalog;

  UndoLog(ServerProfile profile, LockSys lockSys, Catalog catalog) {
    this.profile = profile;
    this.lockSys = lockSys;
    this.catalog = catalog;
  }

  /** Delete-marks a record (the clustered one counts as an undo record, secondary entries do not). */
  void deleteMark(Trx trx, Rec r, boolean countsAsUndo) {
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.DELETE_MARK, r, r.isDeleteMarked(), null, r.lastModifier(), countsAsUndo));
    r.setDeleteMarked(true);
    r.setLastModifier(trx);
  }

  /** Clears the delete mark of an identical secondary entry an insert reuses. */
  void undeleteMark(Trx trx, Rec r) {
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.DELETE_MARK, r, r.isDeleteMarked(), null, r.lastModifier(), false));
    r.setDeleteMarked(false);
    r.setLastModifier(trx);
  }

  /** Updates a clustered record's row in place. */
  void setRow(Trx trx, Rec clust, Value[] row) {
    TableRt t = catalog.table(clust.index().table());
    if (grows(t, clust.row(), row)) clust.index().reinsertGrown(clust);
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.ROW, clust, clust.isDeleteMarked(), clust.row(), clust.lastModifier(), true));
    clust.setRow(row);
    clust.setLastModifier(trx);
  }

  /** An insert over a delete-marked clustered record with the same key: the row is replaced and un-delete-marked. */
  void reviveClustered(Trx trx, Rec same, Value[] row) {
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.ROW, same, true, same.row(), same.lastModifier(), true));
    same.setRow(row);
    same.setDeleteMarked(false);
    same.setLastModifier(trx);
  }

  /**
   * Logs a record the transaction inserted (the clustered one counts as an undo record);
   * {@code byUpdate}: a secondary entry of an UPDATE that kept the row's key.
   */
  void inserted(Trx trx, Rec rec, boolean clustered, boolean byUpdate) {
    trx.addUndo(new Trx.Undo(byUpdate ? Trx.Undo.Kind.INSERTED_BY_UPDATE : Trx.Undo.Kind.INSERTED, rec, false, null, null, clustered));
  }

  /**
   * Undoes the changes of {@code t} back to undo position {@code mark}; locks stay. A removed
   * record passes its locks to the next record and cancels the waits on it.
   *
   * @return the transactions whose waits were cancelled, to resume, in queue order
   */
  List<Trx> rollback(Trx t, int mark, Scope scope) {
    List<Trx> woken = new ArrayList<>();
    boolean partial = scope == Scope.STATEMENT && t.active && t.session.trx == t;
    for (int i = t.undo.size() - 1; i >= mark; i--) {
      Trx.Undo u = t.undo.remove(i);
      if (u.countsAsUndoRecord) t.undoRemoved();
      Rec r = u.rec;
      if (partial && profile.partialRollbackConvertsImplicit() && !t.isolation.skipsGapLocks()
          && r.lastModifier() == t && !r.isSupremum() && convertsOnUndo(u)) {
        // row_convert_impl_to_expl_if_needed: the removed or restored record keeps an explicit lock
        lockSys.convertImplicit(t, r, new Why(Why.Rule.IMPLICIT, catalog, t.statement(), r, "the statement rollback"));
      }
      switch (u.kind) {
        case INSERTED:
        case INSERTED_BY_UPDATE: {
          IndexTree idx = r.index();
          idx.remove(r);
          Rec heir = idx.successorOf(r.fields());
          for (TrxLocks w : lockSys.inheritToGapAndCancel(r, heir)) woken.add((Trx) w);
          break;
        }
        case DELETE_MARK:
          r.setDeleteMarked(u.oldDeleteMark);
          r.setLastModifier(u.oldModifier);
          break;
        default:
          r.setRow(u.oldRow);
          r.setDeleteMarked(u.oldDeleteMark);
          r.setLastModifier(u.oldModifier);
          break;
      }
    }
    return woken;
  }

  /**
   * Where InnoDB calls {@code row_convert_impl_to_expl_if_needed}: removing a record of an
   * inserted row, clustered or secondary ({@code row0uins}), and restoring a modified clustered
   * record ({@code row_undo_mod_clust_low}); never on restoring a secondary entry of an UPDATE or
   * DELETE (probe-uk-update-to-held-value-rr on MySQL 9.7).
   */
  private static boolean convertsOnUndo(Trx.Undo u) {
    if (u.kind == Trx.Undo.Kind.INSERTED) return true;
    if (u.kind == Trx.Undo.Kind.INSERTED_BY_UPDATE) return false;
    return u.rec.index().isClustered();
  }

  /** The stored size of a row's clustered record (fields only; headers are the same for one table). */
  private static int recordSize(TableRt t, Value[] row) {
    int n = 0;
    List<ColumnDef> cols = t.def.columns();
    for (int c = 0; c < cols.size(); c++) {
      if (!row[c].isNull()) n += Values.storedBytes(row[c], cols.get(c).type()).length;
    }
    return n;
  }

  /** True when the new row is stored in more bytes: only variable-length or NULL changes can do that. */
  private static boolean grows(TableRt t, Value[] oldRow, Value[] newRow) {
    List<ColumnDef> cols = t.def.columns();
    boolean changed = false;
    for (int c = 0; c < cols.size() && !changed; c++) {
      if (oldRow[c].isNull() != newRow[c].isNull()
          || !cols.get(c).type().isInteger() && !oldRow[c].equals(newRow[c])) changed = true;
    }
    return changed && recordSize(t, newRow) > recordSize(t, oldRow);
  }
}
