package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Error-log prefixes and lost line breaks. */
class LogLinesTest {
  static List<String> texts(String s) {
    return LogLines.of(s).stream().map(l -> l.number() + ":" + l.text()).toList();
  }

  @Test
  void of_lineWhoseBreaksWereLost_isSplitAtTheReportsPhrases() {
    assertEquals(List.of("1:*** (1) TRANSACTION:", "1:TRANSACTION 173268495, ACTIVE 0 sec fetching rows", "1:mysql tables in use 1, locked 1",
            "1:302 lock struct(s), heap size 41168, 2 row lock(s)", "1:MySQL thread id 5, OS thread handle 1, query id 2 h u updating"),
        texts("*** (1) TRANSACTION:TRANSACTION 173268495, ACTIVE 0 sec fetching rowsmysql tables in use 1, locked 1302 lock struct(s), "
            + "heap size 41168, 2 row lock(s)MySQL thread id 5, OS thread handle 1, query id 2 h u updating"));
  }

  @Test
  void of_errorLogPrefixes_areRemovedAndOtherMessagesDropped() {
    assertEquals(List.of("1:Transactions deadlock detected, dumping detailed information.", "2:*** (1) TRANSACTION: ",
            "4:*** WE ROLL BACK TRANSACTION (2)", "6:*** (1) TRANSACTION:"),
        texts("2026-12-04T19:35:20.343265Z 0 [Note] [MY-012468] [InnoDB] Transactions deadlock detected, dumping detailed information.\n"
            + "2026-12-04T19:35:20.343316Z 0 [Note] [MY-012469] [InnoDB]  *** (1) TRANSACTION: \n"
            + "2026-12-04 19:34:53 10 [Warning] Aborted connection 12 to db: 'x'\n"
            + "2019-03-19T21:44:23.519297+08:00 5877341 [Note] InnoDB: *** WE ROLL BACK TRANSACTION (2)\n"
            + "2026-12-04 19:34:53 10 [Note] InnoDB: \n*** (1) TRANSACTION:"));
  }

  @Test
  void of_recordHeaderGluedToTheNextTimestamp_isSplit() {
    assertEquals(List.of("1:Record lock, heap no 56 PHYSICAL RECORD: n_fields 17; compact format; info bits 0", "1:*** (2) TRANSACTION:"),
        texts("Record lock, heap no 56 PHYSICAL RECORD: n_fields 17; compact format; info bits 02019-03-19T21:44:23.517793+08:00 5877341 [Note] InnoDB: *** (2) TRANSACTION:"));
  }
}
