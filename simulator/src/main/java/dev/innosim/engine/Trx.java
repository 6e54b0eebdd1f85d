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

  /** A copy for {@code session} (the copy of this one's session): flags and counters, no undo records and no locks yet. */
  Trx copyFor(Session session) {
    Trx c = new Trx(id(), session, isolation);
    c.active = active;
    c.duplicates = duplicates;
    c.copyCountersFrom(this);
    return c;
  }

  /** The undo records of {@code o} (this transaction's original), each on the same record of {@code indexes}' copies. */
  void copyUndoFrom(Trx o, java.util.Map<dev.innosim.index.IndexTree, dev.innosim.index.IndexTree> indexes,
                    java.util.function.UnaryOperator<RecordModifier> modifiers) {
    for (Undo u : o.undo) {
      Rec r = indexes.get(u.rec.index()).same(u.rec);
      undo.add(new Undo(u.kind, r, u.oldDeleteMark, u.oldRow,
          u.oldModifier == null ? null : modifiers.apply(u.oldModifier), u.countsAsUndoRecord));
    }
  }

  /** A transaction that ended, as a record's last modifier in a copied engine: it holds no implicit lock. */
  record Ended(long trxId) implements RecordModifier {
    @Override public boolean isActive() { return false; }
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
        if (u.kind == Undo.Kind.INSERTED || u.kind == Undo.Kind.INSERTED_BY_UPDATE) return null;
        if (u.oldRow != null) return u.oldRow;
      }
    }
    return clust.row();
  }

  /** One reversible change to an index record; immutable. */
  static final class Undo {
    /**
     * INSERTED: a record of a row insert (undone by InnoDB's insert undo, {@code row0uins});
     * INSERTED_BY_UPDATE: a secondary entry an UPDATE wrote for the row's new values (undone with
     * the update's undo record, {@code row0umod}).
     */
    enum Kind { INSERTED, INSERTED_BY_UPDATE, DELETE_MARK, ROW }

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
