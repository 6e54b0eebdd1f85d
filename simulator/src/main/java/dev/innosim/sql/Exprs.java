package dev.innosim.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Structural walks over {@link Expr} trees (children, rewriting, constancy); stateless. */
public final class Exprs {
  private Exprs() {}

  /** The direct sub-expressions of an expression, left to right. */
  public static List<Expr> children(Expr e) {
    if (e instanceof Expr.Compare c) return List.of(c.left(), c.right());
    if (e instanceof Expr.Between b) return List.of(b.value(), b.low(), b.high());
    if (e instanceof Expr.In in) {
      List<Expr> out = new ArrayList<>();
      out.add(in.value());
      out.addAll(in.list());
      return out;
    }
    if (e instanceof Expr.IsNull n) return List.of(n.value());
    if (e instanceof Expr.And a) return List.of(a.left(), a.right());
    if (e instanceof Expr.Or o) return List.of(o.left(), o.right());
    if (e instanceof Expr.Not n) return List.of(n.operand());
    if (e instanceof Expr.Arith a) return List.of(a.left(), a.right());
    if (e instanceof Expr.Neg n) return List.of(n.operand());
    if (e instanceof Expr.Call c) return c.args();
    if (e instanceof Expr.InSubquery in) return List.of(in.value());
    if (e instanceof Expr.Probe p) return List.of(p.condition());
    if (e instanceof Expr.Case c) {
      List<Expr> out = new ArrayList<>();
      c.operand().ifPresent(out::add);
      for (int i = 0; i < c.whens().size(); i++) {
        out.add(c.whens().get(i));
        out.add(c.thens().get(i));
      }
      c.otherwise().ifPresent(out::add);
      return out;
    }
    return List.of();
  }

  /**
   * The expression with {@code f} applied bottom-up: every node is rebuilt from its rewritten
   * children, then passed to {@code f}.
   */
  public static Expr map(Expr e, UnaryOperator<Expr> f) {
    Expr rebuilt;
    if (e instanceof Expr.Compare c) {
      rebuilt = new Expr.Compare(c.op(), map(c.left(), f), map(c.right(), f));
    } else if (e instanceof Expr.Between b) {
      rebuilt = new Expr.Between(map(b.value(), f), map(b.low(), f), map(b.high(), f), b.negated());
    } else if (e instanceof Expr.In in) {
      rebuilt = new Expr.In(map(in.value(), f), in.list().stream().map(x -> map(x, f)).toList(), in.negated());
    } else if (e instanceof Expr.IsNull n) {
      rebuilt = new Expr.IsNull(map(n.value(), f), n.negated());
    } else if (e instanceof Expr.And a) {
      rebuilt = new Expr.And(map(a.left(), f), map(a.right(), f));
    } else if (e instanceof Expr.Or o) {
      rebuilt = new Expr.Or(map(o.left(), f), map(o.right(), f));
    } else if (e instanceof Expr.Not n) {
      rebuilt = new Expr.Not(map(n.operand(), f));
    } else if (e instanceof Expr.Arith a) {
      rebuilt = new Expr.Arith(a.op(), map(a.left(), f), map(a.right(), f));
    } else if (e instanceof Expr.Neg n) {
      rebuilt = new Expr.Neg(map(n.operand(), f));
    } else if (e instanceof Expr.InSubquery in) {
      rebuilt = new Expr.InSubquery(map(in.value(), f), in.subquery());
    } else if (e instanceof Expr.Probe p) {
      rebuilt = new Expr.Probe(map(p.condition(), f));
    } else if (e instanceof Expr.Call c) {
      rebuilt = new Expr.Call(c.name(), c.args().stream().map(x -> map(x, f)).toList());
    } else if (e instanceof Expr.Case c) {
      rebuilt = new Expr.Case(c.operand().map(x -> map(x, f)), c.whens().stream().map(x -> map(x, f)).toList(),
          c.thens().stream().map(x -> map(x, f)).toList(), c.otherwise().map(x -> map(x, f)));
    } else {
      rebuilt = e;
    }
    return f.apply(rebuilt);
  }

  /**
   * True when the expression reads no row and no variable: the optimizer folds it into one value
   * before it chooses the access path ({@code id = 10 + 10} is a unique lookup on 20,
   * {@code k = COALESCE(NULL, 300)} a ref on 300: sql14-functions-*, both servers).
   */
  public static boolean isConstant(Expr e) {
    if (e instanceof Expr.Column || e instanceof Expr.ValuesOf || e instanceof Expr.UserVar
        || e instanceof Expr.InSubquery || e instanceof Expr.ScalarSubquery || e instanceof Expr.OuterColumn) {
      return false;
    }
    for (Expr c : children(e)) if (!isConstant(c)) return false;
    return true;
  }

  /** The subqueries of an expression, left to right (not those nested inside a subquery). */
  public static List<Expr.Subquery> subqueries(Expr e) {
    List<Expr.Subquery> out = new ArrayList<>();
    collectSubqueries(e, out);
    return out;
  }

  private static void collectSubqueries(Expr e, List<Expr.Subquery> out) {
    if (e instanceof Expr.ScalarSubquery s) {
      out.add(s.subquery());
      return;
    }
    for (Expr c : children(e)) collectSubqueries(c, out);
    if (e instanceof Expr.InSubquery in) out.add(in.subquery());
  }

  /** Every column an expression names, in first-seen order, into {@code into}. */
  public static void columns(Expr e, java.util.Collection<String> into) {
    if (e instanceof Expr.Column c) {
      into.add(c.name());
      return;
    }
    if (e instanceof Expr.ValuesOf v) return;
    for (Expr c : children(e)) columns(c, into);
  }
}
