package dev.innosim.index;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.List;

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
  private final CountedTree records = new CountedTree();
  private final Collation[] collations;
  private final Rec supremum;
  private int nextHeapNo = 2;
  /** Every record ever created, by {@link Rec#slot()} (slot 1 is the supremum). */
  private Rec[] bySlot = new Rec[16];
  /** The lock system's record locks per group of {@link #LOCK_PAGE_SIZE} slots, by group number. */
  private RecordLocks[] lockPages = new RecordLocks[1];

  /** Records per page-like group of the lock system's bitmaps (one {@code long}). */
  public static final int LOCK_PAGE_SIZE = 64;
  /** Inserts and removals so far: {@link #find}'s remembered successor is valid while this is unchanged. */
  private long changes;
  private Value[] foundKey;
  private Rec foundSuccessor;
  private long foundAt = -1;

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
    this.collations = fields.stream().map(Field::collation).toArray(Collation[]::new);
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
  public Iterable<Rec> records() {
    return () -> new java.util.Iterator<Rec>() {
      private Rec at = first();

      @Override
      public boolean hasNext() { return !at.isSupremum(); }

      @Override
      public Rec next() {
        if (at.isSupremum()) throw new java.util.NoSuchElementException();
        Rec r = at;
        at = r.next;
        return r;
      }
    };
  }

  /** The first record, or the supremum when the index is empty. */
  public Rec first() {
    Rec r = records.first();
    return r == null ? supremum : r;
  }

  /** The record after {@code r} (the supremum after the last one). {@code r} may have been removed. */
  public Rec next(Rec r) {
    if (r.isSupremum()) return null;
    if (!r.isRemoved()) return r.next;
    return orSupremum(records.ceiling(after(r.fields())));
  }

  /** The record before {@code r}, or null when {@code r} is the first (the infimum lies before it). */
  public Rec prev(Rec r) {
    if (!r.isRemoved()) return r.prev;
    return orSupremum(records.ceiling(key(r.fields()))).prev;
  }

  /** The first record whose leading fields are {@code >= prefix} (or {@code > prefix} when {@code strict}). */
  public Rec seek(Value[] prefix, boolean strict) {
    return orSupremum(records.ceiling(probe(prefix, strict)));
  }

  /** The record with exactly these fields, or null. */
  public Rec find(Value[] fullKey) {
    Rec last = supremum.prev;
    if (last == null || compareKeys(last.fields(), fullKey) < 0) return null;  // past the end: appends
    Rec r = orSupremum(records.ceilingOfKey(key(fullKey), fullKey));
    if (!r.isSupremum() && compareKeys(r.fields(), fullKey) == 0) return r;
    // the usual next question is the successor of the same key (an insert): remember the answer
    foundKey = fullKey;
    foundSuccessor = r;
    foundAt = changes;
    return null;
  }

  /** The record that would follow a new record with these fields (may be the supremum). */
  public Rec successorOf(Value[] fullKey) {
    if (fullKey == foundKey && foundAt == changes) return foundSuccessor;
    Rec last = supremum.prev;
    if (last == null || compareKeys(last.fields(), fullKey) < 0) return supremum;
    return orSupremum(records.ceiling(after(fullKey)));
  }

  /**
   * Number of records (delete-marked ones included) from the position of {@code low} (before the
   * records with that prefix, or after them when {@code lowStrict}; null: the first record) to the
   * position of {@code high} (after the records with that prefix when {@code highInclusive}; null:
   * the supremum), in O(log n).
   */
  public long countBetween(Value[] low, boolean lowStrict, Value[] high, boolean highInclusive) {
    long from = low == null ? 0 : records.rank(probe(low, lowStrict));
    long to = high == null ? records.size() : records.rank(probe(high, highInclusive));
    return Math.max(0, to - from);
  }

  /** Inserts a new record; the caller ensured no record with an equal key exists. */
  public Rec insert(Value[] fullKey) {
    Rec r = new Rec(this, fullKey, false, nextHeapNo++);
    Rec last = supremum.prev;
    boolean append = last == null || compareKeys(last.fields(), fullKey) < 0;
    Rec next = append ? supremum : successorOf(fullKey);
    if (!append && next.prev != null && compareKeys(next.prev.fields(), fullKey) == 0) {
      throw new IllegalStateException("duplicate record " + r);
    }
    records.insert(r, key(fullKey), fullKey, append);
    changes++;
    if (r.slot() >= bySlot.length) bySlot = java.util.Arrays.copyOf(bySlot, bySlot.length * 2);
    bySlot[r.slot()] = r;
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
    if (r.isRemoved() || !records.remove(r, key(r.fields()))) throw new IllegalStateException("not in index: " + r);
    r.next.prev = r.prev;
    if (r.prev != null) r.prev.next = r.next;
    r.markRemoved();
    changes++;
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
    for (Rec r = records.first(); r != null && r != supremum; r = r.next) {
      Rec n = c.bySlot[r.slot()];
      c.records.insert(n, c.key(n.fields()), n.fields(), true);
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
    if (a instanceof Value.Int x && b instanceof Value.Int y) return x.value().compareTo(y.value());
    return Values.compare(a, b, collations[i]);
  }

  /** Snapshot of the records, for tests and reports. */
  public List<Rec> snapshot() {
    List<Rec> out = new ArrayList<>(records.size());
    for (Rec r : records()) out.add(r);
    return out;
  }

  private Rec orSupremum(Rec r) {
    return r == null ? supremum : r;
  }

  /** Sign of (x - y) over whole keys: field by field, then the shorter first. */
  private int compareKeys(Value[] x, Value[] y) {
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) {
      int c = compareField(i, x[i], y[i]);
      if (c != 0) return c;
    }
    return Integer.compare(x.length, y.length);
  }

  /** The position of a whole key (0 on a record with an equal key), or just after it when {@code after}. */
  private CountedTree.Target key(Value[] fullKey) {
    return new KeyTarget(fullKey, false);
  }

  /** The position just after a whole key. */
  private CountedTree.Target after(Value[] fullKey) {
    return new KeyTarget(fullKey, true);
  }

  /** A search position: before all records with this prefix, or after them when {@code after}. */
  private CountedTree.Target probe(Value[] prefix, boolean after) {
    return new ProbeTarget(prefix, after);
  }

  private final class KeyTarget implements CountedTree.Target {
    private final Value[] key;
    private final boolean after;
    private final long key0;

    KeyTarget(Value[] key, boolean after) {
      this.key = key;
      this.after = after;
      this.key0 = CountedTree.key0(key);
    }

    @Override
    public int compareTo(Value[] rec) {
      int c = compareKeys(rec, key);
      return c == 0 && after ? -1 : c;
    }

    @Override
    public long key0() { return key0; }
  }

  private final class ProbeTarget implements CountedTree.Target {
    private final Value[] prefix;
    private final boolean after;
    private final long key0;

    ProbeTarget(Value[] prefix, boolean after) {
      this.prefix = prefix;
      this.after = after;
      this.key0 = CountedTree.key0(prefix);
    }

    @Override
    public int compareTo(Value[] rec) {
      int c = comparePrefix(rec, prefix);
      return c != 0 ? c : after ? -1 : 1;
    }

    @Override
    public long key0() { return key0; }
  }
}
