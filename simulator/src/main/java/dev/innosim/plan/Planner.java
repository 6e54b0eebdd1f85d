package dev.innosim.plan;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the access path of a single-table statement the way MariaDB's optimizer does on the
 * small tables of scenarios; stateless. The rules (see {@code docs/plans.md}):
 * <ol>
 *   <li>index hints restrict the candidates (FORCE / USE keep, IGNORE drops);</li>
 *   <li>an equality on every column of the PRIMARY KEY, then of a UNIQUE index, wins (const);</li>
 *   <li>otherwise the usable index with the fewest matching records (counted on the real data),
 *       the clustered index first on a tie, then definition order;</li>
 *   <li>index merge intersection when the best index is a non-unique equality of two or more rows
 *       and another non-unique index also has an equality on all its columns;</li>
 *   <li>no usable index (including a string column compared with a number): full scan.</li>
 * </ol>
 */
public final class Planner {
  private Planner() {}

  /**
   * The session's optimizer_switch flags and the profile's plan rules: {@code rorByRows}, MySQL's
   * index merge intersection order (fewest matching records first; MariaDB orders by records x
   * key length); {@code clusteredPointsScan}, MariaDB's full scan of the clustered index for
   * several points answered from the key alone (MySQL 9.7 reads them as ranges);
   * {@code rangeLookupCost}, the server's cost of a range row read through a secondary index that
   * fetches the row, in full-scan row reads ({@code ServerProfile.rangeLookupCost}).
   */
  public record Switches(boolean indexMerge, boolean indexMergeIntersection, boolean rorByRows, boolean clusteredPointsScan,
                         double rangeLookupCost) {
    public static final Switches DEFAULT = new Switches(true, true);

    /** MariaDB's plan rules with these optimizer_switch flags. */
    public Switches(boolean indexMerge, boolean indexMergeIntersection) {
      this(indexMerge, indexMergeIntersection, false, true, 7.0);
    }

    /** MariaDB's plan rules with these flags and this range lookup cost. */
    public Switches(boolean indexMerge, boolean indexMergeIntersection, double rangeLookupCost) {
      this(indexMerge, indexMergeIntersection, false, true, rangeLookupCost);
    }
  }

  /**
   * From this many records on, the choice between ranges and a full scan is the cost comparison of
   * {@link #cheapest}; below it the rules recorded on the corpus's small tables decide (there a
   * range is always read, however much of the table it covers).
   */
  static final long LARGE_TABLE = 10_000;

  /**
   * Chooses the access path for {@code where} on a table whose indexes are {@code indexes}
   * (clustered first); {@code neededColumns} are the columns the statement reads (null: all of
   * them), used to prefer a covering index scan.
   */
  public static AccessPath choose(TableDef table, List<IndexTree> indexes, Optional<Expr> where,
      Optional<Statement.IndexHint> hint, Switches switches, List<String> neededColumns) {
    return decide(table, indexes, where, hint, switches, neededColumns).path();
  }

  /** One usable index and the records its ranges match, counted on the table's data. */
  public record Estimate(String index, long rows) {}

  /**
   * The access path chosen, the rule of {@code docs/plans.md} that chose it, and the usable
   * indexes with their matching records (what {@code innosim plan} prints); immutable.
   */
  public record Decision(AccessPath path, String rule, List<Estimate> candidates) {
    public Decision { candidates = List.copyOf(candidates); }
  }

