package dev.innosim.index;

import dev.innosim.schema.Value;

/**
 * One index record (or the supremum) of an {@link IndexTree}; mutable, single-threaded, owned by
 * the engine.
 *
 * <p>The fields are the index's fields in index order: for a secondary index the key columns
 * followed by the clustered key columns; for the clustered index the clustered key columns. A
 * clustered record also carries the whole row.
 */
public final class Rec {
  private final IndexTree index;
  private final Value[] fields;
  private final boolean supremum;
  /** The record's place in its index's lock bitmaps: its first heap number, kept when the heap number changes. */
  private final int slot;
  private int heapNo;
  private boolean deleteMarked;
  private boolean removed;
  /** Clustered records only: the row in table column order (plus the hidden row id last, if any). */
  private Value[] row;
  /** The transaction that last inserted this record or changed its delete mark (an implicit-lock candidate). */
  private RecordModifier lastModifier;
  /** The next record in index order (the supremum after the last); maintained by {@link IndexTree}. */
  Rec next;
  /** The previous record in index order, or null for the first. */
  Rec prev;
  /** Secondary records: the clustered record of the same row, once looked up (engine cache). */
  private Rec clusteredRef;

  Rec(IndexTree index, Value[] fields, boolean supremum, int heapNo) {
    this.index = index;
    this.fields = fields;
    this.supremum = supremum;
    this.heapNo = heapNo;
    this.slot = heapNo;
  }

  public IndexTree index() { return index; }

  public Value[] fields() { return fields; }

  public Value field(int i) { return fields[i]; }

  public boolean isSupremum() { return supremum; }

  public int heapNo() { return heapNo; }

  void setHeapNo(int heapNo) { this.heapNo = heapNo; }

  public boolean isDeleteMarked() { return deleteMarked; }

  public void setDeleteMarked(boolean deleteMarked) { this.deleteMarked = deleteMarked; }

  /** True once the record was physically removed from its index (rollback of an insert). */
  public boolean isRemoved() { return removed; }

  void markRemoved() { this.removed = true; }

  public Value[] row() { return row; }

  public void setRow(Value[] row) { this.row = row; }

  public RecordModifier lastModifier() { return lastModifier; }

  public void setLastModifier(RecordModifier trx) { this.lastModifier = trx; }

  /**
   * The bit of this record in the lock system's bitmaps: its heap number at creation (a record that
   * later gets a new heap number, {@link IndexTree#reinsertGrown}, keeps its slot and its locks).
   */
  public int slot() { return slot; }

  /** Secondary records: the clustered record of the same row found last time, or null. */
  public Rec clusteredRef() { return clusteredRef; }

  public void setClusteredRef(Rec r) { this.clusteredRef = r; }

  /** A copy in {@code index} (a copy of this record's index): same slot, heap number, fields, row and marks, no cached links. */
  Rec copy(IndexTree index, java.util.function.UnaryOperator<RecordModifier> modifiers) {
    Rec c = new Rec(index, fields, supremum, slot);
    c.copyStateFrom(this, modifiers);
    return c;
  }

  /** Takes the mutable state of {@code o} (heap number, marks, row, last modifier mapped). */
  void copyStateFrom(Rec o, java.util.function.UnaryOperator<RecordModifier> modifiers) {
    heapNo = o.heapNo;
    deleteMarked = o.deleteMarked;
    removed = o.removed;
    row = o.row;
    lastModifier = o.lastModifier == null ? null : modifiers.apply(o.lastModifier);
  }

  @Override
  public String toString() {
    if (supremum) return index.name() + " supremum";
    StringBuilder b = new StringBuilder(index.name()).append(" (");
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) b.append(", ");
      b.append(fields[i]);
    }
    return b.append(')').toString();
  }
}
