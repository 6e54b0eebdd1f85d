package dev.innosim.index;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ordered records of one index standing in for its B-tree, plus the supremum; mutable,
 * single-threaded.
 *
 * <p>Records are ordered by all their fields under each field's collation, so equal keys under a
 * case-insensitive collation are the same record, as in InnoDB. Every table is assumed to fit one
 * page per index: one supremum per index.
 */
public final class IndexTree {

  /** How one field of this index is compared. */
  public record Field(String column, int columnIndex, int prefixChars, Collation collation) {}

  private final String name;
  private final String table;
  private final boolean clustered;
  private final boolean unique;
  private final int uniqueFields;
  private final List<Field> fields;
  private final TreeMap<Object, Rec> records;
  private final Rec supremum;
  private int nextHeapNo = 2;
  /** Every record ever created, by {@link Rec#slot()} (slot 1 is the supremum). */
  private Rec[] bySlot = new Rec[16];
  /** The lock system's record locks per group of {@link #LOCK_PAGE_SIZE} slots, by group number. */
  private RecordLocks[] lockPages = new RecordLocks[1];

  /** Records per page-like group of the lock system's bitmaps (one {@code long}). */
  public static final int LOCK_PAGE_SIZE = 64;

  /**
   * @param uniqueFields number of leading fields that form the key as declared (the unique part
   *                     for a unique index)
   */
  public IndexTree(String table, String name, boolean clustered, boolean unique, int uniqueFields, List<Field> fields) {
    this.table = table;
    this.name = name;
    this.clustered = clustered;
    this.unique = unique;
    this.uniqueFields = uniqueFields;
    this.fields = List.copyOf(fields);
    this.records = new TreeMap<>(new KeyComparator());
    this.supremum = new Rec(this, new Value[0], true, 1);
    bySlot[1] = supremum;
  }

  public String name() { return name; }

  public String table() { return table; }

  public boolean isClustered() { return clustered; }

  public boolean isUnique() { return unique; }

  /** Number of fields declared in the index (before any appended clustered key fields). */
  public int keyFieldCount() { return uniqueFields; }

  public List<Field> fields() { return fields; }

  public Rec supremum() { return supremum; }

  public int size() { return records.size(); }

  /** {@code page_dir_get_n_heap}: the heap numbers handed out so far, infimum and supremum included (the index is one page). */
  public int heapTop() { return nextHeapNo; }

  /** Records in order, without the supremum. */
  public Iterable<Rec> records() { return records.values(); }

  /** The first record, or the supremum when the index is empty. */
  public Rec first() {
    Map.Entry<Object, Rec> e = records.firstEntry();
    return e == null ? supremum : e.getValue();
  }

  /** The record after {@code r} (the supremum after the last one). {@code r} may have been removed. */
  public Rec next(Rec r) {
    if (r.isSupremum()) return null;
    if (!r.isRemoved()) return r.next;
    Map.Entry<Object, Rec> e = records.higherEntry(r.fields());
    return e == null ? supremum : e.getValue();
  }

  /** The record before {@code r}, or null when {@code r} is the first (the infimum lies before it). */
  public Rec prev(Rec r) {
    if (!r.isRemoved()) return r.prev;
    Map.Entry<Object, Rec> e = records.lowerEntry(r.fields());
    return e == null ? null : e.getValue();
  }

  /** The first record whose leading fields are {@code >= prefix} (or {@code > prefix} when {@code strict}). */
  public Rec seek(Value[] prefix, boolean strict) {
    Map.Entry<Object, Rec> e = records.ceilingEntry(new Probe(prefix, strict));
    return e == null ? supremum : e.getValue();
  }

  /** The record with exactly these fields, or null. */
  public Rec find(Value[] fullKey) {
    return records.get(fullKey);
  }

  /** The record that would follow a new record with these fields (may be the supremum). */
  public Rec successorOf(Value[] fullKey) {
    Map.Entry<Object, Rec> e = records.higherEntry(fullKey);
    return e == null ? supremum : e.getValue();
  }

  /** Inserts a new record; the caller ensured no record with an equal key exists. */
  public Rec insert(Value[] fullKey) {
    Rec r = new Rec(this, fullKey, false, nextHeapNo++);
    Rec old = records.put(fullKey, r);
    if (old != null) throw new IllegalStateException("duplicate record " + r);
    if (r.slot() >= bySlot.length) bySlot = java.util.Arrays.copyOf(bySlot, bySlot.length * 2);
    bySlot[r.slot()] = r;
    Map.Entry<Object, Rec> after = records.higherEntry(fullKey);
    Rec next = after == null ? supremum : after.getValue();
    Rec prev = next.prev;
    r.next = next;
    r.prev = prev;
    next.prev = r;
    if (prev != null) prev.next = r;
    return r;
  }

