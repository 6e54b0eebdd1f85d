package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.index.RecordModifier;
import dev.innosim.lock.TrxLocks;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.List;

/** A transaction: its locks (inherited), isolation level and undo log; mutable, single-threaded. */
final class Trx extends TrxLocks implements RecordModifier {
  final Session session;
  final IsolationLevel isolation;
  final ArrayList<Undo> undo = new ArrayList<>();
  boolean active = true;
  boolean duplicates;
  /** The transaction id as InnoDB would print it. */
  final long trxId;

  Trx(int id, Session session, IsolationLevel isolation) {
    super(id, session.name);
    this.session = session;
    this.isolation = isolation;
    this.trxId = 1000L + 3L * id;
  }

  @Override public IsolationLevel isolation() { return isolation; }

  @Override public boolean duplicates() { return duplicates; }

  @Override public boolean isActive() { return active; }

  @Override public long trxId() { return trxId; }

  /** The statement this transaction is running, or null. */
  Exec statement() {
    Exec c = session.current;
    return c != null && c.trx == this ? c : null;
  }

  void addUndo(Undo u) {
    undo.add(u);
    if (u.countsAsUndoRecord) undoNo++;
  }

  void undoRemoved() { undoNo--; }

  /** The row as it was before this transaction first changed {@code clust}, or null if it inserted it. */
  Value[] committedVersion(Rec clust) {
    for (Undo u : undo) {
      if (u.rec == clust) {
        if (u.kind == Undo.Kind.INSERTED) return null;
        if (u.oldRow != null) return u.oldRow;
      }
    }
    return clust.row();
  }

  /** One reversible change to an index record; immutable. */
  static final class Undo {
    enum Kind { INSERTED, DELETE_MARK, ROW }

    final Kind kind;
    final Rec rec;
    final boolean oldDeleteMark;
    final Value[] oldRow;
    final RecordModifier oldModifier;
    final boolean countsAsUndoRecord;

    Undo(Kind kind, Rec rec, boolean oldDeleteMark, Value[] oldRow, RecordModifier oldModifier, boolean countsAsUndoRecord) {
      this.kind = kind;
      this.rec = rec;
      this.oldDeleteMark = oldDeleteMark;
      this.oldRow = oldRow;
      this.oldModifier = oldModifier;
      this.countsAsUndoRecord = countsAsUndoRecord;
    }
  }
}
