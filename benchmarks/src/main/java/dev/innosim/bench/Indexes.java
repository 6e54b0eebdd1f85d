package dev.innosim.bench;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import java.util.List;

/** Builders of benchmark input. */
final class Indexes {
  private Indexes() {}

  /** A clustered index on one INT column holding the keys 1..n; returns its records in key order. */
  static Rec[] primaryWithRecords(int n) {
    IndexTree index = new IndexTree("t", "PRIMARY", true, true, 1,
        List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
    Rec[] recs = new Rec[n];
    for (int k = 0; k < n; k++) recs[k] = index.insert(new Value[] {Value.Int.of(k + 1)});
    return recs;
  }
}