  /**
   * A record that grew was deleted and re-inserted on its page ({@code btr_cur_optimistic_update}):
   * its old space is too small to reuse, so it gets the next heap number (its locks move with it).
   */
  public void reinsertGrown(Rec r) {
    r.setHeapNo(nextHeapNo++);
  }

  /** Physically removes a record (rollback of an insert). */
  public void remove(Rec r) {
    Rec old = records.remove(r.fields());
    if (old != r) throw new IllegalStateException("not in index: " + r);
    r.next.prev = r.prev;
    if (r.prev != null) r.prev.next = r.next;
    r.markRemoved();
  }

  /** The record created with this slot (removed records included), or null. */
  public Rec atSlot(int slot) {
    return slot < bySlot.length ? bySlot[slot] : null;
  }

  /** The lock system's locks on slot group {@code page}, or null. */
  public RecordLocks lockPage(int page) {
    return page < lockPages.length ? lockPages[page] : null;
  }

  /** Stores the lock system's locks on slot group {@code page}. */
  public void setLockPage(int page, RecordLocks locks) {
    if (page >= lockPages.length) {
      lockPages = java.util.Arrays.copyOf(lockPages, Math.max(page + 1, lockPages.length * 2));
    }
    lockPages[page] = locks;
  }

  /**
   * A copy of this index with a copy of every record ({@link Rec#copy}), slots and heap numbers
   * kept, and no locks (the lock system copies its own); {@code modifiers} maps each record's last
   * modifier. Nothing is shared with this index but immutable values.
   */
  public IndexTree copy(java.util.function.UnaryOperator<RecordModifier> modifiers) {
    IndexTree c = new IndexTree(table, name, clustered, unique, uniqueFields, fields);
    c.nextHeapNo = nextHeapNo;
    c.bySlot = new Rec[bySlot.length];
    c.bySlot[1] = c.supremum;
    c.supremum.copyStateFrom(supremum, modifiers);
    for (int i = 2; i < bySlot.length; i++) {
      Rec r = bySlot[i];
      if (r != null) c.bySlot[i] = r.copy(c, modifiers);
    }
    Rec prev = null;
    for (Rec r : records.values()) {
      Rec n = c.bySlot[r.slot()];
      c.records.put(n.fields(), n);
      n.prev = prev;
      if (prev != null) prev.next = n;
      prev = n;
    }
    if (prev != null) prev.next = c.supremum;
    c.supremum.prev = prev;
    return c;
  }

  /** This index's record with the slot of {@code r} (a record of the index this one was copied from). */
  public Rec same(Rec r) {
    return bySlot[r.slot()];
  }

  /** Compares the first {@code n} fields of a record with a search tuple. */
  public int comparePrefix(Value[] recFields, Value[] prefix) {
    int n = Math.min(prefix.length, recFields.length);
    for (int i = 0; i < n; i++) {
      int c = compareField(i, recFields[i], prefix[i]);
      if (c != 0) return c;
    }
    return 0;
  }

  public int compareField(int i, Value a, Value b) {
    return Values.compare(a, b, fields.get(i).collation());
  }

  /** Snapshot of the records, for tests and reports. */
  public List<Rec> snapshot() {
    return new ArrayList<>(records.values());
  }

  /** A search position: before all records with this prefix, or after them when {@code after}. */
  private record Probe(Value[] prefix, boolean after) {}

  private final class KeyComparator implements Comparator<Object> {
    @Override
    public int compare(Object a, Object b) {
      if (a instanceof Probe p) return -probeVsKey(p, (Value[]) b);
      if (b instanceof Probe p) return probeVsKey(p, (Value[]) a);
      Value[] x = (Value[]) a;
      Value[] y = (Value[]) b;
      int n = Math.min(x.length, y.length);
      for (int i = 0; i < n; i++) {
        int c = compareField(i, x[i], y[i]);
        if (c != 0) return c;
      }
      return Integer.compare(x.length, y.length);
    }

    /** Sign of (key - probe). */
    private int probeVsKey(Probe p, Value[] key) {
      int c = comparePrefix(key, p.prefix());
      if (c != 0) return c;
      return p.after() ? -1 : 1;
    }
  }
}
