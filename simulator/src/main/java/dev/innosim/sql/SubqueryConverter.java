package dev.innosim.sql;

import dev.innosim.schema.Value;
import dev.innosim.sql.DmlParser.Locking;
import dev.innosim.sql.Statement.IndexHint;
import dev.innosim.sql.Statement.LockClause;
import dev.innosim.sql.Statement.WaitPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.update.Update;

/** Converts the subqueries of a condition (IN, EXISTS, scalar) for {@link Converter}; stateless. */
final class SubqueryConverter {
  private SubqueryConverter() {}

  /**
   * A subquery of a condition: one table, no join, GROUP BY, ORDER BY or LIMIT; its item a column,
   * MAX / MIN of a column, or COUNT(*). {@code correlated}: it may name the outer table's columns
   * (EXISTS), else an outer column is unsupported.
   */
  static Expr.Subquery subquery(Converter c, net.sf.jsqlparser.statement.select.ParenthesedSelect ps, boolean correlated) {
    if (!(ps.getSelect() instanceof PlainSelect sel)) throw c.unsupported("compound subquery", ps.toString());
    if (!(sel.getFromItem() instanceof Table from)) throw c.unsupported("subquery without a table", ps.toString());
    if ((sel.getJoins() != null && !sel.getJoins().isEmpty()) || sel.getGroupBy() != null || sel.getHaving() != null
        || sel.getOrderByElements() != null || sel.getLimit() != null || sel.getDistinct() != null
        || (sel.getWithItemsList() != null && !sel.getWithItemsList().isEmpty())
        || sel.getForMode() != null || from.getIndexHint() != null) {
      throw c.unsupported("subquery with a join, GROUP BY, ORDER BY, LIMIT, DISTINCT, hint or locking clause", ps.toString());
    }
    if (sel.getSelectItems().size() != 1) throw c.unsupported("subquery with more than one column", ps.toString());
    Converter sub = new Converter(c.text, c.longStrings);
    sub.setTable(from);
    sub.outerTable = c.table;
    sub.outerAlias = c.alias;
    Expression item = sel.getSelectItems().get(0).getExpression();
    Expr.Aggregate agg = Expr.Aggregate.NONE;
    Expr value;
    if (item instanceof Function f && f.getParameters() != null && f.getParameters().size() == 1
        && (f.getName().equalsIgnoreCase("MAX") || f.getName().equalsIgnoreCase("MIN")) && !f.isDistinct()) {
      agg = f.getName().equalsIgnoreCase("MAX") ? Expr.Aggregate.MAX : Expr.Aggregate.MIN;
      value = sub.expr(f.getParameters().get(0));
    } else if (item instanceof Function f && f.getName().equalsIgnoreCase("COUNT") && f.isAllColumns()) {
      agg = Expr.Aggregate.COUNT;
      value = Converter.lit(Value.Int.of(1));
    } else if (item instanceof Function f && isAggregate(f.getName())) {
      throw c.unsupported("aggregate in a subquery", item.toString());
    } else {
      value = sub.expr(item);
    }
    Optional<Expr> where = Optional.ofNullable(sel.getWhere()).map(sub::expr);
    if (!correlated && (where.map(SubqueryConverter::namesOuter).orElse(false) || namesOuter(value))) {
      throw c.unsupported("correlated subquery (only EXISTS with one equality to the outer table is modelled)", ps.toString());
    }
    return new Expr.Subquery(sub.table, where, value, agg);
  }

  private static boolean isAggregate(String name) {
    return java.util.Set.of("SUM", "AVG", "COUNT", "GROUP_CONCAT", "MAX", "MIN", "BIT_AND", "BIT_OR", "STD")
        .contains(name.toUpperCase(Locale.ROOT));
  }

  private static boolean namesOuter(Expr e) {
    if (e instanceof Expr.OuterColumn) return true;
    for (Expr c : Exprs.children(e)) if (namesOuter(c)) return true;
    return false;
  }

  /**
   * {@code EXISTS (SELECT ... FROM u WHERE u.c = outer.c AND rest)}: the semi-join
   * {@code outer.c IN (SELECT u.c FROM u WHERE rest)} both servers execute it as.
   */
  static Expr exists(Converter c, net.sf.jsqlparser.expression.operators.relational.ExistsExpression ex) {
    if (ex.isNot()) throw c.unsupported("NOT EXISTS", ex.toString());
    if (!(ex.getRightExpression() instanceof net.sf.jsqlparser.statement.select.ParenthesedSelect ps)) {
      throw c.unsupported("EXISTS", ex.toString());
    }
    Expr.Subquery sub = subquery(c, ps, true);
    List<Expr> conjuncts = new ArrayList<>();
    sub.where().ifPresent(w -> conjuncts(w, conjuncts));
    Expr.Column inner = null;
    Expr.OuterColumn outer = null;
    List<Expr> rest = new ArrayList<>();
    for (Expr x : conjuncts) {
      if (inner == null && x instanceof Expr.Compare cmp && cmp.op() == Expr.CmpOp.EQ) {
        if (cmp.left() instanceof Expr.Column l && cmp.right() instanceof Expr.OuterColumn r) {
          inner = l;
          outer = r;
          continue;
        }
        if (cmp.right() instanceof Expr.Column l && cmp.left() instanceof Expr.OuterColumn r) {
          inner = l;
          outer = r;
          continue;
        }
      }
      rest.add(x);
    }
    if (inner == null || rest.stream().anyMatch(SubqueryConverter::namesOuter)) {
      throw c.unsupported("EXISTS that is not correlated by exactly one equality to the outer table", ex.toString());
    }
    Optional<Expr> where = rest.stream().reduce(Expr.And::new);
    return new Expr.InSubquery(new Expr.Column(outer.name()), new Expr.Subquery(sub.table(), where, inner, Expr.Aggregate.NONE));
  }

  private static void conjuncts(Expr e, List<Expr> out) {
    if (e instanceof Expr.And a) {
      conjuncts(a.left(), out);
      conjuncts(a.right(), out);
    } else {
      out.add(e);
    }
  }
}
