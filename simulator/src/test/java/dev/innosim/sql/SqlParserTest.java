package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr.CmpOp;
import dev.innosim.sql.Statement.IndexHint;
import dev.innosim.sql.Statement.LockClause;
import dev.innosim.sql.Statement.WaitPolicy;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlParserTest {

  private static Expr col(String n) {
    return new Expr.Column(n);
  }

  private static Expr lit(long v) {
    return new Expr.Literal(Value.Int.of(v));
  }

  private static Expr str(String s) {
    return new Expr.Literal(new Value.Str(s));
  }

  private static Expr eq(Expr l, Expr r) {
    return new Expr.Compare(CmpOp.EQ, l, r);
  }

  // ------------------------------------------------------------ transaction control

  @ParameterizedTest
  @ValueSource(strings = {"BEGIN", "begin;", "BEGIN WORK", "START TRANSACTION", "start transaction read write;"})
  void parse_begin_givesBeginWithoutSnapshot(String sql) {
    Statement.Begin b = assertInstanceOf(Statement.Begin.class, SqlParser.parse(sql));
    assertFalse(b.consistentSnapshot());
    assertFalse(b.readOnly());
  }

  @Test
  void parse_startTransactionWithConsistentSnapshot_setsFlag() {
    Statement.Begin b = (Statement.Begin) SqlParser.parse("START TRANSACTION WITH CONSISTENT SNAPSHOT;");
    assertTrue(b.consistentSnapshot());
    assertEquals("START TRANSACTION WITH CONSISTENT SNAPSHOT", b.text());
  }

  @Test
  void parse_startTransactionSnapshotReadOnly_setsBothFlags() {
    Statement.Begin b = (Statement.Begin) SqlParser.parse("START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY");
    assertTrue(b.consistentSnapshot());
    assertTrue(b.readOnly());
  }

  @ParameterizedTest
  @ValueSource(strings = {"COMMIT", "commit work;", "COMMIT ;"})
  void parse_commit_givesCommit(String sql) {
    assertInstanceOf(Statement.Commit.class, SqlParser.parse(sql));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ROLLBACK", "rollback work;"})
  void parse_rollback_givesRollback(String sql) {
    assertInstanceOf(Statement.Rollback.class, SqlParser.parse(sql));
  }

  @Test
  void parse_setSessionIsolation_isNotNextTransactionOnly() {
    Statement.SetIsolation s = (Statement.SetIsolation) SqlParser.parse("SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED");
    assertEquals(IsolationLevel.READ_COMMITTED, s.level());
    assertFalse(s.nextTransactionOnly());
  }

  @Test
  void parse_setTransactionWithoutScope_isNextTransactionOnly() {
    Statement.SetIsolation s = (Statement.SetIsolation) SqlParser.parse("set transaction isolation level serializable");
    assertEquals(IsolationLevel.SERIALIZABLE, s.level());
    assertTrue(s.nextTransactionOnly());
  }

  @Test
  void parse_setIsolationAllLevels_recognized() {
    assertEquals(IsolationLevel.READ_UNCOMMITTED,
        ((Statement.SetIsolation) SqlParser.parse("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED")).level());
    assertEquals(IsolationLevel.REPEATABLE_READ,
        ((Statement.SetIsolation) SqlParser.parse("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ")).level());
  }

  @Test
  void parse_setTransactionIsolationVariable_givesSessionIsolation() {
    Statement.SetIsolation s = (Statement.SetIsolation) SqlParser.parse("SET SESSION transaction_isolation = 'READ-COMMITTED'");
    assertEquals(IsolationLevel.READ_COMMITTED, s.level());
    assertFalse(s.nextTransactionOnly());
    assertEquals(IsolationLevel.REPEATABLE_READ,
        ((Statement.SetIsolation) SqlParser.parse("SET @@tx_isolation='REPEATABLE-READ'")).level());
  }

  @Test
  void parse_setSessionVariable_givesNameAndValue() {
    Statement.SetVariable s = (Statement.SetVariable) SqlParser.parse("SET SESSION innodb_lock_wait_timeout=1;");
    assertEquals("innodb_lock_wait_timeout", s.name());
    assertEquals("1", s.value());
  }

  @Test
  void parse_setVariableForms_allAccepted() {
    assertEquals("50", ((Statement.SetVariable) SqlParser.parse("SET innodb_lock_wait_timeout := 50")).value());
    assertEquals("3", ((Statement.SetVariable) SqlParser.parse("SET @@session.innodb_lock_wait_timeout = 3")).value());
    assertEquals("3", ((Statement.SetVariable) SqlParser.parse("SET @@innodb_lock_wait_timeout = 3")).value());
    assertEquals("index_merge_intersection=off",
        ((Statement.SetVariable) SqlParser.parse("SET SESSION optimizer_switch = 'index_merge_intersection=off';")).value());
  }

  @Test
  void parse_setBooleanVariable_normalizedToOneOrZero() {
    assertEquals("0", ((Statement.SetVariable) SqlParser.parse("SET autocommit = OFF")).value());
    assertEquals("1", ((Statement.SetVariable) SqlParser.parse("SET autocommit=1")).value());
    assertEquals("0", ((Statement.SetVariable) SqlParser.parse("SET foreign_key_checks = 0")).value());
    assertEquals("1", ((Statement.SetVariable) SqlParser.parse("set session UNIQUE_CHECKS = on")).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"DO SLEEP(1)", "do sleep(2);", "SELECT SLEEP(0.5)"})
  void parse_sleep_givesSleepSeconds(String sql) {
    Statement.Sleep s = assertInstanceOf(Statement.Sleep.class, SqlParser.parse(sql));
    assertTrue(s.seconds() > 0);
  }

  // ------------------------------------------------------------ SELECT

  @Test
  void parse_plainSelect_noLockNoHint() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE id=20;");
    assertEquals("t", s.table());
    assertEquals(List.of(), s.columns());
    assertTrue(s.selectsOnlyColumns());
    assertEquals(Optional.of(eq(col("id"), lit(20))), s.where());
    assertEquals(LockClause.NONE, s.lock());
    assertEquals(WaitPolicy.WAIT, s.waitPolicy());
    assertEquals(Optional.empty(), s.hint());
    assertEquals(List.of("id"), s.referencedColumns());
    assertEquals("SELECT * FROM t WHERE id=20", s.text());
  }

  @Test
  void parse_forUpdate_setsUpdateLock() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE id = 12 FOR UPDATE");
    assertEquals(LockClause.UPDATE, s.lock());
    assertEquals(WaitPolicy.WAIT, s.waitPolicy());
  }

  @Test
  void parse_lockInShareMode_setsShareLock() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM p WHERE id=2 LOCK IN SHARE MODE;");
    assertEquals(LockClause.SHARE, s.lock());
  }

  @Test
  void parse_lockingClauseVariants_setLockAndPolicy() {
    Statement.Select a = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE id=20 FOR UPDATE NOWAIT");
    assertEquals(WaitPolicy.NOWAIT, a.waitPolicy());
    Statement.Select b = (Statement.Select) SqlParser.parse("SELECT id FROM t FORCE INDEX(PRIMARY) FOR UPDATE SKIP LOCKED");
    assertEquals(WaitPolicy.SKIP_LOCKED, b.waitPolicy());
    assertEquals(LockClause.UPDATE, b.lock());
    Statement.Select c = (Statement.Select) SqlParser.parse("select * from t for share nowait");
    assertEquals(LockClause.SHARE, c.lock());
    assertEquals(WaitPolicy.NOWAIT, c.waitPolicy());
    Statement.Select d = (Statement.Select) SqlParser.parse("SELECT * FROM t LOCK IN SHARE MODE SKIP LOCKED");
    assertEquals(LockClause.SHARE, d.lock());
    assertEquals(WaitPolicy.SKIP_LOCKED, d.waitPolicy());
  }

  @Test
  void parse_forceIndex_givesHint() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT id FROM t FORCE INDEX(idx_k) WHERE k=20 FOR UPDATE;");
    assertEquals(Optional.of(new IndexHint(IndexHint.Kind.FORCE, List.of("idx_k"))), s.hint());
    assertEquals(List.of("id"), s.columns());
    assertEquals(List.of("id", "k"), s.referencedColumns());
    assertEquals(LockClause.UPDATE, s.lock());
  }

  @Test
  void parse_useAndIgnoreKeyHints_recognized() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t USE KEY (idx_a, `PRIMARY`) WHERE a = 1");
    assertEquals(Optional.of(new IndexHint(IndexHint.Kind.USE, List.of("idx_a", "PRIMARY"))), s.hint());
    Statement.Select i = (Statement.Select) SqlParser.parse("SELECT * FROM t AS x IGNORE INDEX FOR JOIN (idx_a) WHERE x.a = 1");
    assertEquals(IndexHint.Kind.IGNORE, i.hint().orElseThrow().kind());
    assertEquals(Optional.of(eq(col("a"), lit(1))), i.where());
  }

  @Test
  void parse_aliasAndBacktickedQualifiedColumns_columnsLowerCasedTableKeepsCase() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT `T`.`Id`, a.V FROM `T` a WHERE `a`.`ID` >= 1 ORDER BY a.id DESC LIMIT 3");
    assertEquals("T", s.table());
    assertEquals(List.of("id", "v"), s.columns());
    assertEquals(List.of(new Statement.OrderBy("id", true)), s.orderBy());
    assertEquals(Optional.of(3L), s.limit());
    assertEquals(Optional.of(new Expr.Compare(CmpOp.GE, col("id"), lit(1))), s.where());
  }

  @Test
  void parse_selectCountStar_notOnlyColumns() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT COUNT(*), MAX(v) FROM t WHERE k = 1 LOCK IN SHARE MODE");
    assertFalse(s.selectsOnlyColumns());
    assertEquals(List.of(), s.columns());
    assertEquals(List.of("v", "k"), s.referencedColumns());
  }

  @Test
  void parse_whereOperators_allConverted() {
    Statement.Select s = (Statement.Select) SqlParser.parse(
        "SELECT * FROM t WHERE a <=> NULL AND b <> 1 AND c != 2 AND d < 3 AND e <= 4 AND f > 5 AND g >= 6"
            + " AND h BETWEEN 1 AND 2 AND i NOT BETWEEN 3 AND 4 AND j IN (1, 2) AND k NOT IN ('x')"
            + " AND l IS NULL AND m IS NOT NULL AND NOT (n = 1 OR o = 2)");
    Expr w = s.where().orElseThrow();
    String printed = w.toString();
    for (String part : List.of("NULL_SAFE_EQ", "NE", "LT", "LE", "GT", "GE", "Between", "negated=true", "In[", "IsNull", "Not[", "Or[")) {
      assertTrue(printed.contains(part), part + " missing in " + printed);
    }
  }

  @Test
  void parse_nullSafeEquals_bindsLikeComparison() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE a <=> 1 AND b = 2");
    assertEquals(new Expr.And(new Expr.Compare(CmpOp.NULL_SAFE_EQ, col("a"), lit(1)), eq(col("b"), lit(2))),
        s.where().orElseThrow());
  }

  @Test
  void parse_literals_typedValues() {
    Statement.Select s = (Statement.Select) SqlParser.parse(
        "SELECT * FROM t WHERE a = -5 AND b = 1.50 AND c = 'it''s \\'ok\\'\\n' AND d = \"dq\" AND e = TRUE AND f = FALSE"
            + " AND g = DATE '2024-01-02' AND h = TIMESTAMP '2024-01-02 03:04:05' AND i = NULL AND j = 'a\\%'");
    List<Value> expected = List.of(Value.Int.of(-5), new Value.Dec(new BigDecimal("1.50")), new Value.Str("it's 'ok'\n"),
        new Value.Str("dq"), Value.Int.of(1), Value.Int.of(0), new Value.DateTime(LocalDateTime.of(2024, 1, 2, 0, 0)),
        new Value.DateTime(LocalDateTime.of(2024, 1, 2, 3, 4, 5)), Value.Null.INSTANCE, new Value.Str("a\\%"));
    assertEquals(expected, rightLiterals(s.where().orElseThrow()));
  }

  private static List<Value> rightLiterals(Expr e) {
    List<Value> out = new java.util.ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expr e, List<Value> out) {
    if (e instanceof Expr.And a) {
      collect(a.left(), out);
      collect(a.right(), out);
    } else if (e instanceof Expr.Compare c && c.right() instanceof Expr.Literal l) {
      out.add(l.value());
    }
  }

  @Test
  void parse_arithmetic_convertedWithPrecedence() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t SET v = v + 2 * -x - 6 / 3 WHERE id = -(1)");
    Expr expected = new Expr.Arith(Expr.ArithOp.SUB,
        new Expr.Arith(Expr.ArithOp.ADD, col("v"), new Expr.Arith(Expr.ArithOp.MUL, lit(2), new Expr.Neg(col("x")))),
        new Expr.Arith(Expr.ArithOp.DIV, lit(6), lit(3)));
    assertEquals(expected, u.assignments().get(0).value());
    assertEquals(eq(col("id"), lit(-1)), u.where().orElseThrow());
  }

  // ------------------------------------------------------------ INSERT / REPLACE

  @Test
  void parse_insertMultiRowValues_allRows() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);");
    assertEquals("t", i.table());
    assertEquals(List.of(), i.columns());
    assertEquals(List.of(List.of(lit(1), lit(10)), List.of(lit(2), lit(20)), List.of(lit(3), lit(30))), i.rows());
    assertFalse(i.replace());
    assertFalse(i.ignore());
    assertTrue(i.source().isEmpty());
  }

  @Test
  void parse_insertSingleRowTwoValues_oneRow() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO t VALUES (1, 2)");
    assertEquals(List.of(List.of(lit(1), lit(2))), i.rows());
    Statement.Insert one = (Statement.Insert) SqlParser.parse("INSERT INTO tb VALUES (15)");
    assertEquals(List.of(List.of(lit(15))), one.rows());
    Statement.Insert two = (Statement.Insert) SqlParser.parse("INSERT INTO tb VALUES (10),(20)");
    assertEquals(List.of(List.of(lit(10)), List.of(lit(20))), two.rows());
  }

  @Test
  void parse_insertWithColumns_lowerCasedColumnsTableKeepsCase() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO Users (`Email`, id) VALUES ('a@x', 1)");
    assertEquals("Users", i.table());
    assertEquals(List.of("email", "id"), i.columns());
    assertEquals(List.of(List.of(str("a@x"), lit(1))), i.rows());
  }

  @Test
  void parse_insertIgnore_setsIgnore() {
    assertTrue(((Statement.Insert) SqlParser.parse("INSERT IGNORE INTO t VALUES (1)")).ignore());
  }

  @Test
  void parse_insertSet_givesColumnsAndOneRow() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO t SET a = 1, b = 'x'");
    assertEquals(List.of("a", "b"), i.columns());
    assertEquals(List.of(List.of(lit(1), str("x"))), i.rows());
  }

  @Test
  void parse_replace_setsReplace() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse(
        "REPLACE INTO biz_credit_order_info (order_id, vx_order_id, withdraw_time) VALUES ('o1', 'vx1', '2024-01-02 09:00:00');");
    assertTrue(i.replace());
    assertEquals("biz_credit_order_info", i.table());
    assertEquals(3, i.columns().size());
    assertTrue(i.text().startsWith("REPLACE INTO"));
  }

  @Test
  void parse_onDuplicateKeyUpdate_givesAssignmentsWithValuesOf() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse(
        "INSERT INTO um (user_id, book_id, chapter_id) VALUES ('u1', 10, 2), ('u1', 20, 2)"
            + " ON DUPLICATE KEY UPDATE chapter_id = VALUES(chapter_id), progress = progress + 1");
    assertEquals(List.of(
        new Statement.Assignment("chapter_id", new Expr.ValuesOf("chapter_id")),
        new Statement.Assignment("progress", new Expr.Arith(Expr.ArithOp.ADD, col("progress"), lit(1)))), i.onDuplicate());
    assertEquals(2, i.rows().size());
  }

  @Test
  void parse_insertSelect_givesSourceSelectWithHint() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO t2 SELECT id, v FROM t FORCE INDEX(PRIMARY) WHERE id <= 20;");
    assertEquals("t2", i.table());
    assertTrue(i.rows().isEmpty());
    Statement.Select src = i.source().orElseThrow();
    assertEquals("t", src.table());
    assertEquals(List.of("id", "v"), src.columns());
    assertEquals(Optional.of(new IndexHint(IndexHint.Kind.FORCE, List.of("PRIMARY"))), src.hint());
    assertEquals("SELECT id, v FROM t FORCE INDEX(PRIMARY) WHERE id <= 20", src.text());
  }

  @Test
  void parse_insertSelectForUpdate_lockOnSource() {
    Statement.Insert i = (Statement.Insert) SqlParser.parse("INSERT INTO a (v) SELECT v FROM t WHERE id > 1 FOR UPDATE");
    assertEquals(List.of("v"), i.columns());
    assertEquals(LockClause.UPDATE, i.source().orElseThrow().lock());
  }

  // ------------------------------------------------------------ UPDATE / DELETE

  @Test
  void parse_update_setWhereOrderLimit() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t SET v = 1, k = k + 1 WHERE id IN (10,30) ORDER BY id DESC LIMIT 1");
    assertEquals("t", u.table());
    assertEquals(List.of("v", "k"), u.assignments().stream().map(Statement.Assignment::column).toList());
    assertEquals(new Expr.In(col("id"), List.of(lit(10), lit(30)), false), u.where().orElseThrow());
    assertEquals(List.of(new Statement.OrderBy("id", true)), u.orderBy());
    assertEquals(Optional.of(1L), u.limit());
  }

  @Test
  void parse_updateWithForceIndex_givesHint() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t FORCE INDEX (idx_k) SET v=1 WHERE k=20");
    assertEquals(Optional.of(new IndexHint(IndexHint.Kind.FORCE, List.of("idx_k"))), u.hint());
  }

  @Test
  void parse_delete_whereOrderLimit() {
    Statement.Delete d = (Statement.Delete) SqlParser.parse("DELETE FROM tb WHERE order_id = 15 ORDER BY order_id LIMIT 2;");
    assertEquals("tb", d.table());
    assertEquals(eq(col("order_id"), lit(15)), d.where().orElseThrow());
    assertEquals(List.of(new Statement.OrderBy("order_id", false)), d.orderBy());
    assertEquals(Optional.of(2L), d.limit());
  }

  @Test
  void parse_deleteWithForceIndex_givesHint() {
    Statement.Delete d = (Statement.Delete) SqlParser.parse("DELETE FROM t FORCE INDEX (idx_k) WHERE k=20 ORDER BY id LIMIT 2");
    assertEquals(Optional.of(new IndexHint(IndexHint.Kind.FORCE, List.of("idx_k"))), d.hint());
    assertEquals(Optional.of(2L), d.limit());
  }

  @Test
  void parse_deleteWithoutWhere_emptyWhere() {
    Statement.Delete d = (Statement.Delete) SqlParser.parse("delete from T");
    assertEquals("T", d.table());
    assertTrue(d.where().isEmpty());
  }

  @Test
  void parse_multiLineStatementWithComments_parsed() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t /* note */\n  SET v = 2 -- why\n  WHERE id = 1 # end");
    assertEquals(eq(col("id"), lit(1)), u.where().orElseThrow());
  }

  @Test
  void parse_decimalLiteral_keepsScale() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE amount = 12.50");
    assertEquals(eq(col("amount"), new Expr.Literal(new Value.Dec(new BigDecimal("12.50")))), s.where().orElseThrow());
  }
}
