package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key values and lock entries are written and ordered exactly as the oracle's fmt_value / sort_entries. */
class KeyValueTest {
  @Test
  void format_eachKind_asTheOracleWritesIt() {
    assertEquals("-5", KeyValue.integer(BigInteger.valueOf(-5)).format());
    assertEquals("NULL", KeyValue.nul().format());
    assertEquals("'it\\'s a \\\\ b'", KeyValue.str("it's a \\ b").format());
    assertEquals("'abc...'(40 bytes)", KeyValue.truncated("abc", 40).format());
    assertEquals("#3", KeyValue.rowId(BigInteger.valueOf(3), true).format());
    assertEquals("#raw513", KeyValue.rowId(BigInteger.valueOf(513), false).format());
    assertEquals("0x00ff", KeyValue.hex("00ff").format());
    assertEquals("(20, #2)", KeyValue.key(List.of(KeyValue.integer(BigInteger.valueOf(20)), KeyValue.rowId(BigInteger.TWO, true))));
  }

  static LockEntry rec(String owner, boolean waiting, String index, int rank, String mode, List<KeyValue> values) {
    return new LockEntry(owner, waiting, true, "t", index, mode, KeyValue.key(values), values, false, 3, 2, rank,
        values.stream().map(KeyValue::sortKey).toList());
  }

  static KeyValue i(long v) { return KeyValue.integer(BigInteger.valueOf(v)); }

  @Test
  void sorted_entries_followTheOraclesOrder() {
    LockEntry supremum = new LockEntry("T1", false, true, "t", "PRIMARY", "X", "supremum", List.of(), false, 3, 1, 0,
        List.of(KeyValue.SortKey.SUPREMUM));
    LockEntry table = new LockEntry("T1", false, false, "t", "", "IX", "", List.of(), false, -1, -1, 0, List.of());
    List<LockEntry> in = new ArrayList<>(List.of(
        rec("T10", false, "PRIMARY", 0, "X", List.of(i(1))),
        rec("T1", true, "PRIMARY", 0, "X", List.of(i(5))),
        supremum,
        rec("T1", false, "k", 1, "X", List.of(KeyValue.str("B"), i(1))),
        rec("T1", false, "k", 1, "X", List.of(KeyValue.str("a"), i(2))),
        rec("T1", false, "PRIMARY", 0, "X", List.of(i(10))),
        rec("T1", false, "PRIMARY", 0, "X", List.of(i(9))),
        rec("T1", false, "PRIMARY", 0, "X", List.of(KeyValue.nul())),
        table,
        rec("T2", false, "PRIMARY", 0, "X", List.of(i(1))),
        rec("T1", false, "PRIMARY", 0, "X", List.of(i(9)))));
    List<String> got = LockEntry.sorted(in).stream().map(e -> e.owner() + " " + e.status() + "  " + e.text()).toList();
    assertEquals(List.of(
        "T1 holds  TABLE t IX",
        "T1 holds  RECORD t.PRIMARY X (NULL)",
        "T1 holds  RECORD t.PRIMARY X (9)",
        "T1 holds  RECORD t.PRIMARY X (10)",
        "T1 holds  RECORD t.PRIMARY X supremum",
        "T1 holds  RECORD t.k X ('a', 2)",
        "T1 holds  RECORD t.k X ('B', 1)",
        "T1 waits  RECORD t.PRIMARY X (5)",
        "T2 holds  RECORD t.PRIMARY X (1)",
        "T10 holds  RECORD t.PRIMARY X (1)"), got);
  }

  @Test
  void splitLockData_quotedCommasAndDoubledQuotes_areOneField() {
    assertEquals(List.of("10", "'a, ''b'''", "0x00FF", "NULL"), IndexLayouts.splitLockData("10, 'a, ''b''', 0x00FF, NULL"));
    assertEquals("a, 'b' \\", IndexLayouts.unquote("'a, ''b'' \\\\'"));
  }
}
