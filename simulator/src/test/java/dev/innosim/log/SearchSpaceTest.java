package dev.innosim.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The search space of a reconstruction: shown-statement variants, target and sibling rows, earlier-statement choices. */
class SearchSpaceTest {
  static final Path LOGS = Path.of(System.getProperty("innosim.scenarios", "../scenarios")).resolve("seeds/logs");

  static DecodedDeadlock decoded(String name) throws IOException {
    String text = Files.readString(LOGS.resolve(name + ".txt"));
    List<DeadlockLog> all = DeadlockLogParser.parse(name, text);
    return DeadlockDecoder.decode(name, all.get(all.size() - 1), schema(name));
  }

  static LogSchema schema(String name) throws IOException {
    return LogSchema.parse(name + ".ddl", Files.readString(LOGS.resolve(name + ".ddl")));
  }

  @Test
  void variants_multiRowInsertCutByTheLog_endsAfterItsWholeRowsWithTheUpsertTailAndSplitsAtRowBoundaries() throws IOException {
    DecodedDeadlock d = decoded("bookshelf-iodku-unique-index");
    List<ShownStatement.Variant> v = ShownStatement.variants(d, d.transactions().get(0), schema("bookshelf-iodku-unique-index"));
    assertTrue(v.get(0).why().startsWith("the shown statement, cut by the log, ended after its 5 whole rows with ON DUPLICATE KEY UPDATE"), v.get(0).why());
    assertEquals(1, v.get(0).sql().size());
    assertTrue(v.get(0).sql().get(0).endsWith("716413229296390148) ON DUPLICATE KEY UPDATE app_id = VALUES(app_id), channel_id = VALUES(channel_id), "
        + "version_id = VALUES(version_id), chapter_id = VALUES(chapter_id), progress = VALUES(progress), listened = VALUES(listened), "
        + "from_user_id = VALUES(from_user_id), create_time = VALUES(create_time), update_time = VALUES(update_time), sync_time = VALUES(sync_time)"),
        v.get(0).sql().get(0));
    ShownStatement.Variant split = v.stream().filter(x -> x.sql().size() == 2).findFirst().orElseThrow();
    assertEquals("the shown statement split after its row 1 (another statement ran between its rows)", split.why());
    assertTrue(split.sql().get(1).contains("values     ('43','201002',395,'302107202231477720',631104,"), split.sql().get(1));
  }

  @Test
  void variants_tableNameTheLogEdited_isTheSchemasName() throws IOException {
    DecodedDeadlock d = decoded("prefix-index-collision-rc-errorlog");
    List<ShownStatement.Variant> v = ShownStatement.variants(d, d.transactions().get(1), schema("prefix-index-collision-rc-errorlog"));
    assertEquals(1, v.size());
    assertTrue(v.get(0).sql().get(0).startsWith("update `fund_transfer_stream` set"), v.get(0).sql().get(0));
  }

  @Test
  void draftRows_logWithoutFieldDumps_hasOneTargetRowPerShownUpdateNumberedAfterTheKeys() throws IOException {
    DraftRows rows = DraftRows.of(decoded("prefix-index-collision-rc-errorlog"), schema("prefix-index-collision-rc-errorlog"));
    assertEquals(2, rows.targets().size());
    assertEquals(Map.of("state", "'NEW'", "seller_id", "'38921111'", "fund_transfer_order_no", "'99010015000805619031958363857'", "id", "1"),
        rows.targets().get(0).values());
    assertEquals("2", rows.targets().get(1).values().get("id"));
    assertFalse(rows.targets().get(0).merge());
  }

  @Test
  void draftRows_cutValueAndIndexMerge_isCompletedFromTheWhereAndGetsSiblings() throws IOException {
    LogSchema schema = schema("repay-plan-index-merge-rc");
    DraftRows rows = DraftRows.of(decoded("repay-plan-index-merge-rc"), schema);
    assertEquals(2, rows.mergeCount(), "both UPDATEs ran on an index merge (tables in use 3)");
    List<String> plain = rows.inserts(schema, List.of(0, 0));
    assertTrue(plain.get(0).contains("'LN201906130129401690006528175485'"), "the printed row's cut loan number completed: " + plain.get(0));
    assertEquals(2, plain.size(), "the printed row 1310 and T1's target row");
    List<String> withSiblings = rows.inserts(schema, List.of(2, 1));
    assertEquals(5, withSiblings.size());
    // T1's two siblings: its user and loan, seq_no 101 and 201, numbered after the largest key
    assertTrue(withSiblings.get(2).contains("VALUES (1312, '', 'LN201907120655461690006528458116', 101, '938467411690006528'"), withSiblings.get(2));
    assertTrue(withSiblings.get(3).contains("VALUES (1313, '', 'LN201907120655461690006528458116', 201, "), withSiblings.get(3));
  }

