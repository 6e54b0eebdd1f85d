package dev.innosim.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading {@code SHOW ENGINE INNODB STATUS} as the oracle does, on deadlock reports the servers printed. */
class StatusDumpTest {
  static String mariadbReport() throws IOException {
    return Files.readString(LiveServers.SCENARIOS.resolve("golden/seed003-1-accounts-opposite-order.deadlock.txt"), StandardCharsets.UTF_8);
  }

  static String mysqlReport() throws IOException {
    try (InputStream s = StatusDumpTest.class.getResourceAsStream("/live/mysql-9.7/seed003-1-accounts-opposite-order.deadlock.txt")) {
      return new String(s.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void deadlock_mariadbReport_readsMembersSectionsAndTheReportsVictim() throws IOException {
    StatusDump.Deadlock d = StatusDump.deadlock(mariadbReport()).orElseThrow();
    assertEquals(2, d.members().size());
    StatusDump.Member first = d.members().get(0);
    assertEquals(1, first.n());
    assertEquals(Optional.of(12816L), first.trxId());
    assertEquals(Optional.of(2476L), first.threadId());
    assertEquals(1, first.waiting().size());
    StatusDump.Lock w = first.waiting().get(0);
    assertTrue(w.record() && w.waiting());
    assertEquals("accounts", w.table());
    assertEquals("PRIMARY", w.index());
    assertEquals("X", w.mode());
    assertEquals(List.of("REC_NOT_GAP"), w.flags());
    assertEquals(12816L, w.trxId());
    assertEquals(1, first.conflicting().size());
    assertEquals(12815L, first.conflicting().get(0).trxId());
    assertFalse(first.conflicting().get(0).waiting());
    assertEquals(Optional.of(1), d.reportVictim());
    assertTrue(d.raw().startsWith("LATEST DETECTED DEADLOCK"));
  }

  @Test
  void deadlock_mysqlReport_readsHoldsAndWaitingPerMember() throws IOException {
    StatusDump.Deadlock d = StatusDump.deadlock(mysqlReport()).orElseThrow();
    assertEquals(2, d.members().size());
    for (StatusDump.Member m : d.members()) {
      assertEquals(1, m.holds().size(), "HOLDS THE LOCK(S) of (" + m.n() + ")");
      assertEquals(1, m.waiting().size(), "WAITING FOR of (" + m.n() + ")");
      assertTrue(m.conflicting().isEmpty(), "MySQL prints no CONFLICTING WITH");
    }
    StatusDump.Dumped rec = d.members().get(0).holds().get(0).records().get(0);
    assertEquals(2, rec.heapNo());
    assertFalse(rec.deleteMarked());
    assertEquals(new StatusDump.Field(4, "80000001", false), rec.fields().get(0));
  }

  @Test
  void locks_recordDump_readsInfoBitsNullsAndTruncatedFields() {
    List<StatusDump.Lock> ls = StatusDump.locks(List.of(
        "TABLE LOCK table `db`.`t` trx id 77 lock mode IX",
        "RECORD LOCKS space id 5 page no 4 n bits 72 index k of table `db`.`t` trx id 77 lock_mode X locks gap before rec insert intention waiting",
        "Record lock, heap no 3 PHYSICAL RECORD: n_fields 2; compact format; info bits 32",
        " 0: SQL NULL;",
        " 1: len 40; hex 61626364; asc abcd; (total 40 bytes);",
        "Record lock, heap no 1 PHYSICAL RECORD: n_fields 1; compact format; info bits 0",
        " 0: len 8; hex 73757072656d756d; asc supremum;;"));
    assertEquals(2, ls.size());
    assertFalse(ls.get(0).record());
    assertEquals("IX", ls.get(0).mode());
    StatusDump.Lock r = ls.get(1);
    assertEquals(List.of("GAP", "INSERT_INTENTION"), r.flags());
    assertTrue(r.waiting());
    assertEquals(4, r.page());
    assertTrue(r.records().get(0).deleteMarked());
    assertEquals(null, r.records().get(0).fields().get(0));
    assertEquals(new StatusDump.Field(40, "61626364", true), r.records().get(0).fields().get(1));
    assertEquals(1, r.records().get(1).heapNo());
  }

  @Test
  void transactions_statusWithoutDeadlock_hasNoDeadlockSection() {
    String status = "=====\n------------\nTRANSACTIONS\n------------\nLIST OF TRANSACTIONS FOR EACH SESSION:\n"
        + "---TRANSACTION 100, ACTIVE 3 sec\n2 lock struct(s), heap size 1128, 1 row lock(s)\n"
        + "MariaDB thread id 9, OS thread handle 1, query id 5 127.0.0.1 oracle\n"
        + "TABLE LOCK table `db`.`t` trx id 100 lock mode IX\n"
        + "--------\nFILE I/O\n--------\n";
    assertTrue(StatusDump.deadlock(status).isEmpty());
    List<StatusDump.Trx> ts = StatusDump.transactions(status);
    assertEquals(1, ts.size());
    assertEquals("100", ts.get(0).trxId());
    assertEquals(Optional.of(9L), ts.get(0).threadId());
    assertEquals(1, ts.get(0).locks().size());
  }
}
