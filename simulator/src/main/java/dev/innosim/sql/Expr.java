package dev.innosim.sql;

import dev.innosim.schema.Value;
import java.util.List;

/**
 * A scalar expression of a WHERE clause, SET list or VALUES row; immutable.
 * Evaluation is done by {@link Eval}.
 */
public sealed interface Expr
    permits Expr.Literal, Expr.Column, Expr.Compare, Expr.Between, Expr.In, Expr.IsNull,
        Expr.And, Expr.Or, Expr.Not, Expr.Arith, Expr.Neg, Expr.ValuesOf, Expr.Now {

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

  enum ArithOp { ADD, SUB, MUL, DIV }

  record Arith(ArithOp op, Expr left, Expr right) implements Expr {}

  record Neg(Expr operand) implements Expr {}

  /** VALUES(col) inside ON DUPLICATE KEY UPDATE. */
  record ValuesOf(String column) implements Expr {}

  /** NOW() / CURRENT_TIMESTAMP: a fixed instant in the simulator (2000-01-01 00:00:00). */
  record Now() implements Expr {}
}