  /** {@link #choose} with the rule that decided and the candidates it weighed. */
  public static Decision decide(TableDef table, List<IndexTree> indexes, Optional<Expr> where,
      Optional<Statement.IndexHint> hint, Switches switches, List<String> neededColumns) {
    IndexTree clustered = indexes.get(0);
    Map<String, List<Constraint>> cons = new LinkedHashMap<>();
    boolean[] impossible = new boolean[1];
    where.ifPresent(w -> collect(table, w, cons, impossible));
    if (impossible[0]) return new Decision(new AccessPath.Empty(), "impossible WHERE (a constant outside the column's type)", List.of());

    List<IndexTree> allowed = new ArrayList<>();
    for (IndexTree t : indexes) {
      if (hint.isPresent()) {
        Statement.IndexHint h = hint.get();
        boolean named = h.indexes().stream().anyMatch(n -> n.equalsIgnoreCase(t.name())
            || (t.isClustered() && n.equalsIgnoreCase("PRIMARY")));
        if (h.kind() == Statement.IndexHint.Kind.IGNORE ? named : !named) continue;
      }
      allowed.add(t);
    }

    List<Candidate> cands = new ArrayList<>();
    for (IndexTree t : allowed) {
      Candidate c = candidate(table, t, cons);
      if (c != null) cands.add(c);
    }
    List<Estimate> est = cands.stream().map(c -> new Estimate(c.index.name(), c.rows)).toList();
    if (cands.isEmpty()) {
      if (hint.isPresent() && hint.get().kind() == Statement.IndexHint.Kind.FORCE && !allowed.isEmpty()) {
        return new Decision(new AccessPath.FullScan(allowed.get(0)), "forced index without a usable condition: full index scan", est);
      }
      if (neededColumns != null) {
        for (IndexTree t : allowed) {
          if (!t.isClustered() && covers(t, neededColumns)) {
            return new Decision(new AccessPath.FullScan(t), "no usable condition; the index covers the statement: full index scan", est);
          }
        }
      }
      return new Decision(new AccessPath.FullScan(clustered), "no usable condition: full table scan", est);
    }
    for (Candidate c : cands) {
      if (c.allUnique() && c.index.isClustered()) {
        // several point lookups answered from the clustered key alone: an index-only scan of the
        // (one-page) clustered index is cheaper (point-in-list-pk-covering-rr)
        if (switches.clusteredPointsScan() && c.ranges.size() > 1 && neededColumns != null && covers(c.index, neededColumns)
            && c.index.keyFieldCount() == c.index.fields().size() && keyOnly(c.index, neededColumns)) {
          return new Decision(new AccessPath.FullScan(c.index), "points answered from the clustered key alone: full clustered index scan", est);
        }
        return new Decision(c.path(), "unique lookup on the primary key", est);
      }
    }
    for (Candidate c : cands) {
      if (c.allUnique()) return new Decision(c.path(), "unique lookup on a unique index", est);
    }
    Candidate best = null;
    long tableRows = clustered.size();
    if (tableRows >= LARGE_TABLE) {
      best = cheapest(cands, neededColumns, switches.rangeLookupCost());
      if (best == null) return new Decision(new AccessPath.FullScan(clustered), "large table: a full scan costs less than every range", est);
    } else {
      for (Candidate c : cands) {
        if (best == null || c.rows < best.rows || (c.rows == best.rows && c.index.isClustered() && !best.index.isClustered())) {
          best = c;
        }
      }
    }
    if (switches.indexMerge() && switches.indexMergeIntersection() && !best.index.isClustered()
        && best.rorEquality && best.rows >= 2) {
      List<Candidate> ror = new ArrayList<>();
      for (Candidate c : cands) {
        if (!c.index.isClustered() && c.rorEquality && !c.index.isUnique()) ror.add(c);
      }
      // MariaDB's get_best_ror_intersect: scans ordered by records x key_rec_length, cheapest first;
      // the first one fetches the rows (cmp_ror_scan_info)
      if (switches.rorByRows()) {
        ror.sort((a, b) -> Long.compare(a.rows, b.rows));
      } else {
        ror.sort((a, b) -> Double.compare((double) a.rows * keyRecLength(table, a.index),
            (double) b.rows * keyRecLength(table, b.index)));
      }
      List<IndexTree> merged = new ArrayList<>();
      List<Range> ranges = new ArrayList<>();
      for (Candidate c : ror) {
        merged.add(c.index);
        ranges.add(c.ranges.get(0));
      }
      if (merged.size() >= 2) {
        return new Decision(new AccessPath.Intersect(merged, ranges), "index merge intersection (" + (switches.rorByRows() ? "fewest records first" : "records x key length, cheapest first") + ")", est);
      }
    }
    return new Decision(best.path(), tableRows >= LARGE_TABLE ? "large table: the cheapest range by its cost" : "fewest matching records", est);
  }

