package dev.innosim.index;

import dev.innosim.schema.Value;

/**
 * The records of one index in a B+-tree whose inner nodes count the records below each child
 * (an order-statistic tree), so a search and a rank are O(log n); mutable, single-threaded.
 *
 * <p>Inner node separators are the first key of the right child at the time it was split: a child
 * holds the keys below its right separator and at or above its left one. Removal (rollback of an
 * insert) never merges nodes, so a leaf may become empty; searches walk over empty leaves. Appends
 * past the last record (a dump loaded in key order) fill leaves completely, as InnoDB's sequential
 * inserts fill pages.
 */
final class CountedTree {

  /** A search position: the sign of (record - target) for a record's fields, 0 only for an equal key. */
  interface Target {
    int compareTo(Value[] recFields);

    /** The target's first field as {@link #key0}, or {@link #NO_KEY0}. */
    long key0();
  }

  /** {@link #key0} of a value that has no such form. */
  static final long NO_KEY0 = Long.MIN_VALUE;

  /**
   * The first field of a key as a long that orders as the field does, when it is an integer that
   * fits (not {@link Long#MIN_VALUE}); else {@link #NO_KEY0}. Leaves and inner nodes keep it beside
   * each record and separator, so most comparisons on an integer first field read no objects.
   */
  static long key0(Value[] fields) {
    if (fields.length == 0 || !(fields[0] instanceof Value.Int i) || i.value().bitLength() > 63) return NO_KEY0;
    long v = i.value().longValue();
    return v == NO_KEY0 ? NO_KEY0 : v;
  }

  /** Sign of (record - target) with the first fields' longs when both have one and differ. */
  private static int compare(Target t, long tk, long rk, Value[] recFields) {
    if (tk != NO_KEY0 && rk != NO_KEY0 && tk != rk) return rk < tk ? -1 : 1;
    return t.compareTo(recFields);
  }

  static final int LEAF = 64;
  static final int INNER = 64;

  private abstract static class Node {
    int count;
  }

  private static final class Leaf extends Node {
    final Rec[] recs = new Rec[LEAF];
    final long[] keys0 = new long[LEAF];
    Leaf next;
  }

  private static final class Inner extends Node {
    final Node[] kids = new Node[INNER];
    final int[] counts = new int[INNER];
    /** seps[i] separates kids[i] and kids[i + 1]. */
    final Value[][] seps = new Value[INNER - 1][];
    final long[] seps0 = new long[INNER - 1];
    int size;
  }

  /** A node split in two: the new right node and the separator before it. */
  private record Split(Node right, Value[] sep) {}

  private Node root = new Leaf();
  private final Leaf firstLeaf = (Leaf) root;

  /** Deepest tree: 2^31 records in half-full nodes of 32 children need 7 levels. */
  private static final int MAX_DEPTH = 16;

  // the path of the last descent: inner nodes and the child taken in each, the leaf and position
  private final Inner[] pathNodes = new Inner[MAX_DEPTH];
  private final int[] pathIdx = new int[MAX_DEPTH];
  private int pathDepth;
  private Leaf pathLeaf;
  private int pathPos;
  /** The key the last descent looked for when it came from {@link #ceilingOfKey}, else null. */
  private Value[] pathKey;
  private long pathVersion = -1;
  /** Inserts and removals so far. */
  private long version;

  int size() { return root.count; }

  /** The first record at or after the target, or null when there is none. */
  Rec ceiling(Target t) {
    descend(t, false);
    pathKey = null;
    return atPath();
  }

  /**
   * {@link #ceiling} for a whole key; an {@link #insert} of that same key array next reuses this
   * descent when nothing changed in between.
   */
  Rec ceilingOfKey(Target t, Value[] key) {
    descend(t, false);
    pathKey = key;
    return atPath();
  }

  private Rec atPath() {
    if (pathPos < pathLeaf.count) return pathLeaf.recs[pathPos];
    return firstFrom(pathLeaf.next);
  }

  /** The first record, or null when the tree is empty. */
  Rec first() {
    return firstFrom(firstLeaf);
  }

  /** Number of records before the target (records equal to an exact key are not before it). */
  long rank(Target t) {
    long before = 0;
    Node n = root;
    while (n instanceof Inner in) {
      int c = childFor(in, t);
      for (int i = 0; i < c; i++) before += in.counts[i];
      n = in.kids[c];
    }
    return before + leafPos((Leaf) n, t);
  }

