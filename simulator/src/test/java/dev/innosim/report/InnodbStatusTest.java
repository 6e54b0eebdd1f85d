package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.innosim.engine.Snapshot;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The report layout's literal tables: thread stages per server and MySQL's lock bitmap size. */
class InnodbStatusTest {

  @ParameterizedTest(name = "{0} / {1} (const {2}) -> {3}")
  @CsvSource(delimiter = '|', value = {
      "MARIADB  | INSERT INTO t VALUES (1)          | false | Update",
      "MARIADB  | UPDATE t SET v = 1 WHERE id = 1   | false | Updating",
      "MARIADB  | INSERT INTO t SELECT * FROM s     | false | Executing",
      "MARIADB  | SELECT * FROM t FOR UPDATE        | false | Sending data",
      "MYSQL_80 | INSERT INTO t VALUES (1)          | false | update",
      "MYSQL_80 | REPLACE INTO t SET id = 1         | false | update",
      "MYSQL_80 | DELETE FROM t WHERE id = 1        | false | updating",
      "MYSQL_80 | INSERT INTO t SELECT * FROM s     | false | executing",
      "MYSQL_80 | SELECT * FROM t FOR UPDATE        | false | executing",
      "MYSQL_57 | UPDATE t SET v = 1 WHERE id = 1   | false | updating",
      "MYSQL_57 | SELECT * FROM t FOR UPDATE        | false | Sending data",
      "MARIADB  | SELECT * FROM t WHERE id = 2 FOR UPDATE | true | Statistics",
      "MYSQL_80 | SELECT * FROM t WHERE id = 2 FOR UPDATE | true | statistics",
      "MYSQL_57 | SELECT * FROM t WHERE id = 2 FOR UPDATE | true | statistics",
  })
  void threadState_statementPerLayout_isTheServersStage(InnodbStatus.Layout layout, String stmt, boolean constTable, String stage) {
    assertEquals(stage, InnodbStatus.threadState(stmt, constTable, layout));
  }

  @ParameterizedTest(name = "n_heap {0} -> n bits {1}")
  @CsvSource({"2, 72", "7, 72", "8, 80", "12, 80", "16, 88", "100, 168"})
  void mysqlBits_pageHeap_isHeapPlusMarginInWholeBytesPlusOne(int nHeap, int bits) {
    Snapshot.LockInfo lock = new Snapshot.LockInfo("T1", 1, 1, Snapshot.Kind.RECORD, "t", Optional.of("PRIMARY"),
        0, "X", false, Optional.empty(), Optional.empty());
    Snapshot s = new Snapshot(List.of(), List.of(lock), List.of(),
        List.of(new Snapshot.IndexInfo("t", "PRIMARY", true, List.of(), nHeap)));
    assertEquals(bits, InnodbStatus.mysqlBits(s, lock));
  }
}
