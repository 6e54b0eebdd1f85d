package dev.innosim.mysql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockRowTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "T1 holds  TABLE t IX",
      "T12 waits  TABLE orders AUTO_INC",
      "T1 holds  RECORD t.PRIMARY X,REC_NOT_GAP (20)",
      "T2 waits  RECORD t.idx_k X,GAP,INSERT_INTENTION (30, 4)",
      "T3 holds  RECORD t.PRIMARY X supremum",
      "T1 holds  RECORD t.uk_u X (30, 3) delete-marked",
      "T2 holds  RECORD rel_credit_customer_files.idx_customer_order X ('20', 'o1', 1) delete-marked",
      "T1 holds  RECORD t.GEN_CLUST_INDEX X (#2)"})
  void parse_lockLine_printsBackTheSame(String line) {
    assertEquals(line, LockRow.parse(line).orElseThrow().text());
  }

  @Test
  void parse_recordLine_readsEveryColumn() {
    LockRow r = LockRow.parse("T2 waits  RECORD t.idx_k X,GAP (30, 4) delete-marked").orElseThrow();
    assertEquals(SessionId.of(2), r.session());
    assertEquals(LockRow.Status.WAITING, r.status());
    assertEquals(new LockRef.Record("t", "idx_k", "X,GAP", "(30, 4)", true), r.lock());
    assertTrue(((LockRef.Record) LockRow.parse("T1 holds  RECORD t.PRIMARY S supremum").orElseThrow().lock()).onSupremum());
  }

  @ParameterizedTest
  @ValueSource(strings = {"T1 holds  nothing", "T1 holds RECORD t.PRIMARY X (1)", "holds  TABLE t IX", "T1 owns  TABLE t IX", ""})
  void parse_notALockLine_isEmpty(String line) {
    assertEquals(Optional.empty(), LockRow.parse(line));
  }
}
