package dev.innosim.engine;

import java.util.Set;

/**
 * What one step read and wrote, by names that are the same in every replay of the same schedule:
 * index records ({@code t.PRIMARY(1)}, {@code t.idx_k supremum}), a table's lock queue
 * ({@code table t}) and the engine's shared counters ({@code row ids}, {@code auto-increment t});
 * for explore's partial-order reduction. Immutable.
 */
public record Footprint(Set<String> reads, Set<String> writes) {
  public Footprint {
    reads = Set.copyOf(reads);
    writes = Set.copyOf(writes);
  }

  /** Nothing read or written. */
  public static final Footprint NONE = new Footprint(Set.of(), Set.of());

  /** Whether one step writes something the other reads or writes (then their order may matter). */
  public boolean conflictsWith(Footprint o) {
    return meets(writes, o.writes) || meets(writes, o.reads) || meets(reads, o.writes);
  }

  private static boolean meets(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String s : small) if (large.contains(s)) return true;
    return false;
  }
}
