package dev.innosim.sql;

import dev.innosim.schema.Collation;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;

/**
 * Evaluates an {@link Expr} against a row with MySQL's semantics; stateless.
 *
 * <p>Comparisons with NULL are UNKNOWN (Java {@code null}) except {@code <=>}; a string compared
 * with a number is read as a number ({@code '20' = 20} is true, {@code 'abc' = 0} is true); two
 * strings compare under the collation of the column involved (binary wins when two columns
 * differ); a datetime compared with a string parses the string. Boolean results are the integers
 * 1 and 0, as in MySQL. Division by zero gives NULL; {@code a / b} has the scale of {@code a} plus 4.
 */
public final class Eval {
  private Eval() {}

  /** NOW() in the simulator. */
  public static final Value NOW = Values.NOW;

  /** The value of an expression. */
  public static Value eval(Expr e, RowContext row) {
    if (e instanceof Expr.Literal l) return l.value();
    if (e instanceof Expr.Column c) return row.column(c.name());
    if (e instanceof Expr.ValuesOf v) return row.valuesOf(v.column());
    if (e instanceof Expr.Now) return NOW;
    if (e instanceof Expr.Arith a) return arith(a.op(), eval(a.left(), row), eval(a.right(), row));
    if (e instanceof Expr.Neg n) return negate(eval(n.operand(), row));
    if (e instanceof Expr.Call c) return Functions.apply(c.name(), c.args().stream().map(a -> eval(a, row)).toList());
    if (e instanceof Expr.Case c) return caseValue(c, row);
    if (e instanceof Expr.UserVar v) throw new IllegalStateException("user variable @" + v.name() + " not bound");
    if (e instanceof Expr.InSubquery || e instanceof Expr.ScalarSubquery || e instanceof Expr.OuterColumn) {
      throw new IllegalStateException("subquery not materialised: " + e);
    }
    return bool(truth(e, row));
  }

  /** Three-valued truth: TRUE, FALSE, or null for UNKNOWN. */
  public static Boolean truth(Expr e, RowContext row) {
    if (e instanceof Expr.And a) {
      Boolean l = truth(a.left(), row);
      if (Boolean.FALSE.equals(l)) return false;
      Boolean r = truth(a.right(), row);
      if (Boolean.FALSE.equals(r)) return false;
      return l == null || r == null ? null : true;
    }
    if (e instanceof Expr.Or o) {
      Boolean l = truth(o.left(), row);
      if (Boolean.TRUE.equals(l)) return true;
      Boolean r = truth(o.right(), row);
      if (Boolean.TRUE.equals(r)) return true;
      return l == null || r == null ? null : false;
    }
    if (e instanceof Expr.Not n) return not(truth(n.operand(), row));
    if (e instanceof Expr.Probe p) return truth(p.condition(), row);
    if (e instanceof Expr.Compare c) return compare(c.op(), c.left(), c.right(), row);
    if (e instanceof Expr.Between b) {
      Boolean ge = compare(Expr.CmpOp.GE, b.value(), b.low(), row);
      Boolean le = compare(Expr.CmpOp.LE, b.value(), b.high(), row);
      Boolean in = Boolean.FALSE.equals(ge) || Boolean.FALSE.equals(le) ? Boolean.FALSE
          : ge == null || le == null ? null : Boolean.TRUE;
      return b.negated() ? not(in) : in;
    }
    if (e instanceof Expr.In in) {
      Value v = eval(in.value(), row);
      Boolean found = false;
      if (v.isNull()) {
        found = null;
      } else {
        for (Expr x : in.list()) {
          Value item = eval(x, row);
          if (item.isNull()) {
            found = null;
          } else if (Values.sqlCompare(v, item, collation(in.value(), x, row)) == 0) {
            found = true;
            break;
          }
        }
      }
      return in.negated() ? not(found) : found;
    }
    if (e instanceof Expr.IsNull n) return eval(n.value(), row).isNull() != n.negated();
    return Values.truth(eval(e, row));
  }

  /** True only when the expression is TRUE (a WHERE clause keeps the row). */
  public static boolean matches(Expr e, RowContext row) {
    return Boolean.TRUE.equals(truth(e, row));
  }

  /** {@link #eval(Expr, RowContext)} with the default collation for every column. */
  public static Value eval(Expr e, Function<String, Value> column, Function<String, Value> valuesOf) {
    return eval(e, context(column, valuesOf));
  }

