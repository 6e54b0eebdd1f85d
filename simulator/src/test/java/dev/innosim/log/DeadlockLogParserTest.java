package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Layouts no public log in the test resources shows, written here from the servers' format
 * strings ({@code lock0lock.cc}: 5.6 {@code lock_deadlock_check_and_resolve}, 8.0.0-8.0.17
 * {@code DeadlockChecker::notify}, MariaDB 10.5 {@code DeadlockChecker::notify}), and the reader's choices.
 */
class DeadlockLogParserTest {
  static final String TOO_DEEP = String.join("\n",
      "------------------------",
      "LATEST DETECTED DEADLOCK",
      "------------------------",
      "2015-03-02 10:00:01 7f0e5c0a2700",
      "TOO DEEP OR LONG SEARCH IN THE LOCK TABLE WAITS-FOR GRAPH, WE WILL ROLL BACK FOLLOWING TRANSACTION ",
      "",
      "*** TRANSACTION:",
      "TRANSACTION 4711, ACTIVE 3 sec starting index read",
      "mysql tables in use 1, locked 1",
      "LOCK WAIT 2 lock struct(s), heap size 360, 1 row lock(s)",
      "MySQL thread id 9, OS thread handle 0x7f0e5c0a2700, query id 77 localhost root updating",
      "UPDATE t SET v = 1 WHERE id = 1",
      "*** WAITING FOR THIS LOCK TO BE GRANTED:",
      "RECORD LOCKS space id 6 page no 3 n bits 72 index `PRIMARY` of table `test`.`t` trx id 4711 lock_mode X locks rec but not gap waiting",
      "Record lock, heap no 2",
      "");

  static String twoMembers(String timestamp, String thread) {
    return String.join("\n",
        "LATEST DETECTED DEADLOCK",
        "------------------------",
        timestamp,
        "*** (1) TRANSACTION:",
        "TRANSACTION 10, ACTIVE 1 sec starting index read",
        "LOCK WAIT 2 lock struct(s), heap size 1136, 1 row lock(s)",
        thread + " thread id 1, OS thread handle 139, query id 5 localhost root updating",
        "UPDATE t SET v = 1 WHERE id = 2",
        "*** (1) WAITING FOR THIS LOCK TO BE GRANTED:",
        "RECORD LOCKS space id 6 page no 3 n bits 72 index PRIMARY of table `test`.`t` trx id 10 lock_mode X locks rec but not gap waiting",
        "*** (2) TRANSACTION:",
        "TRANSACTION 11, ACTIVE 1 sec starting index read",
        "2 lock struct(s), heap size 1136, 1 row lock(s)",
        thread + " thread id 2, OS thread handle 140, query id 6 localhost root updating",
        "UPDATE t SET v = 2 WHERE id = 1",
        "*** (2) HOLDS THE LOCK(S):",
        "RECORD LOCKS space id 6 page no 3 n bits 72 index PRIMARY of table `test`.`t` trx id 11 lock_mode X locks rec but not gap",
        "*** (2) WAITING FOR THIS LOCK TO BE GRANTED:",
        "RECORD LOCKS space id 6 page no 3 n bits 72 index PRIMARY of table `test`.`t` trx id 11 lock_mode X locks rec but not gap waiting",
        "*** WE ROLL BACK TRANSACTION (2)",
        "");
  }

  @Test
  void parse_tooDeepReport_isOneTransactionThatIsTheVictim() {
    DeadlockLog d = DeadlockLogParser.parse("deep.txt", TOO_DEEP).get(0);
    assertTrue(d.tooDeep());
    assertEquals(1, d.transactions().size());
    assertEquals(OptionalInt.of(1), d.printedVictim());
    assertEquals(ServerKind.MYSQL_56, d.server());
    LoggedLock.RecordLock w = (LoggedLock.RecordLock) d.transactions().get(0).waits().orElseThrow();
    assertFalse(w.records().get(0).dumped(), "heap no without PHYSICAL RECORD");
    DecodedDeadlock dec = DeadlockDecoder.decode("deep.txt", d, LogSchema.NONE);
    assertTrue(dec.notes().stream().anyMatch(n -> n.startsWith("TOO DEEP OR LONG SEARCH")), dec.notes().toString());
  }

  @Test
  void parse_twoMemberLayoutWithDecimalHandle_isMysql80Before8018() {
    assertEquals(ServerKind.MYSQL_80_EARLY, DeadlockLogParser.parse("a", twoMembers("2019-06-01 10:00:00 140000000000000", "MySQL")).get(0).server());
    assertEquals(ServerKind.MYSQL_57, DeadlockLogParser.parse("a", twoMembers("2019-06-01 10:00:00 0x7f0e5c0a2700", "MySQL")).get(0).server());
    assertEquals(ServerKind.MYSQL_56, DeadlockLogParser.parse("a", twoMembers("2015-06-01 10:00:00 7f0e5c0a2700", "MySQL")).get(0).server());
  }

  @Test
  void parse_numberedLayoutWithMariaDbThreads_isMariaDb105AndItsVictimLineIsBelieved() {
    DeadlockLog d = DeadlockLogParser.parse("a", twoMembers("2021-06-01 10:00:00 0x7f0e5c0a2700", "MariaDB")).get(0);
    assertEquals(ServerKind.MARIADB_105, d.server());
    assertEquals("the report rolled back (2)", d.victimNote());
  }

  @Test
  void parse_severalDeadlocks_keepsThemInOrderAndPickTakesTheLastByDefault() {
    String text = twoMembers("2019-06-01 10:00:00 0x1", "MySQL") + twoMembers("2019-06-01 10:00:05 0x1", "MySQL");
    List<DeadlockLog> all = DeadlockLogParser.parse("two.txt", text);
    assertEquals(2, all.size());
    assertEquals(all.get(1), DeadlockLogParser.pick("two.txt", all, OptionalInt.empty()));
    assertEquals(all.get(0), DeadlockLogParser.pick("two.txt", all, OptionalInt.of(1)));
    LogFormatException e = assertThrows(LogFormatException.class, () -> DeadlockLogParser.pick("two.txt", all, OptionalInt.of(0)));
    assertEquals("two.txt:0: --nth 0 is out of range: the file holds 2 deadlock(s)", e.getMessage());
  }

  @Test
  void parse_recordWithFewerFieldsThanItsHeaderSays_failsAtThatLine() {
    String text = twoMembers("2019-06-01 10:00:00 0x1", "MySQL").replace(
        "lock_mode X locks rec but not gap waiting\n*** (2) TRANSACTION:",
        "lock_mode X locks rec but not gap waiting\nRecord lock, heap no 3 PHYSICAL RECORD: n_fields 2; compact format; info bits 0\n"
            + " 0: len 4; hex 80000002; asc     ;;\n*** (2) TRANSACTION:");
    LogFormatException e = assertThrows(LogFormatException.class, () -> DeadlockLogParser.parse("f.txt", text));
    assertEquals("f.txt:11: record says n_fields 2 but prints 1: heap no 3", e.getMessage());
  }
}
