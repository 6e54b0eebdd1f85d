package dev.innosim.plan;

import dev.innosim.index.IndexTree;
import java.util.List;

/** How a statement reads its table: the plan the optimizer chose; immutable. */
public sealed interface AccessPath {

  /** No row can match (EXPLAIN {@code Impossible WHERE}): InnoDB is not called at all. */
  record Empty() implements AccessPath {}

  /** A scan of every record of one index in order (EXPLAIN {@code ALL} or {@code index}). */
  record FullScan(IndexTree index) implements AccessPath {}

  /** One or more intervals of one index (EXPLAIN {@code const}, {@code eq_ref}, {@code ref}, {@code range}). */
  record IndexRanges(IndexTree index, List<Range> ranges) implements AccessPath {
    public IndexRanges { ranges = List.copyOf(ranges); }
  }

  /** Index merge intersection: rowid-ordered equality scans, the first one fetching rows. */
  record Intersect(List<IndexTree> indexes, List<Range> ranges) implements AccessPath {
    public Intersect {
      indexes = List.copyOf(indexes);
      ranges = List.copyOf(ranges);
    }
  }

  /** The index the plan reads first. */
  default IndexTree primaryIndex() {
    if (this instanceof Empty) return null;
    if (this instanceof FullScan f) return f.index();
    if (this instanceof IndexRanges r) return r.index();
    return ((Intersect) this).indexes().get(0);
  }
}
