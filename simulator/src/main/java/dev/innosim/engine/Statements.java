package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.mysql.MySqlError;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Plan;
import dev.innosim.plan.Planner;
import dev.innosim.schema.ColumnDef;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Turns a SELECT, UPDATE, DELETE or INSERT into an executable statement: checks that its tables
 * and columns exist, rejects syntax the profile's server lacks, and plans it once; stateless.
 */
final class Statements {
  private final Services sv;
  private final Catalog catalog;

  Statements(Services sv) {
    this.sv = sv;
    this.catalog = sv.catalog();
  }

  /**
   * Plans a SELECT, UPDATE or DELETE once: the access path for the columns it reads, then its
   * ORDER BY. A descending order the index delivers turns the scans backwards; an order the
   * access path does not deliver makes the server read every row before sorting, so LIMIT no
   * longer stops the scan early (not modelled for UPDATE and DELETE, {@code readOnly} false).
   */
  private Plan plan(Session s, TableRt t, Optional<Expr> where, Optional<Statement.IndexHint> hint,
                             List<String> needed, List<Statement.OrderBy> orderBy, Optional<Long> limit,
                             boolean readOnly) {
    boolean desc = !orderBy.isEmpty() && orderBy.get(0).descending();
    for (Statement.OrderBy o : orderBy) {
      if (o.descending() != desc) throw new EngineException("unsupported: ORDER BY with mixed ASC and DESC");
      checkColumns(t, List.of(o.column()));
    }
    AccessPath p = path(s, t, where, hint, needed);
    if (orderBy.isEmpty() || p instanceof AccessPath.Empty) return new Plan(p, false, limit);
    if (Planner.deliversOrder(p, orderBy.stream().map(Statement.OrderBy::column).toList())) {
      return new Plan(p, desc, limit);
    }
    if (desc && !readOnly) throw new EngineException("unsupported: ORDER BY ... DESC that needs a sort in UPDATE or DELETE");
    if (limit.isPresent() && !readOnly) {
      throw new EngineException("unsupported: ORDER BY ... LIMIT that needs a sort in UPDATE or DELETE");
    }
    return new Plan(p, false, Optional.empty());
  }

  /** The statement as an executable, planned, after checking its tables and columns exist. */
  Exec newExec(Session s, Statement st) {
    Trx trx = s.trx;
    if (st instanceof Statement.Select sel) {
      TableRt t = catalog.table(sel.table());
      checkColumns(t, sel.referencedColumns());
      checkColumns(t, sel.where());
      boolean share = sel.lock() != Statement.LockClause.UPDATE;
      if (sel.waitPolicy() != Statement.WaitPolicy.WAIT && !sv.profile().nowaitSupported()
          || FOR_SHARE.matcher(sel.text()).find() && !sv.profile().forShareSyntax()) {
        return new Exec.Fails(sv, s, trx, st, MySqlError.ER_PARSE_ERROR);
      }
      List<String> needed = neededColumns(t, sel);
      Plan plan = plan(s, t, sel.where(), sel.hint(), needed, sel.orderBy(), sel.limit(), true);
      return new Exec.ScanExec(sv, s, trx, st, t, Exec.ScanExec.Kind.SELECT, share ? LOCK_S : LOCK_X,
          sel.where(), plan, List.of(), needed,
          sel.waitPolicy() == Statement.WaitPolicy.SKIP_LOCKED, sel.waitPolicy() == Statement.WaitPolicy.NOWAIT);
    }
    if (st instanceof Statement.Update u) {
      TableRt t = catalog.table(u.table());
      for (Statement.Assignment a : u.assignments()) {
        checkColumns(t, List.of(a.column()));
        checkColumns(t, a.value());
      }
      checkColumns(t, u.where());
      Plan plan = plan(s, t, u.where(), u.hint(), null, u.orderBy(), u.limit(), false);
      return new Exec.ScanExec(sv, s, trx, st, t, Exec.ScanExec.Kind.UPDATE, LOCK_X, u.where(), plan,
          u.assignments(), null, false, false);
    }
    if (st instanceof Statement.Delete d) {
      TableRt t = catalog.table(d.table());
      checkColumns(t, d.where());
      Plan plan = plan(s, t, d.where(), d.hint(), null, d.orderBy(), d.limit(), false);
      return new Exec.ScanExec(sv, s, trx, st, t, Exec.ScanExec.Kind.DELETE, LOCK_X, d.where(), plan,
          List.of(), null, false, false);
    }
    if (st instanceof Statement.Insert ins) {
      TableRt t = catalog.table(ins.table());
      checkColumns(t, ins.columns());
      for (Statement.Assignment a : ins.onDuplicate()) {
        checkColumns(t, List.of(a.column()));
        checkColumns(t, a.value());
      }
      if (ins.source().isPresent()) {
        Statement.Select src = ins.source().get();
        TableRt st2 = catalog.table(src.table());
        checkColumns(st2, src.referencedColumns());
        checkColumns(st2, src.where());
        List<String> refs = neededColumns(st2, src);
        return new Exec.InsertExec(sv, s, trx, ins, t, st2, path(s, st2, src.where(), src.hint(), refs), refs);
      }
      return new Exec.InsertExec(sv, s, trx, ins, t, null, null, null);
    }
    throw new EngineException("unsupported statement: " + st.text());
  }

