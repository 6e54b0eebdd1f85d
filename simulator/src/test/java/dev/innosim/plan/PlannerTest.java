package dev.innosim.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.index.IndexTree;
import dev.innosim.schema.Collation;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.TableBuilder;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Access-path choice on t (id PRIMARY KEY, k INT, v INT, KEY idx_k (k)) with ten rows, k = 10 * id. */
class PlannerTest {
  final TableDef def = new TableBuilder("t")
      .column(col("id", false)).column(col("k", true)).column(col("v", true))
      .primaryKey(List.of(KeyPart.of("id")))
      .index("idx_k", false, List.of(KeyPart.of("k")))
      .build();
  final IndexTree primary = new IndexTree("t", "PRIMARY", true, true, 1,
      List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
  final IndexTree idxK = new IndexTree("t", "idx_k", false, false, 1,
      List.of(new IndexTree.Field("k", 1, 0, Collation.DEFAULT), new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
  final List<IndexTree> indexes = List.of(primary, idxK);

  PlannerTest() {
    for (int id = 1; id <= 10; id++) {
      primary.insert(new Value[] {Value.Int.of(id)});
      idxK.insert(new Value[] {Value.Int.of(10L * id), Value.Int.of(id)});
    }
  }

  private static ColumnDef col(String name, boolean nullable) {
    return new ColumnDef(name, ColumnType.of(ColumnType.Kind.INT), nullable, Optional.empty(), false);
  }

  private static Optional<Expr> where(String condition) {
    return ((Statement.Select) SqlParser.parse("SELECT * FROM t WHERE " + condition)).where();
  }

  private AccessPath choose(Optional<Expr> where, List<String> needed) {
    return Planner.choose(def, indexes, where, Optional.empty(), Planner.Switches.DEFAULT, needed);
  }

  @Test
  void choose_primaryKeyEquality_isOneUniquePointOnPrimary() {
    AccessPath p = choose(where("id = 4"), null);
    AccessPath.IndexRanges r = assertInstanceOf(AccessPath.IndexRanges.class, p);
    assertSame(primary, r.index());
    assertEquals(List.of(Range.equality(new Value[] {Value.Int.of(4)}, true)), r.ranges());
  }

  @Test
  void choose_secondaryEquality_isOneNonUniqueExactRangeOnIdxK() {
    AccessPath.IndexRanges r = assertInstanceOf(AccessPath.IndexRanges.class, choose(where("k = 30"), null));
    assertSame(idxK, r.index());
    assertEquals(1, r.ranges().size());
    Range range = r.ranges().get(0);
    assertTrue(range.exact());
    assertFalse(range.unique());
    assertEquals(Value.Int.of(30), range.low()[0]);
  }

  @Test
  void choose_noWhere_fullScanOfPrimaryUnlessASecondaryCoversTheColumns() {
    assertEquals(new AccessPath.FullScan(primary), choose(Optional.empty(), null));
    assertEquals(new AccessPath.FullScan(primary), choose(Optional.empty(), List.of("k", "v")));
    assertEquals(new AccessPath.FullScan(idxK), choose(Optional.empty(), List.of("k")));
  }

  @Test
  void choose_equalityOnAnUnindexedColumn_isAFullScanOfPrimary() {
    AccessPath p = choose(where("v = 5"), null);
    assertEquals(new AccessPath.FullScan(primary), p);
  }

  @Test
  void deliversOrder_orderByTheIndexKey_trueForItsColumnsFalseOtherwise() {
    AccessPath scanK = new AccessPath.FullScan(idxK);
    assertTrue(Planner.deliversOrder(scanK, List.of("k")));
    assertTrue(Planner.deliversOrder(scanK, List.of("k", "id")));
    assertFalse(Planner.deliversOrder(scanK, List.of("v")));
    assertFalse(Planner.deliversOrder(new AccessPath.FullScan(primary), List.of("k")));
    assertFalse(Planner.deliversOrder(new AccessPath.Empty(), List.of("k")));
    AccessPath merge = new AccessPath.Intersect(List.of(idxK, idxK), List.of(Range.all(), Range.all()));
    assertFalse(Planner.deliversOrder(merge, List.of("k")));
  }

  @Test
  void plan_descendingIndexMerge_isRejected() {
    AccessPath merge = new AccessPath.Intersect(List.of(idxK, idxK), List.of(Range.all(), Range.all()));
    assertThrows(IllegalArgumentException.class, () -> new Plan(merge, true, Optional.of(1L)));
    assertEquals(Optional.of(1L), new Plan(new AccessPath.FullScan(idxK), true, Optional.of(1L)).limit());
  }

  @Test
  void inside_recordAgainstRange_followsTheBoundsInclusiveness() {
    Range r = new Range(new Value[] {Value.Int.of(20)}, true, new Value[] {Value.Int.of(40)}, false, false, false);
    assertTrue(Planner.inside(idxK, idxK.seek(new Value[] {Value.Int.of(20)}, false), r));
    assertTrue(Planner.inside(idxK, idxK.seek(new Value[] {Value.Int.of(30)}, false), r));
    assertFalse(Planner.inside(idxK, idxK.seek(new Value[] {Value.Int.of(40)}, false), r));
    assertEquals(2, Planner.count(idxK, r));
  }

  /** t with 20,000 rows (k = id), past {@link Planner#LARGE_TABLE}: ranges are weighed against a full scan. */
  private List<IndexTree> large() {
    IndexTree p = new IndexTree("t", "PRIMARY", true, true, 1, List.of(new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
    IndexTree k = new IndexTree("t", "idx_k", false, false, 1,
        List.of(new IndexTree.Field("k", 1, 0, Collation.DEFAULT), new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));
    for (int id = 1; id <= 20_000; id++) {
      p.insert(new Value[] {Value.Int.of(id)});
      k.insert(new Value[] {Value.Int.of(id), Value.Int.of(id)});
    }
    return List.of(p, k);
  }

  @Test
  void choose_largeTableSecondaryRangeOverOneSeventhOfIt_isAFullScanOnMariaDb() {
    List<IndexTree> big = large();
    Planner.Switches maria = new Planner.Switches(true, true, 7.0);
    Planner.Switches mysql = new Planner.Switches(true, true, 5.5);
    // 2,000 of 20,000 rows (10%): the range, on both cost figures
    AccessPath few = Planner.choose(def, big, where("k BETWEEN 1 AND 2000"), Optional.empty(), maria, null);
    assertSame(big.get(1), assertInstanceOf(AccessPath.IndexRanges.class, few).index());
    // 3,200 rows (16%): a full scan at 7 per row (22,400 > 20,000), the range at 5.5 (17,600)
    AccessPath mid = Planner.choose(def, big, where("k BETWEEN 1 AND 3200"), Optional.empty(), maria, null);
    assertSame(big.get(0), assertInstanceOf(AccessPath.FullScan.class, mid).index());
    AccessPath midMysql = Planner.choose(def, big, where("k BETWEEN 1 AND 3200"), Optional.empty(), mysql, null);
    assertSame(big.get(1), assertInstanceOf(AccessPath.IndexRanges.class, midMysql).index());
    // the index covers the query: one per row, the range again
    AccessPath covering = Planner.choose(def, big, where("k BETWEEN 1 AND 3200"), Optional.empty(), maria, List.of("k", "id"));
    assertSame(big.get(1), assertInstanceOf(AccessPath.IndexRanges.class, covering).index());
  }

  @Test
  void choose_largeTablePrimaryRangeAgainstAShorterSecondaryRange_isThePrimaryRange() {
    List<IndexTree> big = large();
    AccessPath p = Planner.choose(def, big, where("id BETWEEN 1 AND 6000 AND k BETWEEN 1 AND 1000"), Optional.empty(),
        new Planner.Switches(true, true, 7.0), null);
    // PRIMARY: 6,000 x 1; idx_k: 1,000 x 7
    assertSame(big.get(0), assertInstanceOf(AccessPath.IndexRanges.class, p).index());
    assertEquals(1000, Planner.count(big.get(1), new Range(new Value[] {Value.Int.of(1)}, true, new Value[] {Value.Int.of(1000)}, true, false, false)));
  }
}