  /**
   * On a large table: the candidate of least cost, or null when a full scan of the clustered index
   * costs less. A row read in a clustered range or a covering secondary range costs what a full
   * scan pays per row (1); one read through a secondary index that must fetch the row costs
   * {@code lookupCost} (its page read and compare, the optimizer's random I/O per row); a full scan
   * costs one per record of the table. Ties go to the clustered index, then definition order.
   * The figures are fitted to {@code scenarios/range/large-*} on both servers, whose range
   * estimates innosim counts exactly ({@link #count}).
   */
  private static Candidate cheapest(List<Candidate> cands, List<String> neededColumns, double lookupCost) {
    Candidate best = null;
    double bestCost = 0;
    for (Candidate c : cands) {
      boolean fetches = !c.index.isClustered() && (neededColumns == null || !covers(c.index, neededColumns));
      double cost = c.rows * (fetches ? lookupCost : 1.0);
      if (best == null || cost < bestCost || (cost == bestCost && c.index.isClustered() && !best.index.isClustered())) {
        best = c;
        bestCost = cost;
      }
    }
    long tableRows = cands.get(0).index.size();
    for (Candidate c : cands) if (c.index.isClustered()) tableRows = c.index.size();
    return bestCost > tableRows ? null : best;
  }

  /**
   * True when {@code path} reads rows in the order of {@code orderColumns}: they follow the key
   * fields of the index it reads (each found at or after the previous one, so equality prefixes
   * may sit between them); never for an empty result or an index merge.
   */
  public static boolean deliversOrder(AccessPath path, List<String> orderColumns) {
    IndexTree idx = path.primaryIndex();
    if (idx == null || path instanceof AccessPath.Intersect) return false;
    List<IndexTree.Field> fs = idx.fields();
    int k = 0;
    for (String col : orderColumns) {
      boolean found = false;
      while (k < fs.size()) {
        if (fs.get(k++).column().equalsIgnoreCase(col)) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ predicate analysis

  /** A usable predicate on one column: a set of points or one interval. */
  private record Constraint(List<Value> points, Value low, boolean lowIncl, Value high, boolean highIncl) {
    boolean isPoints() { return points != null; }
  }

  /** Key length plus row-id (primary key) length of an index, as MySQL's key_rec_length counts it. */
  static int keyRecLength(TableDef table, IndexTree t) {
    int n = 0;
    for (IndexTree.Field f : t.fields()) {
      Optional<ColumnDef> cd = table.column(f.column());
      if (cd.isEmpty()) {
        n += 6;
        continue;
      }
      ColumnType ct = cd.get().type();
      int len;
      if (ct.isInteger()) len = ct.kind().storageBytes();
      else if (ct.isString()) {
        int chars = f.prefixChars() > 0 ? f.prefixChars() : Math.max(ct.length(), 1);
        boolean var = ct.kind() == ColumnType.Kind.VARCHAR || ct.kind() == ColumnType.Kind.VARBINARY || ct.kind() == ColumnType.Kind.TEXT;
        len = chars * (ct.isBinary() ? 1 : 4) + (var ? 2 : 0);
      } else if (ct.kind() == ColumnType.Kind.DATETIME || ct.kind() == ColumnType.Kind.TIMESTAMP) len = 5;
      else if (ct.kind() == ColumnType.Kind.DATE) len = 3;
      else if (ct.kind() == ColumnType.Kind.DECIMAL) len = (ct.precision() + 1) / 2 + 1;
      else len = 8;
      if (cd.get().nullable()) len++;
      n += len;
    }
    return n;
  }

  /** True when every needed column is stored in full in the index. */
  static boolean covers(IndexTree t, List<String> cols) {
    for (String c : cols) {
      boolean found = false;
      for (IndexTree.Field f : t.fields()) if (f.column().equalsIgnoreCase(c) && f.prefixChars() == 0) found = true;
      if (!found) return false;
    }
    return true;
  }

  /** True when the needed columns are all key fields of the index. */
  private static boolean keyOnly(IndexTree t, List<String> cols) {
    for (String c : cols) {
      boolean found = false;
      for (int i = 0; i < t.keyFieldCount(); i++) if (t.fields().get(i).column().equalsIgnoreCase(c)) found = true;
      if (!found) return false;
    }
    return true;
  }

  /** NULL (an exclusive lower bound) for a nullable column, else no lower bound. */
  private static Value afterNulls(TableDef table, String col) {
    return table.column(col).map(c -> c.nullable()).orElse(false) ? Value.Null.INSTANCE : null;
  }

  private static void collect(TableDef table, Expr e, Map<String, List<Constraint>> out, boolean[] impossible) {
    if (e instanceof Expr.And a) {
      collect(table, a.left(), out, impossible);
      collect(table, a.right(), out, impossible);
      return;
    }
    if (e instanceof Expr.Compare cmp && cmp.op() == Expr.CmpOp.EQ && outOfRange(table, cmp)) {
      impossible[0] = true;
      return;
    }
    Constraint c = null;
    String col = null;
    if (e instanceof Expr.Compare cmp) {
      Expr l = cmp.left();
      Expr r = cmp.right();
      Expr.CmpOp op = cmp.op();
      if (!(l instanceof Expr.Column) && r instanceof Expr.Column) {
        Expr t = l; l = r; r = t;
        op = flip(op);
      }
      if (l instanceof Expr.Column column && constant(r)) {
        col = column.name();
        Value v = usable(table, col, r);
        if (v != null) {
          switch (op) {
            case EQ: if (!v.isNull()) c = new Constraint(List.of(v), null, false, null, false); break;
            case NULL_SAFE_EQ: c = new Constraint(List.of(v), null, false, null, false); break;
            // a range open below starts after the NULL entries of a nullable column (NULL < c is
            // never true): recorded on both servers in rules14-nullable-*
            case LT: if (!v.isNull()) c = new Constraint(null, afterNulls(table, col), false, v, false); break;
            case LE: if (!v.isNull()) c = new Constraint(null, afterNulls(table, col), false, v, true); break;
            case GT: if (!v.isNull()) c = new Constraint(null, v, false, null, false); break;
            case GE: if (!v.isNull()) c = new Constraint(null, v, true, null, false); break;
            default: break;
          }
        }
      }
    } else if (e instanceof Expr.Between b && !b.negated() && b.value() instanceof Expr.Column column
        && constant(b.low()) && constant(b.high())) {
      col = column.name();
      Value lo = usable(table, col, b.low());
      Value hi = usable(table, col, b.high());
      if (lo != null && hi != null && !lo.isNull() && !hi.isNull()) c = new Constraint(null, lo, true, hi, true);
    } else if (e instanceof Expr.In in && !in.negated() && in.value() instanceof Expr.Column column) {
      col = column.name();
      List<Value> pts = new ArrayList<>();
      for (Expr x : in.list()) {
        Value v = constant(x) ? usable(table, col, x) : null;
        if (v == null) { pts = null; break; }
        if (!v.isNull()) pts.add(v);
      }
      if (pts != null && !pts.isEmpty()) c = new Constraint(pts, null, false, null, false);
    } else if (e instanceof Expr.IsNull n && !n.negated() && n.value() instanceof Expr.Column column) {
      col = column.name();
      if (table.columnIndex(col) >= 0) c = new Constraint(List.of(Value.Null.INSTANCE), null, false, null, false);
    }
    if (c != null) out.computeIfAbsent(col.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(c);
  }

  /** Integer type ranges, computed once per type. */
  private static final java.util.concurrent.ConcurrentHashMap<Integer, java.math.BigInteger[]> RANGES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** {@code int_col = constant} where the constant lies outside the column type's range: no row can match. */
  private static boolean outOfRange(TableDef table, Expr.Compare cmp) {
    Expr l = cmp.left();
    Expr r = cmp.right();
    if (!(l instanceof Expr.Column) && r instanceof Expr.Column) {
      Expr t = l; l = r; r = t;
    }
    if (!(l instanceof Expr.Column col) || !constant(r)) return false;
    Optional<ColumnDef> cd = table.column(col.name());
    if (cd.isEmpty() || !cd.get().type().isInteger()) return false;
    Value v = literal(r);
    if (!(v instanceof Value.Int i)) return false;
    ColumnType t = cd.get().type();
    java.math.BigInteger[] range = RANGES.computeIfAbsent(t.kind().ordinal() * 2 + (t.unsigned() ? 1 : 0), k -> {
      int bits = 8 * t.kind().storageBytes();
      java.math.BigInteger min = t.unsigned() ? java.math.BigInteger.ZERO : java.math.BigInteger.ONE.shiftLeft(bits - 1).negate();
      java.math.BigInteger max = t.unsigned()
          ? java.math.BigInteger.ONE.shiftLeft(bits).subtract(java.math.BigInteger.ONE)
          : java.math.BigInteger.ONE.shiftLeft(bits - 1).subtract(java.math.BigInteger.ONE);
      return new java.math.BigInteger[] {min, max};
    });
    return i.value().compareTo(range[0]) < 0 || i.value().compareTo(range[1]) > 0;
  }

  private static Expr.CmpOp flip(Expr.CmpOp op) {
    switch (op) {
      case LT: return Expr.CmpOp.GT;
      case LE: return Expr.CmpOp.GE;
      case GT: return Expr.CmpOp.LT;
      case GE: return Expr.CmpOp.LE;
      default: return op;
    }
  }

  /** An expression the optimizer folds into one value (a literal, {@code 10 + 10}, {@code COALESCE(NULL, 300)}). */
  private static boolean constant(Expr e) {
    return dev.innosim.sql.Exprs.isConstant(e);
  }

  private static Value literal(Expr e) {
    if (e instanceof Expr.Literal l) return l.value();
    return dev.innosim.sql.Eval.eval(e, name -> {
      throw new IllegalStateException("constant reads column " + name);
    }, null);
  }

  /**
   * The constant as a key value of the column, or null when an index on the column cannot be
   * used: a string column compared with a number converts every row (MySQL's type conversion).
   */
  private static Value usable(TableDef table, String col, Expr constant) {
    Optional<ColumnDef> cd = table.column(col);
    if (cd.isEmpty()) return null;
    Value v = literal(constant);
    if (v == null) return null;
    if (v.isNull()) return v;
    ColumnType t = cd.get().type();
    if (t.isString() && !(v instanceof Value.Str)) return null;
    try {
      return t.coerce(v);
    } catch (SchemaException ex) {
      return null;
    }
  }

  // ------------------------------------------------------------------ candidates

  private static final class Candidate {
    IndexTree index;
    List<Range> ranges;
    long rows;
    boolean rorEquality;

    boolean allUnique() {
      for (Range r : ranges) if (!r.unique()) return false;
      return true;
    }

    AccessPath path() { return new AccessPath.IndexRanges(index, ranges); }
  }

  private static Candidate candidate(TableDef table, IndexTree t, Map<String, List<Constraint>> cons) {
    List<List<Value>> prefixes = new ArrayList<>();
    prefixes.add(new ArrayList<>());
    Constraint range = null;
    int eqParts = 0;
    boolean prefixPartUsed = false;
    for (int i = 0; i < t.keyFieldCount(); i++) {
      IndexTree.Field f = t.fields().get(i);
      List<Constraint> cs = cons.get(f.column());
      if (cs == null) break;
      Constraint pts = null;
      Constraint rng = null;
      for (Constraint c : cs) {
        if (c.isPoints()) { if (pts == null || c.points().size() < pts.points().size()) pts = c; }
        else rng = merge(rng, c, t, i);
      }
      if (pts != null) {
        List<List<Value>> next = new ArrayList<>();
        for (List<Value> p : prefixes) {
          for (Value v : pts.points()) {
            List<Value> q = new ArrayList<>(p);
            q.add(f.prefixChars() > 0 ? Values.prefix(v, f.prefixChars()) : v);
            next.add(q);
          }
        }
        if (next.size() > 256) break;
        prefixes = next;
        eqParts++;
        if (f.prefixChars() > 0) { prefixPartUsed = true; break; }
      } else {
        if (f.prefixChars() == 0) range = rng;
        break;
      }
    }
    if (eqParts == 0 && range == null) return null;
    Candidate c = new Candidate();
    c.index = t;
    c.ranges = new ArrayList<>();
    boolean full = eqParts == t.keyFieldCount();
    for (List<Value> p : dedupeSorted(t, prefixes)) {
      Value[] key = p.toArray(new Value[0]);
      if (range == null) {
        boolean hasNull = p.stream().anyMatch(Value::isNull);
        c.ranges.add(Range.equality(key, t.isUnique() && full && !hasNull && !prefixPartUsed));
      } else {
        Value[] lo = null;
        Value[] hi = null;
        if (range.low() != null || eqParts > 0) {
          lo = range.low() == null ? key : append(key, range.low());
        }
        if (range.high() != null || eqParts > 0) {
          hi = range.high() == null ? key : append(key, range.high());
        }
        c.ranges.add(new Range(lo, range.low() == null || range.lowIncl(), hi, range.high() == null || range.highIncl(), false, false));
      }
    }
    c.rorEquality = range == null && full && prefixes.size() == 1 && !prefixPartUsed;
    c.rows = 0;
    for (Range r : c.ranges) c.rows += count(t, r);
    return c;
  }

  private static List<List<Value>> dedupeSorted(IndexTree t, List<List<Value>> prefixes) {
    List<List<Value>> out = new ArrayList<>();
    prefixes.sort((a, b) -> t.comparePrefix(a.toArray(new Value[0]), b.toArray(new Value[0])));
    for (List<Value> p : prefixes) {
      if (out.isEmpty() || t.comparePrefix(out.get(out.size() - 1).toArray(new Value[0]), p.toArray(new Value[0])) != 0) out.add(p);
    }
    return out;
  }

  private static Value[] append(Value[] key, Value v) {
    Value[] k = java.util.Arrays.copyOf(key, key.length + 1);
    k[key.length] = v;
    return k;
  }

  private static Constraint merge(Constraint a, Constraint b, IndexTree t, int field) {
    if (a == null) return b;
    Value lo = a.low();
    boolean loIncl = a.lowIncl();
    if (b.low() != null && (lo == null || t.compareField(field, b.low(), lo) > 0
        || (t.compareField(field, b.low(), lo) == 0 && !b.lowIncl()))) {
      lo = b.low();
      loIncl = b.lowIncl();
    }
    Value hi = a.high();
    boolean hiIncl = a.highIncl();
    if (b.high() != null && (hi == null || t.compareField(field, b.high(), hi) < 0
        || (t.compareField(field, b.high(), hi) == 0 && !b.highIncl()))) {
      hi = b.high();
      hiIncl = b.highIncl();
    }
    return new Constraint(null, lo, loIncl, hi, hiIncl);
  }

  /**
   * Number of records (delete-marked ones included, as the statistics count them) inside {@code r},
   * from the index's counted tree in O(log n) (InnoDB's records_in_range dives to both ends of the
   * range in the same way).
   */
  public static long count(IndexTree t, Range r) {
    return t.countBetween(r.low(), !r.lowInclusive(), r.high(), r.highInclusive());
  }

  /** True when {@code rec} does not lie past the upper end of {@code r}. */
  public static boolean inside(IndexTree t, Rec rec, Range r) {
    if (rec.isSupremum()) return false;
    if (r.high() == null) return true;
    int c = t.comparePrefix(rec.fields(), r.high());
    return c < 0 || (c == 0 && r.highInclusive());
  }
}
