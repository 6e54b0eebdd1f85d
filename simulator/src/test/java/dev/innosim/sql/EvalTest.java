package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalTest {
  private static final Map<String, Value> ROW = Map.of(
      "id", Value.Int.of(20),
      "s", new Value.Str("abc"),
      "num", new Value.Str("20"),
      "n", Value.Null.INSTANCE,
      "dt", new Value.DateTime(LocalDateTime.of(2024, 1, 1, 10, 0)),
      "amount", new Value.Dec(new BigDecimal("12.50")),
      "bin", new Value.Str("abc"));

  private static final RowContext CTX = new RowContext() {
    @Override
    public Value column(String name) {
      return ROW.get(name);
    }

    @Override
    public Value valuesOf(String column) {
      return Value.Int.of(99);
    }

    @Override
    public Collation collation(String column) {
      return column.equals("bin") ? Collation.BIN : Collation.DEFAULT;
    }
  };

  private static Boolean where(String condition) {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE " + condition);
    return Eval.truth(s.where().orElseThrow(), CTX);
  }

  private static Value value(String expr) {
    Statement.Update u = (Statement.Update) SqlParser.parse("UPDATE t SET x = " + expr);
    return Eval.eval(u.assignments().get(0).value(), CTX);
  }

  @Test
  void truth_stringVsNumber_convertsString() {
    assertTrue(where("num = 20"));
    assertTrue(where("'20' = id"));
    assertTrue(where("s = 0"));
    assertTrue(where("'5x' = 5"));
    assertFalse(where("num = 21"));
  }

  @Test
  void truth_stringVsString_columnCollation() {
    assertTrue(where("s = 'ABC  '"));
    assertFalse(where("bin = 'ABC'"));
    assertTrue(where("bin = 'abc '"));
    assertTrue(where("s <> 'abd'"));
  }

  @Test
  void truth_null_threeValued() {
    assertNull(where("n = 1"));
    assertNull(where("n = NULL"));
    assertTrue(where("n <=> NULL"));
    assertFalse(where("id <=> NULL"));
    assertTrue(where("n IS NULL"));
    assertFalse(where("n IS NOT NULL"));
    assertNull(where("NOT (n = 1)"));
    assertFalse(where("n = 1 AND id = 1"));
    assertTrue(where("n = 1 OR id = 20"));
    assertNull(where("n = 1 OR id = 1"));
  }

  @Test
  void truth_inAndBetween_mysqlSemantics() {
    assertTrue(where("id IN (10, 20)"));
    assertNull(where("id IN (10, NULL)"));
    assertNull(where("id NOT IN (10, NULL)"));
    assertTrue(where("id IN (20, NULL)"));
    assertTrue(where("id NOT IN (10, 30)"));
    assertTrue(where("id BETWEEN 10 AND 20"));
    assertFalse(where("id NOT BETWEEN 10 AND 20"));
    assertNull(where("id BETWEEN NULL AND 30"));
    assertFalse(where("id BETWEEN NULL AND 10"));
  }

  @Test
  void truth_datetimeVsString_parsesString() {
    assertTrue(where("dt = '2024-01-01 10:00:00'"));
    assertTrue(where("dt > '2024-01-01'"));
    assertTrue(where("dt < TIMESTAMP '2024-01-02 00:00:00'"));
  }

  @Test
  void eval_arithmetic_mysqlTypes() {
    assertEquals(Value.Int.of(21), value("id + 1"));
    assertEquals(Value.Int.of(-20), value("-id"));
    assertEquals(new Value.Dec(new BigDecimal("13.50")), value("amount + 1"));
    assertEquals(new Value.Dec(new BigDecimal("6.6667")), value("20 / 3"));
    assertTrue(value("id / 0").isNull());
    assertTrue(value("n + 1").isNull());
    assertEquals(Value.Int.of(99), value("VALUES(id)"));
    assertEquals(Eval.NOW, value("NOW()"));
  }

  @Test
  void eval_functionsOfMaps_defaultCollation() {
    Statement.Select s = (Statement.Select) SqlParser.parse("SELECT * FROM t WHERE s = 'ABC'");
    assertTrue(Eval.truth(s.where().orElseThrow(), ROW::get, null));
    assertEquals(Value.Int.of(1), Eval.eval(s.where().orElseThrow(), ROW::get, null));
  }
}
