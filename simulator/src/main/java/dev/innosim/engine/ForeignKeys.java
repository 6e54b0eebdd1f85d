package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.RefAction;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Foreign-key checks (spec 4): the child side takes shared locks on the parent's referenced index,
 * the parent side on the child's foreign-key index, and cascades change child rows; stateless.
 */
final class ForeignKeys {
  private final Catalog catalog;
  private final Locking locks;
  private final UndoLog undo;
  private final Inserter inserter;

  ForeignKeys(Catalog catalog, Locking locks, UndoLog undo, Inserter inserter) {
    this.catalog = catalog;
    this.locks = locks;
    this.undo = undo;
    this.inserter = inserter;
  }

  /** The FKs of {@code t} whose child index is {@code idx}. */
  List<ForeignKeyDef> childForeignKeys(TableRt t, IndexTree idx) {
    List<ForeignKeyDef> out = new ArrayList<>();
    for (ForeignKeyDef fk : t.def.foreignKeys()) {
      if (fkIndex(t, fk.columns()) == idx) out.add(fk);
    }
    return out;
  }

  /** The first index whose leading fields are exactly these columns. */
  private IndexTree fkIndex(TableRt t, List<String> cols) {
    for (IndexTree idx : t.all) {
      if (idx.keyFieldCount() < cols.size() && !(idx.isClustered() && idx.fields().size() >= cols.size())) continue;
      boolean ok = true;
      for (int i = 0; i < cols.size(); i++) {
        IndexTree.Field f = idx.fields().get(i);
        if (!f.column().equalsIgnoreCase(cols.get(i)) || f.prefixChars() > 0) ok = false;
      }
      if (ok) return idx;
    }
    return null;
  }