  /** {@link #truth(Expr, RowContext)} with the default collation for every column. */
  public static Boolean truth(Expr e, Function<String, Value> column, Function<String, Value> valuesOf) {
    return truth(e, context(column, valuesOf));
  }

  /** A row context from functions; {@code valuesOf} may be null outside ON DUPLICATE KEY UPDATE. */
  public static RowContext context(Function<String, Value> column, Function<String, Value> valuesOf) {
    return new RowContext() {
      @Override
      public Value column(String name) {
        return column.apply(name);
      }

      @Override
      public Value valuesOf(String name) {
        if (valuesOf == null) return RowContext.super.valuesOf(name);
        return valuesOf.apply(name);
      }
    };
  }

  private static Boolean compare(Expr.CmpOp op, Expr left, Expr right, RowContext row) {
    Value l = eval(left, row);
    Value r = eval(right, row);
    if (op == Expr.CmpOp.NULL_SAFE_EQ) {
      if (l.isNull() || r.isNull()) return l.isNull() && r.isNull();
      return Values.sqlCompare(l, r, collation(left, right, row)) == 0;
    }
    if (l.isNull() || r.isNull()) return null;
    int c = Values.sqlCompare(l, r, collation(left, right, row));
    switch (op) {
      case EQ: return c == 0;
      case NE: return c != 0;
      case LT: return c < 0;
      case LE: return c <= 0;
      case GT: return c > 0;
      case GE: return c >= 0;
      default: throw new IllegalStateException("unknown operator " + op);
    }
  }

  /** The collation of the column on either side; binary-er one wins when both are columns. */
  private static Collation collation(Expr left, Expr right, RowContext row) {
    Collation l = left instanceof Expr.Column c ? row.collation(c.name()) : null;
    Collation r = right instanceof Expr.Column c ? row.collation(c.name()) : null;
    if (l == null) return r == null ? Collation.DEFAULT : r;
    if (r == null) return l;
    return l.ordinal() >= r.ordinal() ? l : r;
  }

  /** CASE: the THEN of the first WHEN that is TRUE (or equal to the operand), else ELSE or NULL. */
  private static Value caseValue(Expr.Case c, RowContext row) {
    for (int i = 0; i < c.whens().size(); i++) {
      Expr when = c.whens().get(i);
      boolean hit = c.operand().isPresent()
          ? Boolean.TRUE.equals(compare(Expr.CmpOp.EQ, c.operand().get(), when, row))
          : Boolean.TRUE.equals(truth(when, row));
      if (hit) return eval(c.thens().get(i), row);
    }
    return c.otherwise().map(x -> eval(x, row)).orElse(Value.Null.INSTANCE);
  }

  private static Value arith(Expr.ArithOp op, Value a, Value b) {
    if (a.isNull() || b.isNull()) return Value.Null.INSTANCE;
    if (op == Expr.ArithOp.MOD) return Functions.mod(a, b);
    if (op == Expr.ArithOp.INT_DIV) return Functions.intDiv(a, b);
    BigDecimal x = Values.toNumber(a);
    BigDecimal y = Values.toNumber(b);
    boolean integers = a instanceof Value.Int && b instanceof Value.Int;
    BigDecimal result;
    switch (op) {
      case ADD: result = x.add(y); break;
      case SUB: result = x.subtract(y); break;
      case MUL: result = x.multiply(y); break;
      case DIV:
        if (y.signum() == 0) return Value.Null.INSTANCE;
        return new Value.Dec(x.divide(y, Math.max(0, x.scale()) + 4, RoundingMode.HALF_UP));
      default: throw new IllegalStateException("unknown operator " + op);
    }
    return integers ? new Value.Int(result.toBigIntegerExact()) : new Value.Dec(result);
  }

  private static Value negate(Value v) {
    if (v.isNull()) return v;
    if (v instanceof Value.Int i) return new Value.Int(i.value().negate());
    return new Value.Dec(Values.toNumber(v).negate());
  }

  private static Boolean not(Boolean b) {
    if (b == null) return null;
    return b ? Boolean.FALSE : Boolean.TRUE;
  }

  private static Value bool(Boolean b) {
    return b == null ? Value.Null.INSTANCE : Value.Int.of(b ? 1 : 0);
  }
}
