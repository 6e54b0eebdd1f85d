package dev.innosim.sql;

import dev.innosim.schema.Value;
import java.util.List;
import java.util.Optional;

/**
 * A scalar expression of a WHERE clause, SET list or VALUES row; immutable.
 * Evaluation is done by {@link Eval}.
 */
public sealed interface Expr
    permits Expr.Literal, Expr.Column, Expr.Compare, Expr.Between, Expr.In, Expr.IsNull,
        Expr.And, Expr.Or, Expr.Not, Expr.Arith, Expr.Neg, Expr.ValuesOf, Expr.Now, Expr.Call, Expr.Case,
        Expr.UserVar, Expr.InSubquery, Expr.ScalarSubquery, Expr.OuterColumn, Expr.Probe {

  /** A constant. Strings stay strings: comparing a string column with an Int literal is a type conversion. */
  record Literal(Value value) implements Expr {}

  /** A column of the statement's single table, name lower-cased. */
  record Column(String name) implements Expr {}

  enum CmpOp { EQ, NE, LT, LE, GT, GE, NULL_SAFE_EQ }

  record Compare(CmpOp op, Expr left, Expr right) implements Expr {}

  record Between(Expr value, Expr low, Expr high, boolean negated) implements Expr {}

  record In(Expr value, List<Expr> list, boolean negated) implements Expr {
    public In { list = List.copyOf(list); }
  }

  record IsNull(Expr value, boolean negated) implements Expr {}

  record And(Expr left, Expr right) implements Expr {}

  record Or(Expr left, Expr right) implements Expr {}

  record Not(Expr operand) implements Expr {}

  /** {@code +}, {@code -}, {@code *}, {@code /}, {@code %} / MOD, DIV (integer division). */
  enum ArithOp { ADD, SUB, MUL, DIV, MOD, INT_DIV }

  record Arith(ArithOp op, Expr left, Expr right) implements Expr {}

  record Neg(Expr operand) implements Expr {}

  /** VALUES(col) inside ON DUPLICATE KEY UPDATE. */
  record ValuesOf(String column) implements Expr {}

  /** NOW() / CURRENT_TIMESTAMP: a fixed instant in the simulator (2000-01-01 00:00:00). */
  record Now() implements Expr {}

  /** A built-in function of {@link Functions#NAMES} (name upper-cased) applied to its arguments. */
  record Call(String name, List<Expr> args) implements Expr {
    public Call { args = List.copyOf(args); }
  }

  /**
   * {@code CASE [operand] WHEN w THEN t ... [ELSE e] END}: without an operand each {@code when} is
   * a condition; without ELSE the value is NULL.
   */
  record Case(Optional<Expr> operand, List<Expr> whens, List<Expr> thens, Optional<Expr> otherwise) implements Expr {
    public Case {
      whens = List.copyOf(whens);
      thens = List.copyOf(thens);
    }
  }

  /** A user variable {@code @name} (name lower-cased); bound to its session value before the statement runs. */
  record UserVar(String name) implements Expr {}

  /** What a subquery computes from the rows it reads. */
  enum Aggregate { NONE, MAX, MIN, COUNT }

  /**
   * {@code SELECT item FROM table [WHERE where]} inside a condition: one table, no join; {@code item}
   * is a column of that table (NONE) or the argument of MAX / MIN ({@code COUNT(*)}: a literal).
   * Its WHERE names its own table's columns; it may not name the outer statement's.
   */
  record Subquery(String table, Optional<Expr> where, Expr item, Aggregate aggregate) {}

  /**
   * {@code value IN (SELECT ...)}, also a correlated {@code EXISTS (SELECT ... WHERE inner = outer
   * AND ...)} rewritten as {@code outer IN (SELECT inner ... WHERE ...)}.
   */
  record InSubquery(Expr value, Subquery subquery) implements Expr {}

  /** {@code (SELECT ...)} used as a value: its single row's item, NULL when it returns no row. */
  record ScalarSubquery(Subquery subquery) implements Expr {}

  /** Inside a subquery: a column of the outer statement's table (only as the correlation of EXISTS). */
  record OuterColumn(String name) implements Expr {}

  /**
   * A condition the optimizer cannot use to choose the access path: a materialised subquery's
   * values probed row by row (MariaDB scans the outer table and tests each row).
   */
  record Probe(Expr condition) implements Expr {}
}
