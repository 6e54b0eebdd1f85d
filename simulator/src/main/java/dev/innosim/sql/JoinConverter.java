package dev.innosim.sql;

import dev.innosim.schema.Value;
import dev.innosim.sql.DmlParser.Locking;
import dev.innosim.sql.Statement.Assignment;
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

/** Converts a two-table join (SELECT, multi-table UPDATE or DELETE) for {@link Converter}; one per statement. */
final class JoinConverter {
  private final Converter c;

  JoinConverter(Converter c) {
    this.c = c;
  }

  /** Two tables joined by an inner JOIN ... ON or a comma; sets {@link #joinTables}. */
  private Optional<Expr> tables(net.sf.jsqlparser.statement.select.FromItem first, List<net.sf.jsqlparser.statement.select.Join> joins,
                                    String offending) {
    if (!(first instanceof Table a)) throw c.unsupported("derived table in a join", first.toString());
    if (joins.size() != 1) throw c.unsupported("join of more than two tables", offending);
    net.sf.jsqlparser.statement.select.Join j = joins.get(0);
    if (j.isLeft() || j.isRight() || j.isFull() || j.isOuter() || j.isNatural() || j.isCross() || j.isStraight()
        || j.isSemi() || j.isApply() || (j.getUsingColumns() != null && !j.getUsingColumns().isEmpty())) {
      throw c.unsupported("join type (only an inner JOIN ... ON or a comma join is modelled)", j.toString());
    }
    if (!(j.getFromItem() instanceof Table b)) throw c.unsupported("derived table in a join", j.toString());
    List<Statement.JoinTable> tables = new ArrayList<>();
    for (Table t : List.of(a, b)) {
      if (t.getSchemaName() != null) throw c.unsupported("qualified table name", t.getFullyQualifiedName());
      if (t.getIndexHint() != null) throw c.unsupported("index hint in a join", t.getIndexHint().toString());
      String name = Converter.unquoteTable(t.getName());
      tables.add(new Statement.JoinTable(name, t.getAlias() == null ? name : Converter.unquoteTable(t.getAlias().getName())));
    }
    if (tables.get(0).ref().equals(tables.get(1).ref())) {
      throw new SqlException("not unique table/alias: '" + tables.get(0).ref() + "' (error 1066)");
    }
    c.joinTables = tables;
    Optional<Expr> on = Optional.empty();
    if (j.getOnExpressions() != null && !j.getOnExpressions().isEmpty()) {
      Expr cond = null;
      for (Expression e : j.getOnExpressions()) cond = cond == null ? c.expr(e) : new Expr.And(cond, c.expr(e));
      on = Optional.of(cond);
    }
    return on;
  }

  private static Optional<Expr> and(Optional<Expr> a, Optional<Expr> b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return Optional.of(new Expr.And(a.get(), b.get()));
  }

  Statement.Join select(PlainSelect ps, Optional<IndexHint> hint, Locking locking) {
    if (hint.isPresent()) throw c.unsupported("index hint in a join", c.text);
    if (ps.getGroupBy() != null || ps.getHaving() != null || ps.getOrderByElements() != null || ps.getLimit() != null
        || ps.getDistinct() != null || ps.getOffset() != null) {
      throw c.unsupported("GROUP BY, ORDER BY, LIMIT or DISTINCT in a join", ps.toString());
    }
    Optional<Expr> on = tables(ps.getFromItem(), ps.getJoins(), ps.toString());
    List<String> selected = new ArrayList<>();
    boolean all = false;
    for (SelectItem<?> item : ps.getSelectItems()) {
      Expression e = item.getExpression();
      if (e instanceof AllColumns ac && !(e instanceof net.sf.jsqlparser.statement.select.AllTableColumns)) {
        all = true;
      } else if (e instanceof net.sf.jsqlparser.statement.select.AllTableColumns atc) {
        selected.add(c.joinRef(Converter.unquoteTable(atc.getTable().getName()), atc.toString()) + ".*");
      } else {
        Exprs.columns(c.expr(e), selected);
      }
    }
    Optional<Expr> where = and(on, Optional.ofNullable(ps.getWhere()).map(c::expr));
    return new Statement.Join(c.text, Statement.JoinKind.SELECT, c.joinTables, where, locking.lock(), locking.waitPolicy(),
        List.of(), Optional.empty(), selected, all);
  }

  Statement.Join update(Update u, Optional<IndexHint> hint) {
    if (hint.isPresent()) throw c.unsupported("index hint in a join", c.text);
    if (u.isModifierIgnore() || u.getModifierPriority() != null || u.getOrderByElements() != null || u.getLimit() != null
        || u.getReturningClause() != null) {
      throw c.unsupported("IGNORE, priority, ORDER BY or LIMIT in a multi-table UPDATE", u.toString());
    }
    Optional<Expr> on = tables(u.getTable(), u.getStartJoins(), u.toString());
    List<Assignment> sets = c.assignments(u.getUpdateSets());
    Optional<Expr> where = and(on, Optional.ofNullable(u.getWhere()).map(c::expr));
    return new Statement.Join(c.text, Statement.JoinKind.UPDATE, c.joinTables, where, LockClause.NONE, WaitPolicy.WAIT,
        sets, Optional.empty(), List.of(), false);
  }

  Statement.Join delete(Delete d, Optional<IndexHint> hint) {
    if (hint.isPresent()) throw c.unsupported("index hint in a join", c.text);
    if (d.isModifierIgnore() || d.isModifierQuick() || d.getModifierPriority() != null || d.getOrderByElements() != null
        || d.getLimit() != null || d.getReturningClause() != null) {
      throw c.unsupported("IGNORE, QUICK, priority, ORDER BY or LIMIT in a multi-table DELETE", d.toString());
    }
    if (d.getTables().size() != 1) throw c.unsupported("DELETE from more than one table", d.toString());
    Optional<Expr> on = tables(d.getTable(), d.getJoins(), d.toString());
    Table target = d.getTables().get(0);
    String ref = c.joinRef(Converter.unquoteTable(target.getName()), d.toString());
    Optional<Expr> where = and(on, Optional.ofNullable(d.getWhere()).map(c::expr));
    return new Statement.Join(c.text, Statement.JoinKind.DELETE, c.joinTables, where, LockClause.NONE, WaitPolicy.WAIT,
        List.of(), Optional.of(ref), List.of(), false);
  }
}
