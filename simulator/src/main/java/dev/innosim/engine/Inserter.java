package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.Value;
import java.util.Arrays;

/**
 * The INSERT of one index entry (spec 3.6): duplicate check on unique indexes, insert intention
 * on the next record, the insert itself and the gap split; stateless, resumable (run again from
 * the start after a wait).
 */
final class Inserter {
  /** Result of inserting one index entry. */
  enum Status { DONE, BLOCKED, DUPLICATE }

  /** The status, and for a duplicate the record it collided with; an immutable value. */
  record Entry(Status status, Rec dup) {
    static final Entry DONE = new Entry(Status.DONE, null);
    static final Entry BLOCKED = new Entry(Status.BLOCKED, null);
  }

  private final ServerProfile profile;
  private final Locking locks;
  private final UndoLog undo;
  private final Catalog catalog;

  Inserter(Locking locks, UndoLog undo, Catalog catalog) {
    this.profile = locks.profile();
    this.locks = locks;
    this.undo = undo;
    this.catalog = catalog;
  }

  /**
   * Inserts {@code fields} into {@code idx} for {@code trx} ({@code row}: the whole row, for the
   * clustered index); {@code dupX}: REPLACE / IODKU, whose duplicate checks take X locks.
   */
  Entry insert(Trx trx, IndexTree idx, Value[] fields, Value[] row, boolean dupX) {
    return insert(trx, idx, fields, row, dupX, false);
  }

  /** Writes the secondary entry of an UPDATE that keeps the row's key (logged with the update, not as an insert). */
  Entry insertEntryOfUpdate(Trx trx, IndexTree idx, Value[] fields, Value[] row) {
    return insert(trx, idx, fields, row, false, true);
  }

  private Entry insert(Trx trx, IndexTree idx, Value[] fields, Value[] row, boolean dupX, boolean byUpdate) {
    dupX = dupX || trx.duplicates;
    Rec same = idx.find(fields);
    if (idx.isClustered()) {
      if (same != null) return overClustered(trx, same, row, dupX);
    } else if (idx.isUnique() && trx.session.uniqueChecks) {
      Entry e = checkUniqueSecondary(trx, idx, fields, dupX);
      if (e != null) return e;
    }
    if (same != null) {
      // an identical delete-marked entry: the insert becomes an un-delete-mark
      if (locks.modifyCheck(trx, same) instanceof RecordRequest.MustWait) return Entry.BLOCKED;
      undo.undeleteMark(trx, same);
      return Entry.DONE;
    }
    Rec next = idx.successorOf(fields);
    if (locks.insertIntention(trx, next) instanceof RecordRequest.MustWait) return Entry.BLOCKED;
    Rec rec = idx.insert(fields);
    rec.setLastModifier(trx);
    if (idx.isClustered()) rec.setRow(row);
    locks.inheritOnInsert(next, rec);
    undo.inserted(trx, rec, idx.isClustered(), byUpdate);
    return Entry.DONE;
  }

  /** The clustered key exists: lock it; a live record is a duplicate, a delete-marked one is revived. */
  private Entry overClustered(Trx trx, Rec same, Value[] row, boolean dupX) {
    int tm = (dupX ? LOCK_X : LOCK_S) | (profile.primaryDuplicateRecordOnly() ? LOCK_REC_NOT_GAP : LOCK_ORDINARY);
    trx.inheritAll = true;
    RecordRequest r = locks.lockRead(trx, same, tm, false, locks.why(Why.Rule.DUPLICATE_PRIMARY, trx, same));
    if (r instanceof RecordRequest.MustWait) return Entry.BLOCKED;
    if (!same.isDeleteMarked()) return new Entry(Status.DUPLICATE, same);
    if (locks.modifyCheck(trx, same) instanceof RecordRequest.MustWait) return Entry.BLOCKED;
    undo.reviveClustered(trx, same, row);
    return Entry.DONE;
  }

  /**
   * A unique secondary index: every entry with an equal key is locked (next-key, or GAP on the
   * first non-equal one where the profile says so) until a live one is found, a duplicate; null
   * when there is none.
   */
  private Entry checkUniqueSecondary(Trx trx, IndexTree idx, Value[] fields, boolean dupX) {
    Value[] key = Arrays.copyOf(fields, idx.keyFieldCount());
    for (Value v : key) if (v.isNull()) return null;
    Rec r = idx.seek(key, false);
    if (r.isSupremum() || idx.comparePrefix(r.fields(), key) != 0) return null;
    int dupMode = dupX ? LOCK_X : LOCK_S;
    while (true) {
      boolean equal = !r.isSupremum() && idx.comparePrefix(r.fields(), key) == 0;
      int tm = dupMode | (!equal && !r.isSupremum() && profile.uniqueSecondaryDuplicateGapOnNonEqual() && !dupX
          ? LOCK_GAP : LOCK_ORDINARY);
      trx.inheritAll = true;
      RecordRequest q = locks.lockRead(trx, r, tm, false, locks.why(Why.Rule.DUPLICATE_SECONDARY, trx, r));
      if (q instanceof RecordRequest.MustWait) return Entry.BLOCKED;
      if (r.isSupremum() || !equal) return null;
      if (!r.isDeleteMarked()) return new Entry(Status.DUPLICATE, r);
      r = idx.next(r);
    }
  }

  /** REPLACE updates in place only when the conflict is in the last unique index and no foreign key references the table. */
  boolean replaceInPlace(TableRt t, IndexTree conflict) {
    IndexTree lastUnique = null;
    for (IndexTree i : t.all) if (i.isUnique()) lastUnique = i;
    return conflict == lastUnique && !catalog.isReferenced(t);
  }
}