  @Test
  void earlierChoices_gapLockOfAMissingKey_areNothingADeleteAndARead() throws IOException {
    DecodedDeadlock d = decoded("delete-missing-then-insert-same-key");
    SearchSpace space = SearchSpace.of(d, schema("delete-missing-then-insert-same-key"));
    List<List<String>> t2 = space.members().get(1).earlier().stream().map(EarlierStatements.Choice::sql).toList();
    // (2) shows undo log entries: the write first
    assertEquals(List.of(List.of(), List.of("DELETE FROM tb WHERE order_id = 15"), List.of("SELECT * FROM tb WHERE order_id = 15 FOR UPDATE")), t2);
    assertEquals(List.of("REPEATABLE READ", "READ COMMITTED"), space.levels());
  }

  @Test
  void shownCannotTake_uniqueEqualityOfAnotherKey_leavesNoNothingChoice() {
    String log = "*** (1) TRANSACTION:\nTRANSACTION 10, ACTIVE 1 sec starting index read\nmysql tables in use 1, locked 1\n"
        + "LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s), undo log entries 1\n"
        + "MySQL thread id 5, OS thread handle 1, query id 1 localhost root updating\nUPDATE t SET v = 1 WHERE id = 2\n"
        + "*** (1) HOLDS THE LOCK(S):\nRECORD LOCKS space id 1 page no 4 n bits 72 index PRIMARY of table `d`.`t` trx id 10 lock_mode X locks rec but not gap\n"
        + "Record lock, heap no 2 PHYSICAL RECORD: n_fields 4; compact format; info bits 0\n 0: len 4; hex 80000001; asc     ;;\n"
        + " 1: len 6; hex 00000000000a; asc       ;;\n 2: len 7; hex 01000000000000; asc        ;;\n 3: len 4; hex 80000001; asc     ;;\n\n"
        + "*** (1) WAITING FOR THIS LOCK TO BE GRANTED:\nRECORD LOCKS space id 1 page no 4 n bits 72 index PRIMARY of table `d`.`t` trx id 10 lock_mode X locks rec but not gap waiting\n"
        + "Record lock, heap no 3 PHYSICAL RECORD: n_fields 4; compact format; info bits 0\n 0: len 4; hex 80000002; asc     ;;\n"
        + " 1: len 6; hex 00000000000b; asc       ;;\n 2: len 7; hex 01000000000000; asc        ;;\n 3: len 4; hex 80000001; asc     ;;\n\n"
        + "*** (2) TRANSACTION:\nTRANSACTION 11, ACTIVE 1 sec starting index read\nmysql tables in use 1, locked 1\n"
        + "LOCK WAIT 3 lock struct(s), heap size 1128, 2 row lock(s), undo log entries 1\n"
        + "MySQL thread id 6, OS thread handle 2, query id 2 localhost root updating\nUPDATE t SET v = 1 WHERE id = 1\n"
        + "*** (2) HOLDS THE LOCK(S):\nRECORD LOCKS space id 1 page no 4 n bits 72 index PRIMARY of table `d`.`t` trx id 11 lock_mode X locks rec but not gap\n"
        + "Record lock, heap no 3 PHYSICAL RECORD: n_fields 4; compact format; info bits 0\n 0: len 4; hex 80000002; asc     ;;\n"
        + " 1: len 6; hex 00000000000b; asc       ;;\n 2: len 7; hex 01000000000000; asc        ;;\n 3: len 4; hex 80000001; asc     ;;\n\n"
        + "*** (2) WAITING FOR THIS LOCK TO BE GRANTED:\nRECORD LOCKS space id 1 page no 4 n bits 72 index PRIMARY of table `d`.`t` trx id 11 lock_mode X locks rec but not gap waiting\n"
        + "Record lock, heap no 2 PHYSICAL RECORD: n_fields 4; compact format; info bits 0\n 0: len 4; hex 80000001; asc     ;;\n"
        + " 1: len 6; hex 00000000000a; asc       ;;\n 2: len 7; hex 01000000000000; asc        ;;\n 3: len 4; hex 80000001; asc     ;;\n\n"
        + "*** WE ROLL BACK TRANSACTION (2)\n";
    LogSchema schema = LogSchema.parse("t.sql", "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\n");
    List<DeadlockLog> all = DeadlockLogParser.parse("log", log);
    DecodedDeadlock d = DeadlockDecoder.decode("log", all.get(0), schema);
    DecodedTransaction t1 = d.transactions().get(0);
    DecodedLock held = d.heldBy(t1.session()).get(0);
    assertTrue(EarlierStatements.shownCannotTake(d, t1, held, schema), "UPDATE ... WHERE id = 2 cannot lock only row 1");
    List<EarlierStatements.Choice> choices = EarlierStatements.of(d, t1, schema, DraftRows.of(d, schema));
    assertTrue(choices.stream().noneMatch(c -> c.sql().isEmpty()), choices.toString());
    assertTrue(choices.get(0).sql().get(0).startsWith("UPDATE t SET v = 2 WHERE id = 1"), "a member with undo entries tries a changing write first: " + choices);
  }
}
