package dev.innosim.plan;

import java.util.stream.Collectors;

/** The access path one statement chose for one table, with the rule and the estimates behind it; immutable. */
public record PlanChoice(String statement, String table, Planner.Decision decision) {

  /** EXPLAIN's access type for the path: ALL, index, const/eq_ref (a unique lookup), ref, range, index_merge. */
  public String accessType() {
    AccessPath p = decision.path();
    if (p instanceof AccessPath.Empty) return "impossible";
    if (p instanceof AccessPath.FullScan f) return f.index().isClustered() ? "ALL" : "index";
    if (p instanceof AccessPath.Intersect) return "index_merge";
    AccessPath.IndexRanges r = (AccessPath.IndexRanges) p;
    if (r.ranges().stream().allMatch(Range::unique)) return r.ranges().size() == 1 ? "const" : "range";
    if (r.ranges().size() == 1 && r.ranges().get(0).exact()) return "ref";
    return "range";
  }

  /** The index EXPLAIN would name (PRIMARY for the clustered index), empty for an impossible WHERE. */
  public String index() {
    AccessPath p = decision.path();
    if (p instanceof AccessPath.Empty) return "";
    if (p instanceof AccessPath.Intersect m) {
      return m.indexes().stream().map(PlanChoice::name).collect(Collectors.joining(","));
    }
    return name(p.primaryIndex());
  }

  private static String name(dev.innosim.index.IndexTree t) {
    return t.name();
  }

  /** The records the chosen index's ranges match (the estimate), or -1 when the rule needs none. */
  public long estimatedRows() {
    String idx = decision.path().primaryIndex() == null ? "" : decision.path().primaryIndex().name();
    return decision.candidates().stream().filter(e -> e.index().equals(idx)).mapToLong(Planner.Estimate::rows).findFirst().orElse(-1);
  }

  /** One line: {@code t: range idx_k, 2 rows (fewest matching records; idx_k 2, PRIMARY 5)}. */
  public String text() {
    StringBuilder b = new StringBuilder(table).append(": ").append(accessType());
    if (!index().isEmpty()) b.append(' ').append(index());
    if (decision.path() instanceof AccessPath.IndexRanges r && r.ranges().size() > 1) {
      b.append(", ").append(r.ranges().size()).append(" ranges");
    }
    long rows = estimatedRows();
    if (rows >= 0) b.append(", ").append(rows).append(rows == 1 ? " row" : " rows");
    b.append(" (").append(decision.rule());
    if (!decision.candidates().isEmpty()) {
      b.append("; usable: ").append(decision.candidates().stream()
          .map(e -> e.index() + " " + e.rows()).collect(Collectors.joining(", ")));
    }
    return b.append(')').toString();
  }
}