  /** Child-side FK check (spec 4): S locks on the parent's referenced index. */
  Exec.Status checkChildForeignKey(Trx trx, TableRt child, ForeignKeyDef fk, Value[] row, Session s) {
    if (!s.foreignKeyChecks) return Exec.Status.DONE;
    Value[] vals = new Value[fk.columns().size()];
    for (int i = 0; i < vals.length; i++) {
      vals[i] = row[child.def.columnIndex(fk.columns().get(i))];
      if (vals[i].isNull()) return Exec.Status.DONE;
    }
    TableRt parent = catalog.table(fk.refTable());
    IndexTree ref = fkIndex(parent, fk.refColumns());
    if (ref == null) throw new EngineException("no index on " + fk.refTable() + fk.refColumns() + " for foreign key " + fk.name());
    for (int i = 0; i < vals.length; i++) {
      vals[i] = parent.def.column(fk.refColumns().get(i)).get().type().coerce(vals[i]);
    }
    RecordRequest tl = locks.lockTable(trx, parent, LOCK_IS, Why.Rule.FK_TABLE);
    if (tl instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
    boolean rc = trx.isolation().skipsGapLocks();
    Rec r = ref.seek(vals, false);
    while (true) {
      if (r.isSupremum()) {
        if (!rc) {
          if (locks.lockRead(trx, r, LOCK_S, false, locks.why(Why.Rule.FK_NO_PARENT, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
        }
        return Exec.Status.FAILED;
      }
      if (ref.comparePrefix(r.fields(), vals) == 0) {
        if (locks.profile().fkChecksInSqlLayer() && ref.isUnique() && vals.length == ref.keyFieldCount()) {
          // the SQL layer's unique search: the matching record only, delete-marked or not; a
          // delete-marked one (once granted) means no parent, with no further lock
          if (locks.lockRead(trx, r, LOCK_S | LOCK_REC_NOT_GAP, false, locks.why(Why.Rule.FK_PARENT_ROW, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
          return r.isDeleteMarked() ? Exec.Status.FAILED : Exec.Status.DONE;
        }
        if (!r.isDeleteMarked()) {
          if (locks.lockRead(trx, r, LOCK_S | LOCK_REC_NOT_GAP, false, locks.why(Why.Rule.FK_PARENT_ROW, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
          if (!r.isDeleteMarked()) return Exec.Status.DONE;
        }
        if (locks.lockRead(trx, r, LOCK_S | (rc ? LOCK_REC_NOT_GAP : LOCK_ORDINARY), false, locks.why(Why.Rule.FK_PARENT_DELETED, trx, r)) instanceof RecordRequest.MustWait) {
          return Exec.Status.BLOCKED;
        }
        r = ref.next(r);
        continue;
      }
      if (!rc) {
        if (locks.lockRead(trx, r, LOCK_S | LOCK_GAP, false, locks.why(Why.Rule.FK_NO_PARENT, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
      }
      return Exec.Status.FAILED;
    }
  }

  /** Parent-side FK checks when a row of {@code t} is deleted ({@code newRow} null) or its referenced columns change. */
  Exec.Status checkParentForeignKeys(Trx trx, TableRt t, Value[] oldRow, Value[] newRow) {
    if (!trx.session.foreignKeyChecks) return Exec.Status.DONE;
    for (TableRt child : catalog.tables()) {
      for (ForeignKeyDef fk : child.def.foreignKeys()) {
        if (!fk.refTable().equals(t.name())) continue;
        Value[] vals = new Value[fk.refColumns().size()];
        boolean changed = newRow == null;
        boolean hasNull = false;
        for (int i = 0; i < vals.length; i++) {
          int c = t.def.columnIndex(fk.refColumns().get(i));
          vals[i] = oldRow[c];
          if (vals[i].isNull()) hasNull = true;
          if (newRow != null && Values.compare(oldRow[c], newRow[c], t.def.columns().get(c).collation()) != 0) changed = true;
        }
        if (!changed || hasNull) continue;
        RefAction action = newRow == null ? fk.onDelete() : fk.onUpdate();
        boolean cascades = action == RefAction.CASCADE || action == RefAction.SET_NULL;
        IndexTree idx = fkIndex(child, fk.columns());
        // MySQL 9.x checks in the SQL layer: the children are read as a locking read of idx, S (a
        // cascade: X, under IX) next-key on every match and a gap lock on the entry past them;
        // InnoDB's own check takes IS and S,REC_NOT_GAP on the matches
        boolean sqlLayer = locks.profile().fkChecksInSqlLayer();
        int mode = sqlLayer && cascades ? LOCK_X : LOCK_S;
        RecordRequest tl = locks.lockTable(trx, child, sqlLayer && cascades ? LOCK_IX : LOCK_IS, Why.Rule.FK_TABLE);
        if (tl instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
        boolean rc = trx.isolation().skipsGapLocks();
        int matchMode = sqlLayer ? mode | (rc ? LOCK_REC_NOT_GAP : LOCK_ORDINARY) : LOCK_S | LOCK_REC_NOT_GAP;
        for (int i = 0; i < vals.length; i++) {
          vals[i] = child.def.column(fk.columns().get(i)).get().type().coerce(vals[i]);
        }
        Rec r = idx.seek(vals, false);
        while (true) {
          if (r.isSupremum()) {
            if (!rc && locks.lockRead(trx, r, mode, false, locks.why(Why.Rule.FK_CHILD_GAP, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
            break;
          }
          if (idx.comparePrefix(r.fields(), vals) == 0) {
            if (r.isDeleteMarked() && r.lastModifier() == trx) {
              r = idx.next(r);
              continue;
            }
            if (!r.isDeleteMarked()) {
              if (locks.lockRead(trx, r, matchMode, false, locks.why(Why.Rule.FK_CHILD_ROW, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
              if (!r.isDeleteMarked()) {
                if (!cascades) return Exec.Status.FAILED;
                Exec.Status c = cascade(trx, child, fk, idx, r, action, t, newRow);
                if (c != Exec.Status.DONE) return c;
                r = idx.next(r);
                continue;
              }
            }
            if (locks.lockRead(trx, r, mode | (rc ? LOCK_REC_NOT_GAP : LOCK_ORDINARY), false, locks.why(Why.Rule.FK_CHILD_ROW, trx, r)) instanceof RecordRequest.MustWait) {
              return Exec.Status.BLOCKED;
            }
            r = idx.next(r);
            continue;
          }
          if (!rc && locks.lockRead(trx, r, mode | LOCK_GAP, false, locks.why(Why.Rule.FK_CHILD_GAP, trx, r)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
          break;
        }
      }
    }
    return Exec.Status.DONE;
  }

  /**
   * {@code row_ins_foreign_check_on_constraint}: ON DELETE / UPDATE CASCADE or SET NULL applied to
   * the child row of entry {@code entry}: IX on the child table, X,REC_NOT_GAP on its clustered
   * record, then the child row is deleted or updated like a normal row.
   */
  private Exec.Status cascade(Trx trx, TableRt child, ForeignKeyDef fk, IndexTree idx, Rec entry, RefAction action,
                              TableRt parent, Value[] newParentRow) {
    if (locks.lockTable(trx, child, LOCK_IX, Why.Rule.FK_CASCADE) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
    Rec clust = child.clusteredOf(idx, entry);
    if (clust == null) return Exec.Status.DONE;
    if (locks.lockRead(trx, clust, LOCK_X | LOCK_REC_NOT_GAP, false, locks.why(Why.Rule.FK_CASCADE, trx, clust)) instanceof RecordRequest.MustWait) return Exec.Status.BLOCKED;
    if (clust.isDeleteMarked()) return Exec.Status.DONE;
    Value[] old = clust.row();
    if (newParentRow == null && action == RefAction.CASCADE) {
      Exec.Status s = checkParentForeignKeys(trx, child, old, null);
      if (s != Exec.Status.DONE) return s;
      undo.deleteMark(trx, clust, true);
      for (IndexTree sec : child.secondaries) {
        Rec e = sec.find(child.entry(sec, old));
        if (e != null && !e.isDeleteMarked()) undo.deleteMark(trx, e, false);
      }
      return Exec.Status.DONE;
    }
    Value[] updated = old.clone();
    for (int i = 0; i < fk.columns().size(); i++) {
      int c = child.def.columnIndex(fk.columns().get(i));
      updated[c] = action == RefAction.SET_NULL || newParentRow == null
          ? Value.Null.INSTANCE
          : newParentRow[parent.def.columnIndex(fk.refColumns().get(i))];
    }
    undo.setRow(trx, clust, updated);
    for (IndexTree sec : child.secondaries) {
      Value[] oe = child.entry(sec, old);
      Value[] ne = child.entry(sec, updated);
      if (Arrays.equals(oe, ne)) continue;
      Rec e = sec.find(oe);
      if (e != null && !e.isDeleteMarked()) undo.deleteMark(trx, e, false);
      Inserter.Entry res = inserter.insertEntryOfUpdate(trx, sec, ne, updated);
      if (res.status() != Inserter.Status.DONE) return res.status() == Inserter.Status.BLOCKED ? Exec.Status.BLOCKED : Exec.Status.FAILED;
    }
    return Exec.Status.DONE;
  }
}