  /**
   * Inserts a record whose key {@code key} (searched by {@code t}) is in no record yet;
   * {@code last}: it follows every record.
   */
  void insert(Rec r, Target t, Value[] key, boolean last) {
    if (last || pathKey != key || pathVersion != version) descend(t, last);
    pathKey = null;
    version++;
    Leaf leaf = pathLeaf;
    int p = pathPos;
    System.arraycopy(leaf.recs, p, leaf.recs, p + 1, leaf.count - p);
    System.arraycopy(leaf.keys0, p, leaf.keys0, p + 1, leaf.count - p);
    leaf.recs[p] = r;
    leaf.keys0[p] = key0(r.fields());
    leaf.count++;
    for (int d = 0; d < pathDepth; d++) {
      pathNodes[d].count++;
      pathNodes[d].counts[pathIdx[d]]++;
    }
    if (leaf.count < LEAF) return;
    Split s = splitLeaf(leaf, last);
    for (int d = pathDepth - 1; d >= 0 && s != null; d--) {
      Inner in = pathNodes[d];
      int c = pathIdx[d];
      in.counts[c] = in.kids[c].count;
      System.arraycopy(in.kids, c + 1, in.kids, c + 2, in.size - c - 1);
      System.arraycopy(in.counts, c + 1, in.counts, c + 2, in.size - c - 1);
      System.arraycopy(in.seps, c, in.seps, c + 1, in.size - 1 - c);
      System.arraycopy(in.seps0, c, in.seps0, c + 1, in.size - 1 - c);
      in.kids[c + 1] = s.right;
      in.counts[c + 1] = s.right.count;
      in.seps[c] = s.sep;
      in.seps0[c] = key0(s.sep);
      in.size++;
      s = in.size == INNER ? splitInner(in, last) : null;
    }
    if (s == null) return;
    Inner top = new Inner();
    top.kids[0] = root;
    top.counts[0] = root.count;
    top.kids[1] = s.right;
    top.counts[1] = s.right.count;
    top.seps[0] = s.sep;
    top.seps0[0] = key0(s.sep);
    top.size = 2;
    top.count = root.count + s.right.count;
    root = top;
  }

  /** Removes a record found by its key; false when it is not in the tree. */
  boolean remove(Rec r, Target t) {
    descend(t, false);
    pathKey = null;
    Leaf leaf = pathLeaf;
    int p = pathPos;
    if (p >= leaf.count || leaf.recs[p] != r) return false;
    version++;
    System.arraycopy(leaf.recs, p + 1, leaf.recs, p, leaf.count - p - 1);
    System.arraycopy(leaf.keys0, p + 1, leaf.keys0, p, leaf.count - p - 1);
    leaf.recs[--leaf.count] = null;
    for (int d = 0; d < pathDepth; d++) {
      pathNodes[d].count--;
      pathNodes[d].counts[pathIdx[d]]--;
    }
    return true;
  }

  /** Walks from the root to the target's position (the last position when {@code last}), recording the path. */
  private void descend(Target t, boolean last) {
    Node n = root;
    int d = 0;
    while (n instanceof Inner in) {
      int c = last ? in.size - 1 : childFor(in, t);
      pathNodes[d] = in;
      pathIdx[d] = c;
      d++;
      n = in.kids[c];
    }
    pathDepth = d;
    pathLeaf = (Leaf) n;
    pathPos = last ? pathLeaf.count : leafPos(pathLeaf, t);
    pathVersion = version;
  }

  /** Splits a full leaf: sequential inserts leave the left leaf full, others split it in half. */
  private static Split splitLeaf(Leaf leaf, boolean last) {
    int keep = last ? LEAF - 1 : LEAF / 2;
    Leaf right = new Leaf();
    right.count = LEAF - keep;
    System.arraycopy(leaf.recs, keep, right.recs, 0, right.count);
    System.arraycopy(leaf.keys0, keep, right.keys0, 0, right.count);
    java.util.Arrays.fill(leaf.recs, keep, LEAF, null);
    leaf.count = keep;
    right.next = leaf.next;
    leaf.next = right;
    return new Split(right, right.recs[0].fields());
  }

  private static Split splitInner(Inner in, boolean last) {
    int keep = last ? INNER - 1 : INNER / 2;
    Inner right = new Inner();
    right.size = INNER - keep;
    System.arraycopy(in.kids, keep, right.kids, 0, right.size);
    System.arraycopy(in.counts, keep, right.counts, 0, right.size);
    System.arraycopy(in.seps, keep, right.seps, 0, right.size - 1);
    System.arraycopy(in.seps0, keep, right.seps0, 0, right.size - 1);
    Value[] up = in.seps[keep - 1];
    java.util.Arrays.fill(in.kids, keep, INNER, null);
    java.util.Arrays.fill(in.seps, keep - 1, INNER - 1, null);
    in.size = keep;
    int moved = 0;
    for (int i = 0; i < right.size; i++) moved += right.counts[i];
    right.count = moved;
    in.count -= moved;
    return new Split(right, up);
  }

  /** The child that holds the target's position: the first whose right separator lies above it. */
  private static int childFor(Inner in, Target t) {
    int lo = 0;
    int hi = in.size - 1;
    long tk = t.key0();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(t, tk, in.seps0[mid], in.seps[mid]) > 0) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  /** The index of the first record of the leaf at or after the target. */
  private static int leafPos(Leaf leaf, Target t) {
    int lo = 0;
    int hi = leaf.count;
    long tk = t.key0();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(t, tk, leaf.keys0[mid], leaf.recs[mid].fields()) >= 0) hi = mid; else lo = mid + 1;
    }
    return lo;
  }

  private static Rec firstFrom(Leaf leaf) {
    for (Leaf l = leaf; l != null; l = l.next) if (l.count > 0) return l.recs[0];
    return null;
  }
}
