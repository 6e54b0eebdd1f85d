package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.mysql.MySqlError;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Plan;
import dev.innosim.plan.Planner;
import dev.innosim.schema.ColumnDef;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Exprs;
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
   * longer stops the scan early; an UPDATE or DELETE ({@code readOnly} false) then reads and
   * locks every row of its access path, sorts them and changes the first LIMIT
   * ({@code sql_update.cc}: filesort, then the update loop over the sorted positions).
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
    if (!readOnly && limit.isPresent()) {
      List<String> columns = orderBy.stream().map(Statement.OrderBy::column).toList();
      return new Plan(p, false, Optional.empty(), new Plan.Sort(columns, desc, limit));
    }
    return new Plan(p, false, Optional.empty());
  }

  /** The statement as an executable, planned, after checking its tables and columns exist. */
  Exec newExec(Session s, Statement st) {
    current = st;
    Trx trx = s.trx;
    for (String name : tableNames(st)) {
      if (catalog.differsOnlyInCase(name)) return new Exec.Fails(sv, s, trx, st, MySqlError.ER_NO_SUCH_TABLE);
    }
    if (st instanceof Statement.Join j) {
      if (j.tables().get(0).table().equals(j.tables().get(1).table())) {
        throw new EngineException("unsupported: a join of a table with itself: " + j.text());
      }
      if (j.waitPolicy() != Statement.WaitPolicy.WAIT) {
        throw new EngineException("unsupported: NOWAIT / SKIP LOCKED in a join: " + j.text());
      }
      if (j.condition().isPresent() && !Exprs.subqueries(j.condition().get()).isEmpty()) {
        throw new EngineException("unsupported: a subquery in a join: " + j.text());
      }
      return JoinExec.create(sv, s, trx, j, this);
    }
    checkSubqueriesOnlyInWhere(st);
    if (st instanceof Statement.Select sel && hasSubquery(sel.where())) {
      return subqueries(s, st, Exec.ScanExec.Kind.SELECT, sel.where(), w -> new Statement.Select(sel.text(), sel.table(),
          sel.columns(), sel.referencedColumns(), sel.selectsOnlyColumns(), w, sel.lock(), sel.waitPolicy(), sel.hint(),
          sel.orderBy(), sel.limit(), sel.items()));
    }
    if (st instanceof Statement.Update u && hasSubquery(u.where())) {
      return subqueries(s, st, Exec.ScanExec.Kind.UPDATE, u.where(),
          w -> new Statement.Update(u.text(), u.table(), u.assignments(), w, u.hint(), u.orderBy(), u.limit()));
    }
    if (st instanceof Statement.Delete d && hasSubquery(d.where())) {
      return subqueries(s, st, Exec.ScanExec.Kind.DELETE, d.where(),
          w -> new Statement.Delete(d.text(), d.table(), w, d.hint(), d.orderBy(), d.limit()));
    }
    if (st instanceof Statement.Select sel) {
      TableRt t = catalog.table(sel.table());
      checkColumns(t, sel.referencedColumns());
      checkColumns(t, sel.where());
      boolean share = sel.lock() != Statement.LockClause.UPDATE;
      if (sel.waitPolicy() != Statement.WaitPolicy.WAIT && !sv.profile().nowaitSupported()
          || FOR_SHARE.matcher(sel.text()).find() && !sv.profile().forShareSyntax()
          || sel.waitPolicy() != Statement.WaitPolicy.WAIT && LOCK_IN_SHARE_MODE.matcher(sel.text()).find()
              && !sv.profile().lockInShareModeWaitPolicy()) {
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
      // a single-table DELETE takes no index hints (sql_yacc.yy: single_multi has none; recorded
      // on both servers in patterns/solid-queue-delete-index-hint: error 1064)
      if (d.hint().isPresent()) return new Exec.Fails(sv, s, trx, st, MySqlError.ER_PARSE_ERROR);
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

  private static boolean hasSubquery(Optional<Expr> e) {
    return e.isPresent() && !Exprs.subqueries(e.get()).isEmpty();
  }

  /** Subqueries are modelled in the WHERE of a SELECT, UPDATE or DELETE only. */
  private static void checkSubqueriesOnlyInWhere(Statement st) {
    List<Expr> elsewhere = new java.util.ArrayList<>();
    if (st instanceof Statement.Select sel) elsewhere.addAll(sel.items());
    if (st instanceof Statement.Update u) u.assignments().forEach(a -> elsewhere.add(a.value()));
    if (st instanceof Statement.Insert ins) {
      ins.rows().forEach(elsewhere::addAll);
      ins.onDuplicate().forEach(a -> elsewhere.add(a.value()));
      ins.source().ifPresent(src -> {
        src.where().ifPresent(elsewhere::add);
        elsewhere.addAll(src.items());
      });
    }
    for (Expr e : elsewhere) {
      if (!Exprs.subqueries(e).isEmpty()) {
        throw new EngineException("unsupported: a subquery outside the WHERE of a SELECT, UPDATE or DELETE: " + st.text());
      }
    }
  }

  /** A statement whose WHERE holds subqueries: they are read first (each checked here), then the statement. */
  private Exec subqueries(Session s, Statement st, Exec.ScanExec.Kind kind, Optional<Expr> where,
                          java.util.function.Function<Optional<Expr>, Statement> withWhere) {
    String target = tableNames(st).get(0);
    for (Expr.Subquery q : Exprs.subqueries(where.get())) {
      if (catalog.differsOnlyInCase(q.table())) return new Exec.Fails(sv, s, s.trx, st, MySqlError.ER_NO_SUCH_TABLE);
      catalog.table(q.table());
      if (kind != Exec.ScanExec.Kind.SELECT && q.table().equals(target)) {
        // MySQL: error 1093; MariaDB 10.3.2+ reads the table into a temporary one first: not recorded
        throw new EngineException("unsupported: a subquery reading the table the statement changes (MySQL: error 1093): " + st.text());
      }
    }
    return new SubqueryExec(sv, s, s.trx, st, this, kind, where, withWhere);
  }

  /** The tables a statement names. */
  private static List<String> tableNames(Statement st) {
    if (st instanceof Statement.Select sel) return List.of(sel.table());
    if (st instanceof Statement.Update u) return List.of(u.table());
    if (st instanceof Statement.Delete d) return List.of(d.table());
    if (st instanceof Statement.Join j) return j.tables().stream().map(Statement.JoinTable::table).toList();
    if (st instanceof Statement.Insert ins) {
      return ins.source().map(src -> List.of(ins.table(), src.table())).orElse(List.of(ins.table()));
    }
    return List.of();
  }

  /** {@code FOR SHARE}, which only MySQL 8.0 accepts. */
  private static final java.util.regex.Pattern FOR_SHARE =
      java.util.regex.Pattern.compile("\\bFOR\\s+SHARE\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  /** {@code LOCK IN SHARE MODE}, after which only MariaDB takes NOWAIT / SKIP LOCKED. */
  private static final java.util.regex.Pattern LOCK_IN_SHARE_MODE =
      java.util.regex.Pattern.compile("\\bLOCK\\s+IN\\s+SHARE\\s+MODE\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

  private void checkColumns(TableRt t, Optional<Expr> e) {
    e.ifPresent(x -> checkColumns(t, x));
  }

  /** Every column an expression names must exist in the table. */
  private void checkColumns(TableRt t, Expr e) {
    if (e instanceof Expr.ValuesOf v) {
      checkColumns(t, List.of(v.column()));
      return;
    }
    List<String> cols = new java.util.ArrayList<>();
    Exprs.columns(e, cols);
    checkColumns(t, cols);
    for (Expr c : Exprs.children(e)) if (c instanceof Expr.ValuesOf) checkColumns(t, c);
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

  /** The plans chosen since the last {@link #drainPlans}, in order. */
  private final List<dev.innosim.plan.PlanChoice> plans = new java.util.ArrayList<>();

  /** Notes a plan a statement chose (for {@code innosim plan}). */
  void logPlan(Statement st, TableRt t, Planner.Decision d) {
    plans.add(new dev.innosim.plan.PlanChoice(st.text(), t.name(), d));
  }

  /** The plans chosen since the last call, in order. */
  List<dev.innosim.plan.PlanChoice> drainPlans() {
    List<dev.innosim.plan.PlanChoice> out = List.copyOf(plans);
    plans.clear();
    return out;
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
    Planner.Decision d = Planner.decide(t.def, t.all, where, hint, switches(sv, s), needed);
    if (current != null) logPlan(current, t, d);
    return d.path();
  }

  /** The plan switches of a session under the profile. */
  static Planner.Switches switches(Services sv, Session s) {
    return new Planner.Switches(s.indexMerge, s.indexMergeIntersection, sv.profile().rorIntersectByRows(),
        sv.profile().clusteredPointsFullScan(), sv.profile().rangeLookupCost());
  }

  /** The statement being planned (for the plan log). */
  private Statement current;
}