  /** {@code FOR SHARE}, which only MySQL 8.0 accepts. */
  private static final java.util.regex.Pattern FOR_SHARE =
      java.util.regex.Pattern.compile("\\bFOR\\s+SHARE\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private void checkColumns(TableRt t, Optional<Expr> e) {
    e.ifPresent(x -> checkColumns(t, x));
  }

  /** Every column an expression names must exist in the table. */
  private void checkColumns(TableRt t, Expr e) {
    if (e instanceof Expr.Column c) {
      checkColumns(t, List.of(c.name()));
    } else if (e instanceof Expr.ValuesOf v) {
      checkColumns(t, List.of(v.column()));
    } else if (e instanceof Expr.Compare c) {
      checkColumns(t, c.left());
      checkColumns(t, c.right());
    } else if (e instanceof Expr.Between b) {
      checkColumns(t, b.value());
      checkColumns(t, b.low());
      checkColumns(t, b.high());
    } else if (e instanceof Expr.In in) {
      checkColumns(t, in.value());
      for (Expr x : in.list()) checkColumns(t, x);
    } else if (e instanceof Expr.IsNull n) {
      checkColumns(t, n.value());
    } else if (e instanceof Expr.And a) {
      checkColumns(t, a.left());
      checkColumns(t, a.right());
    } else if (e instanceof Expr.Or o) {
      checkColumns(t, o.left());
      checkColumns(t, o.right());
    } else if (e instanceof Expr.Not n) {
      checkColumns(t, n.operand());
    } else if (e instanceof Expr.Arith a) {
      checkColumns(t, a.left());
      checkColumns(t, a.right());
    } else if (e instanceof Expr.Neg n) {
      checkColumns(t, n.operand());
    }
  }

  private void checkColumns(TableRt t, List<String> cols) {
    for (String c : cols) {
      if (t.def.columnIndex(c) < 0) throw new EngineException("unknown column '" + c + "' in table '" + t.name() + "'");
    }
  }

  /** The columns a SELECT reads: all for {@code *}, else those it names. */
  private static List<String> neededColumns(TableRt t, Statement.Select sel) {
    if (sel.columns().isEmpty() || !sel.selectsOnlyColumns() && sel.referencedColumns().isEmpty()) {
      return t.def.columns().stream().map(ColumnDef::name).toList();
    }
    return sel.referencedColumns();
  }

  /** The access path for {@code where} on {@code t} (index hints must name existing indexes). */
  private AccessPath path(Session s, TableRt t, Optional<Expr> where, Optional<Statement.IndexHint> hint,
                                 List<String> needed) {
    if (hint.isPresent()) {
      for (String n : hint.get().indexes()) {
        if (t.index(n) == null && !(n.equalsIgnoreCase("PRIMARY") && t.clustered != null)) {
          throw new EngineException("key '" + n + "' doesn't exist in table '" + t.name() + "'");
        }
      }
    }
    return Planner.choose(t.def, t.all, where, hint, new Planner.Switches(s.indexMerge, s.indexMergeIntersection,
        sv.profile().rangeLookupCost()), needed);
  }
}
