package dev.innosim.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ordered records standing in for a B-tree: order, seeks, neighbours, removal, heap numbers. */
class IndexTreeTest {
  /** A secondary index on (k) with the primary key id appended: fields (k, id). */
  final IndexTree idx = new IndexTree("t", "idx_k", false, false, 1, List.of(
      new IndexTree.Field("k", 1, 0, Collation.DEFAULT), new IndexTree.Field("id", 0, 0, Collation.DEFAULT)));

  private Rec add(int k, int id) {
    return idx.insert(new Value[] {Value.Int.of(k), Value.Int.of(id)});
  }

  private static int k(Rec r) {
    return ((Value.Int) r.field(0)).value().intValue();
  }

  @Test
  void insert_outOfOrder_recordsAreKeptInKeyOrderWithTheSupremumLast() {
    Rec b = add(20, 2);
    Rec a = add(10, 1);
    Rec c = add(20, 3);
    assertEquals(List.of(a, b, c), idx.snapshot());
    assertSame(a, idx.first());
    assertSame(b, idx.next(a));
    assertSame(idx.supremum(), idx.next(c));
    assertNull(idx.next(idx.supremum()));
    assertNull(idx.prev(a));
    assertSame(b, idx.prev(c));
  }

  @Test
  void insert_heapNumbers_startAtTwoInInsertionOrder() {
    Rec b = add(20, 2);
    Rec a = add(10, 1);
    assertEquals(2, b.heapNo());
    assertEquals(3, a.heapNo());
    assertEquals(1, idx.supremum().heapNo());
    idx.reinsertGrown(b);
    assertEquals(4, b.heapNo());
  }

  @Test
  void seek_keyPrefix_findsTheFirstEqualOrTheFirstGreaterWhenStrict() {
    Rec a = add(10, 1);
    Rec b = add(20, 2);
    Rec c = add(20, 3);
    Rec d = add(30, 4);
    Value[] twenty = {Value.Int.of(20)};
    assertSame(b, idx.seek(twenty, false));
    assertSame(d, idx.seek(twenty, true));
    assertSame(a, idx.seek(new Value[] {Value.Int.of(5)}, false));
    assertSame(idx.supremum(), idx.seek(new Value[] {Value.Int.of(31)}, false));
    assertEquals(0, idx.comparePrefix(c.fields(), twenty));
    assertTrue(idx.comparePrefix(d.fields(), twenty) > 0);
  }

  @Test
  void successorOf_missingKey_isTheRecordANewEntryWouldPrecede() {
    add(10, 1);
    Rec b = add(20, 2);
    assertSame(b, idx.successorOf(new Value[] {Value.Int.of(15), Value.Int.of(9)}));
    assertSame(idx.supremum(), idx.successorOf(new Value[] {Value.Int.of(20), Value.Int.of(3)}));
  }

  @Test
  void remove_record_neighboursLinkUpAndTheRemovedRecordStillFindsItsSuccessor() {
    Rec a = add(10, 1);
    Rec b = add(20, 2);
    Rec c = add(30, 3);
    idx.remove(b);
    assertTrue(b.isRemoved());
    assertSame(c, idx.next(a));
    assertSame(a, idx.prev(c));
    assertSame(c, idx.next(b));
    assertSame(a, idx.prev(b));
    assertNull(idx.find(b.fields()));
    assertEquals(2, idx.size());
    assertThrows(IllegalStateException.class, () -> idx.remove(b));
  }

  @Test
  void insert_equalUnderCaseInsensitiveCollation_isADuplicate() {
    IndexTree names = new IndexTree("u", "PRIMARY", true, true, 1,
        List.of(new IndexTree.Field("name", 0, 0, Collation.GENERAL_CI)));
    Rec abc = names.insert(new Value[] {new Value.Str("abc")});
    assertSame(abc, names.find(new Value[] {new Value.Str("ABC")}));
    assertThrows(IllegalStateException.class, () -> names.insert(new Value[] {new Value.Str("Abc")}));
  }
}
