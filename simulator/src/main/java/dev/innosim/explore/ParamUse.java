package dev.innosim.explore;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.Template;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each parameter of a template is used: the table and column it is compared with (or
 * inserted into), and whether every use is one that value classes describe exactly (equality,
 * range or IN against a column, a literal inserted); found by binding each parameter to a
 * distinct sentinel number and reading the parsed statements. Immutable.
 */
record ParamUse(Template.Param param, Optional<String> table, Optional<String> column, boolean exact, String how) {

  private static final long SENTINEL = 900_000_001L;

  /** The uses of every parameter of {@code t}. */
  static Map<Template.Param, ParamUse> of(Template t) {
    List<Template.Param> params = t.params();
    Map<Template.Param, String> values = new LinkedHashMap<>();
    Map<BigInteger, Template.Param> bySentinel = new HashMap<>();
    for (int i = 0; i < params.size(); i++) {
      values.put(params.get(i), Long.toString(SENTINEL + i));
      bySentinel.put(BigInteger.valueOf(SENTINEL + i), params.get(i));
    }
    Scenario sc = t.instantiate(values);
    Map<Template.Param, ParamUse> out = new LinkedHashMap<>();
    for (Scenario.Step st : sc.steps()) {
      Walker w = new Walker(bySentinel, out);
      w.statement(st.statement());
    }
    for (Template.Param p : params) out.putIfAbsent(p, new ParamUse(p, Optional.empty(), Optional.empty(), false, "not compared with a column"));
    return out;
  }

  /** Collects the uses found in one statement. */
  private static final class Walker {
    final Map<BigInteger, Template.Param> bySentinel;
    final Map<Template.Param, ParamUse> out;
    String table;

    Walker(Map<BigInteger, Template.Param> bySentinel, Map<Template.Param, ParamUse> out) {
      this.bySentinel = bySentinel;
      this.out = out;
    }

    void statement(Statement s) {
      if (s instanceof Statement.Select sel) {
        table = sel.table();
        sel.where().ifPresent(e -> expr(e, true));
        if (sel.limit().isPresent()) nonColumn(sel.limit().get());
      } else if (s instanceof Statement.Update u) {
        table = u.table();
        u.where().ifPresent(e -> expr(e, true));
        for (Statement.Assignment a : u.assignments()) set(a.column(), a.value());
      } else if (s instanceof Statement.Delete d) {
        table = d.table();
        d.where().ifPresent(e -> expr(e, true));
      } else if (s instanceof Statement.Insert ins) {
        table = ins.table();
        for (List<Expr> row : ins.rows()) {
          for (int i = 0; i < row.size(); i++) {
            Optional<String> col = i < ins.columns().size() ? Optional.of(ins.columns().get(i)) : Optional.empty();
            Expr e = row.get(i);
            Optional<Template.Param> p = param(e);
            if (p.isPresent()) {
              record(p.get(), col, col.isPresent(), "inserted into " + table + col.map(c -> "." + c).orElse(" (column " + (i + 1) + ")"));
            } else {
              expr(e, false);
            }
          }
        }
        ins.source().ifPresent(this::statement);
        for (Statement.Assignment a : ins.onDuplicate()) set(a.column(), a.value());
      }
    }

    private void set(String column, Expr value) {
      Optional<Template.Param> p = param(value);
      if (p.isPresent()) record(p.get(), Optional.of(column), true, "assigned to " + table + "." + column);
      else expr(value, false);
    }

    private void nonColumn(long v) {
      Template.Param p = bySentinel.get(BigInteger.valueOf(v));
      if (p != null) record(p, Optional.empty(), false, "a LIMIT");
    }

    private Optional<Template.Param> param(Expr e) {
      if (e instanceof Expr.Literal l && l.value() instanceof Value.Int n) return Optional.ofNullable(bySentinel.get(n.value()));
      return Optional.empty();
    }

    /** Walks a predicate; {@code exact} while the path from the root keeps comparisons exact (AND / OR / NOT). */
    private void expr(Expr e, boolean exact) {
      if (e instanceof Expr.Compare c) {
        compare(c.left(), c.right(), exact);
        compare(c.right(), c.left(), exact);
      } else if (e instanceof Expr.Between b) {
        for (Expr x : List.of(b.low(), b.high())) compare(b.value(), x, exact);
        expr(b.value(), false);
      } else if (e instanceof Expr.In in) {
        for (Expr x : in.list()) compare(in.value(), x, exact);
        expr(in.value(), false);
      } else if (e instanceof Expr.And a) {
        expr(a.left(), exact);
        expr(a.right(), exact);
      } else if (e instanceof Expr.Or o) {
        expr(o.left(), exact);
        expr(o.right(), exact);
      } else if (e instanceof Expr.Not n) {
        expr(n.operand(), exact);
      } else if (e instanceof Expr.Arith a) {
        expr(a.left(), false);
        expr(a.right(), false);
      } else if (e instanceof Expr.Neg n) {
        expr(n.operand(), false);
      } else if (e instanceof Expr.IsNull n) {
        expr(n.value(), false);
      } else {
        Optional<Template.Param> p = param(e);
        p.ifPresent(x -> record(x, Optional.empty(), false, "inside an expression"));
      }
    }

    private void compare(Expr column, Expr other, boolean exact) {
      Optional<Template.Param> p = param(other);
      if (p.isEmpty()) {
        if (!(other instanceof Expr.Column) && !(other instanceof Expr.Literal)) expr(other, false);
        return;
      }
      if (column instanceof Expr.Column c) {
        record(p.get(), Optional.of(c.name()), exact, "compared with " + table + "." + c.name());
      } else if (param(column).isEmpty()) {
        record(p.get(), Optional.empty(), false, "compared with an expression");
      }
    }

    private void record(Template.Param p, Optional<String> column, boolean exact, String how) {
      ParamUse old = out.get(p);
      if (old == null) {
        out.put(p, new ParamUse(p, Optional.of(table), column, exact && column.isPresent(), how));
      } else if (!old.column().equals(column) || !old.table().equals(Optional.of(table))) {
        out.put(p, new ParamUse(p, old.table(), old.column().isPresent() ? old.column() : column, false,
            old.how() + " and " + how));
      } else if (!exact && old.exact()) {
        out.put(p, new ParamUse(p, old.table(), old.column(), false, old.how() + " and " + how));
      }
    }
  }
}
