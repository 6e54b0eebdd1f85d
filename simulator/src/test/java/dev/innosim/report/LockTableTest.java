package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.engine.Snapshot;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** data_locks / data_lock_waits rows and their three formats. */
class LockTableTest {
  static LockTable afterStep(String rel, int step) throws IOException {
    Snapshot s = HtmlReportTest.run(rel).snapshots().get(step - 1);
    return LockTable.of(s);
  }

  @Test
  void of_insertWaitingBehindGapLock_listsRowsAndOneWait() throws IOException {
    LockTable t = afterStep("golden/seed003-5-delete-missing-then-insert.sql", 5);
    List<String> modes = t.locks().stream().map(r -> r.session() + " " + r.lockType() + " " + r.lockMode() + " " + r.lockStatus()
        + " " + r.lockData().orElse("NULL")).toList();
    assertEquals(List.of(
        "T1 TABLE IX GRANTED NULL",
        "T1 RECORD X,GAP GRANTED 20, 0x000000000002",
        "T1 RECORD X,GAP,INSERT_INTENTION WAITING 20, 0x000000000002",
        "T2 TABLE IX GRANTED NULL",
        "T2 RECORD X,GAP GRANTED 20, 0x000000000002"), modes);
    assertEquals(1, t.waits().size());
    LockTable.Wait w = t.waits().get(0);
    assertEquals("T1", w.requestingSession());
    assertEquals("T2", w.blockingSession());
  }

  @Test
  void render_csv_quotesLockDataWithCommas() throws IOException {
    String csv = afterStep("golden/seed003-5-delete-missing-then-insert.sql", 5).render(LockTable.Format.CSV);
    assertTrue(csv.startsWith(String.join(",", LockTable.LOCK_COLUMNS) + "\n"));
    assertTrue(csv.contains(",X,GAP,") == false, "LOCK_MODE with commas is quoted");
    assertTrue(csv.contains(",\"X,GAP\",GRANTED,\"20, 0x000000000002\"\n"));
  }

  @Test
  void render_json_writesNullsAndNumbers() throws IOException {
    String json = afterStep("golden/seed003-5-delete-missing-then-insert.sql", 5).render(LockTable.Format.JSON);
    assertTrue(json.startsWith("{\n  \"data_locks\": [\n    {\"SESSION\": \"T1\""));
    assertTrue(json.contains("\"INDEX_NAME\": null"));
    assertTrue(json.contains("\"data_lock_waits\": [\n    {\"REQUESTING_ENGINE_LOCK_ID\""));
  }

  @Test
  void render_noLocks_saysEmptySet() {
    String text = LockTable.of(new Snapshot(List.of(), List.of(), List.of())).render(LockTable.Format.TEXT);
    assertEquals("Empty set\n\nEmpty set\n", text);
  }
}
