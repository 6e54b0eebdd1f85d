package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.lock.TrxLocks;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.List;

/** A transaction: its locks (inherited), isolation level and undo log; mutable, single-threaded. */
final class Trx extends TrxLocks {
  final Session session;
  final IsolationLevel isolation;
  final List<Undo> undo = new ArrayList<>();
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

  /** One reversible change to an index record. */
  static final class Undo {
    enum Kind { INSERTED, DELETE_MARK, ROW }

    final Kind kind;
    final Rec rec;
    final boolean oldDeleteMark;
    final Value[] oldRow;
    final Object oldModifier;
    final boolean countsAsUndoRecord;

    Undo(Kind kind, Rec rec, boolean oldDeleteMark, Value[] oldRow, Object oldModifier, boolean countsAsUndoRecord) {
      this.kind = kind;
      this.rec = rec;
      this.oldDeleteMark = oldDeleteMark;
      this.oldRow = oldRow;
      this.oldModifier = oldModifier;
      this.countsAsUndoRecord = countsAsUndoRecord;
    }
  }
}
