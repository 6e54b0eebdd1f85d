package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.Value;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SQL forms of issue 14: functions, user variables, subqueries and joins, as parsed and evaluated. */
class SqlFormsTest {

  private static Value eval(String expression) {
    Statement.SetUserVariable s = (Statement.SetUserVariable) SqlParser.parse("SET @v = " + expression);
    return Eval.eval(s.value(), name -> {
      throw new IllegalStateException(name);
    }, null);
  }

  @Test
  void eval_functions_mysqlResults() {
    assertEquals(Value.Int.of(5), eval("IFNULL(NULL, 5)"));
    assertEquals(Value.Int.of(300), eval("COALESCE(NULL, NULL, 300)"));
    assertEquals(Value.Int.of(3), eval("IF(1 > 0, 3, 4)"));
    assertEquals(Value.Null.INSTANCE, eval("NULLIF(2, 2)"));
    assertEquals(new Value.Str("bob-1"), eval("CONCAT('bob', '-', 1)"));
    assertEquals(Value.Null.INSTANCE, eval("CONCAT('a', NULL)"));
    assertEquals(Value.Int.of(4), eval("GREATEST(1, LEAST(5, 4))"));
    assertEquals(Value.Int.of(-1), eval("-7 % 3"));
    assertEquals(Value.Int.of(1), eval("MOD(7, 3)"));
    assertEquals(Value.Int.of(3), eval("10 DIV 3"));
    assertEquals(Value.Null.INSTANCE, eval("10 DIV 0"));
    assertEquals(Value.Int.of(0), eval("CASE WHEN 1 > 2 THEN 1 ELSE 0 END"));
    assertEquals(new Value.Str("b"), eval("CASE 2 WHEN 1 THEN 'a' WHEN 2 THEN 'b' END"));
    assertEquals(Value.Null.INSTANCE, eval("CASE 3 WHEN 1 THEN 'a' END"));
    assertEquals(new Value.Str("AB"), eval("UPPER('ab')"));
    assertEquals(Value.Int.of(7), eval("ABS(-7)"));
  }

  @Test
  void isConstant_foldableExpressions_trueColumnsAndVariablesFalse() {
    assertTrue(Exprs.isConstant(((Statement.SetUserVariable) SqlParser.parse("SET @v = 10 + COALESCE(NULL, 2)")).value()));
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE id = @x + k FOR UPDATE");
    Expr.Compare c = (Expr.Compare) s.where().orElseThrow();
    assertTrue(!Exprs.isConstant(c.right()));
  }

  @Test
  void bind_userVariables_becomeLiterals() {
    Statement st = SqlParser.parse("UPDATE t SET v = @x WHERE k = @x * 15");
    Statement.Update u = (Statement.Update) UserVariables.bind(st, Map.of("x", Value.Int.of(20))::get);
    assertEquals(new Expr.Literal(Value.Int.of(20)), u.assignments().get(0).value());
    Expr.Compare w = (Expr.Compare) u.where().orElseThrow();
    assertEquals(new Expr.Arith(Expr.ArithOp.MUL, new Expr.Literal(Value.Int.of(20)), new Expr.Literal(Value.Int.of(15))), w.right());
  }

  @Test
  void parse_selectWithoutFrom_namesTheSystemVariables() {
    Statement.SelectNoTable s = (Statement.SelectNoTable) SqlParser.parse("SELECT @@transaction_isolation, @x, 1");
    assertEquals(List.of("transaction_isolation"), s.systemVariables());
    Statement.SetIsolation si = (Statement.SetIsolation) SqlParser.parse("SET SESSION tx_isolation = 'READ-COMMITTED'");
    assertEquals(Optional.of("tx_isolation"), si.variable());
  }

  @Test
  void parse_inSubquery_subqueryOfItsTable() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t SET v = 1 WHERE id IN (SELECT t_id FROM u WHERE flag = 1)");
    Expr.InSubquery in = assertInstanceOf(Expr.InSubquery.class, u.where().orElseThrow());
    assertEquals(new Expr.Column("id"), in.value());
    assertEquals("u", in.subquery().table());
    assertEquals(new Expr.Column("t_id"), in.subquery().item());
  }

  @Test
  void parse_correlatedExists_semiJoinOnTheCorrelatedColumn() {
    Statement.Delete d = (Statement.Delete) SqlParser.parse(
        "DELETE FROM t WHERE EXISTS (SELECT 1 FROM u WHERE u.t_id = t.id AND u.flag = 1)");
    Expr.InSubquery in = assertInstanceOf(Expr.InSubquery.class, d.where().orElseThrow());
    assertEquals(new Expr.Column("id"), in.value());
    assertEquals(new Expr.Column("t_id"), in.subquery().item());
    assertEquals(Optional.of(new Expr.Compare(Expr.CmpOp.EQ, new Expr.Column("flag"), new Expr.Literal(Value.Int.of(1)))),
        in.subquery().where());
  }

  @Test
  void parse_scalarMax_aggregateSubquery() {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t SET v = 1 WHERE id = (SELECT MAX(t_id) FROM u)");
    Expr.Compare c = (Expr.Compare) u.where().orElseThrow();
    Expr.ScalarSubquery q = assertInstanceOf(Expr.ScalarSubquery.class, c.right());
    assertEquals(Expr.Aggregate.MAX, q.subquery().aggregate());
  }

  @Test
  void parse_joins_tablesRefsAndQualifiedColumns() {
    Statement.Join s = (Statement.Join) SqlParser.parse("SELECT t.id, x.id FROM u x JOIN t ON t.id = x.t_id WHERE x.flag = 1 FOR UPDATE");
    assertEquals(List.of(new Statement.JoinTable("u", "x"), new Statement.JoinTable("t", "t")), s.tables());
    assertEquals(Statement.LockClause.UPDATE, s.lock());
    assertEquals(List.of("t.id", "x.id"), s.selected());
    Statement.Join u = (Statement.Join) SqlParser.parse("UPDATE t, u SET t.v = 1 WHERE t.id = u.t_id");
    assertEquals(Statement.JoinKind.UPDATE, u.kind());
    assertEquals("t.v", u.assignments().get(0).column());
    Statement.Join d = (Statement.Join) SqlParser.parse("DELETE t FROM u JOIN t ON t.id = u.t_id");
    assertEquals(Optional.of("t"), d.target());
  }
}
