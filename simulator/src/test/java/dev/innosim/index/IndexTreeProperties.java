package dev.innosim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The counted B+-tree behind {@link IndexTree} against a {@code TreeMap} model: after any mix of
 * inserts (in order, reversed, random) and removals, order, links, seeks and range counts agree.
 */
class IndexTreeProperties {

  private static IndexTree tree() {
    return new IndexTree("t", "idx_k", false, false, 1, List.of(
        new IndexTree.Field("k", 1, 0, Collation.DEFAULT), new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
  }

  private static Value[] key(int k, int id) {
    return new Value[] {Value.Int.of(k), Value.Int.of(id)};
  }

  /** Model key: k * 10,000 + id (ids below 10,000). */
  private static long code(int k, int id) {
    return k * 10_000L + id;
  }

  @Property(tries = 60)
  void insertsAndRemovals_agreeWithASortedMap(
      @ForAll @Size(max = 6000) List<@IntRange(min = 0, max = 300) Integer> ks,
      @ForAll @IntRange(min = 0, max = 2) int order,
      @ForAll @Size(max = 2000) List<@IntRange(min = 0, max = 5999) Integer> removals,
      @ForAll @IntRange(min = -1, max = 301) int lo, @ForAll @IntRange(min = -1, max = 301) int hi,
      @ForAll boolean loStrict, @ForAll boolean hiInclusive) {
    IndexTree t = tree();
    TreeMap<Long, Rec> model = new TreeMap<>();
    List<int[]> keys = new ArrayList<>();
    for (int i = 0; i < ks.size(); i++) keys.add(new int[] {order == 0 ? i / 3 : ks.get(i), i});
    if (order == 1) java.util.Collections.reverse(keys);
    for (int[] k : keys) model.put(code(k[0], k[1]), t.insert(key(k[0], k[1])));
    List<Rec> removed = new ArrayList<>();
    for (int r : removals) {
      if (r >= keys.size()) continue;
      Rec rec = model.remove(code(keys.get(r)[0], keys.get(r)[1]));
      if (rec != null) {
        t.remove(rec);
        removed.add(rec);
      }
    }
    assertEquals(new ArrayList<>(model.values()), t.snapshot());
    assertEquals(model.size(), t.size());
    Rec prev = null;
    for (Rec r : model.values()) {
      assertSame(prev, t.prev(r));
      prev = r;
    }
    assertSame(model.isEmpty() ? t.supremum() : model.firstEntry().getValue(), t.first());
    if (prev != null) assertSame(t.supremum(), t.next(prev));
    for (Rec gone : removed) {
      long c = code(((Value.Int) gone.field(0)).value().intValue(), ((Value.Int) gone.field(1)).value().intValue());
      Map.Entry<Long, Rec> nx = model.higherEntry(c);
      Map.Entry<Long, Rec> pv = model.lowerEntry(c);
      assertSame(nx == null ? t.supremum() : nx.getValue(), t.next(gone));
      assertSame(pv == null ? null : pv.getValue(), t.prev(gone));
    }
    for (int[] k : keys) {
      Rec found = t.find(key(k[0], k[1]));
      assertSame(model.get(code(k[0], k[1])), found);
      Map.Entry<Long, Rec> after = model.higherEntry(code(k[0], k[1]));
      assertSame(after == null ? t.supremum() : after.getValue(), t.successorOf(key(k[0], k[1])));
    }
    // seeks and counts on a prefix (k only)
    Value[] low = lo < 0 ? null : new Value[] {Value.Int.of(lo)};
    Value[] high = hi < 0 ? null : new Value[] {Value.Int.of(hi)};
    long from = low == null ? Long.MIN_VALUE : loStrict ? code(lo, 9_999) : code(lo, 0) - 1;
    long to = high == null ? Long.MAX_VALUE : hiInclusive ? code(hi, 9_999) : code(hi, 0) - 1;
    long expected = from >= to ? 0 : model.subMap(from, false, to, true).size();
    assertEquals(expected, t.countBetween(low, loStrict, high, hiInclusive));
    if (low != null) {
      Map.Entry<Long, Rec> first = model.higherEntry(from);
      assertSame(first == null ? t.supremum() : first.getValue(), t.seek(low, loStrict));
    }
  }
}
