package dev.innosim.engine;

import static dev.innosim.lock.LockType.LOCK_IS;
import static dev.innosim.lock.LockType.LOCK_S;

import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.mysql.MySqlError;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Planner;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Exprs;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A SELECT ... FOR UPDATE, UPDATE or DELETE whose WHERE holds subqueries: each subquery's table is
 * read first (its rows locked as the server locks a table the statement only reads), then the
 * statement runs with the values found in place of the subqueries; mutable, resumable.
 *
 * <p>Recorded on both servers (sql14-*): an uncorrelated scalar subquery is evaluated once before
 * the outer plan is chosen (the outer table is then read by its index). An IN (SELECT ...) or a
 * correlated EXISTS as a top-level condition is a semi-join: MySQL 9.7 reads the subquery first and
 * looks up the outer rows by the values found; MariaDB 10.11 scans the outer table and tests each
 * row (in UPDATE and DELETE as a WHERE condition, which READ COMMITTED unlocks when it fails; in a
 * SELECT as a join filter, which it does not).
 */
final class SubqueryExec extends Exec {
  private final Statements statements;
  private final List<Reader> readers = new ArrayList<>();
  private final Map<Expr.Subquery, Reader> bySubquery = new IdentityHashMap<>();
  private final Function<Optional<Expr>, Statement> withWhere;
  private final Optional<Expr> where;
  private final Exec.ScanExec.Kind kind;
  private Exec outer;
  private boolean nothingMatches;

  /**
   * @param where     the statement's WHERE (holding the subqueries)
   * @param withWhere the statement with another WHERE
   */
  SubqueryExec(Services sv, Session session, Trx trx, Statement stmt, Statements statements, Exec.ScanExec.Kind kind,
               Optional<Expr> where, Function<Optional<Expr>, Statement> withWhere) {
    super(sv, session, trx, stmt);
    this.statements = statements;
    this.kind = kind;
    this.where = where;
    this.withWhere = withWhere;
    int mode = lockMode(kind, trx.isolation());
    List<Expr.Subquery> scalars = new ArrayList<>();
    collectScalars(where.orElseThrow(), scalars);
    for (Expr.Subquery q : Exprs.subqueries(where.orElseThrow())) {
      Reader r = new Reader(q, mode, scalars.stream().anyMatch(x -> x == q));
      readers.add(r);
      bySubquery.put(q, r);
    }
  }

  /**
   * How the server reads a table the statement does not change ({@code ha_innobase::store_lock}):
   * a locking SELECT's clause reaches only its own query block, so its subqueries are consistent
   * reads; under READ COMMITTED an UPDATE reads them consistently too; otherwise (a DELETE also at
   * READ COMMITTED) they are locking reads in share mode.
   */
  static int lockMode(Exec.ScanExec.Kind kind, IsolationLevel iso) {
    if (kind == Exec.ScanExec.Kind.SELECT) return -1;
    if (iso == IsolationLevel.SERIALIZABLE) return LOCK_S;
    if (iso.skipsGapLocks() && kind == Exec.ScanExec.Kind.UPDATE) return -1;
    return LOCK_S;
  }

  @Override
  Status run(StepContext step) {
    boolean first = sv.profile().subqueryMaterializedFirst();
    for (Reader r : readers) {
      if (!first && !r.scalar) continue;  // MariaDB: IN / EXISTS run when the outer scan has its first row
      Status s = r.run(step);
      if (s != Status.DONE) {
        if (s == Status.FAILED) errorCode = r.error;
        return s;
      }
    }
    if (nothingMatches) return Status.DONE;
    if (outer == null) {
      Statement st = rewritten();
      if (nothingMatches) return Status.DONE;
      outer = statements.newExec(session, st);
      if (outer instanceof Exec.ScanExec se) {
        se.semiJoinFilter = semiJoinFilter;
        if (!first && readers.stream().anyMatch(r -> !r.scalar)) se.prelude = new Dependent();
      }
    }
    Status s = outer.run(step);
    rows = outer.rows;
    if (s == Status.FAILED) errorCode = outer.errorCode;
    return s;
  }

  /**
   * MariaDB's subqueries of IN / EXISTS: executed when the outer scan has read and locked its first
   * row (DEPENDENT SUBQUERY, or the semi-join's materialisation), before that row is tested
   * (sql14-subquery-wait-order-rr: the first outer row is locked before the subquery's rows).
   */
  private final class Dependent implements Prelude {
    private MySqlError error;
    private Optional<Expr> finalWhere = Optional.empty();

    @Override
    public Status run(StepContext step) {
      for (Reader r : readers) {
        if (r.scalar) continue;
        Status s = r.run(step);
        if (s != Status.DONE) {
          if (s == Status.FAILED) error = r.error;
          return s;
        }
      }
      Statement st = rewritten();
      finalWhere = whereOf(st);
      return Status.DONE;
    }

    @Override
    public Optional<Expr> where() { return finalWhere; }

    @Override
    public Optional<Expr> semiJoinFilter() { return semiJoinFilter; }

    @Override
    public MySqlError error() { return error; }
  }

  private static Optional<Expr> whereOf(Statement st) {
    if (st instanceof Statement.Select s) return s.where();
    if (st instanceof Statement.Update u) return u.where();
    if (st instanceof Statement.Delete d) return d.where();
    return Optional.empty();
  }

  @Override
  void finish() {
    if (outer != null) outer.finish();
  }

  /** The statement with each subquery replaced by what it read. */
  private Statement rewritten() {
    boolean first = sv.profile().subqueryMaterializedFirst();
    List<Expr> top = new ArrayList<>();
    conjuncts(where.orElseThrow(), top);
    List<Expr> kept = new ArrayList<>();
    List<Expr> filters = new ArrayList<>();
    for (Expr c : top) {
      if (c instanceof Expr.InSubquery in) {
        Expr list = new Expr.In(in.value(), bySubquery.get(in.subquery()).values(), false);
        if (first) {
          // the semi-join reads the subquery first: with no value found the outer table is not read
          if (bySubquery.get(in.subquery()).values().isEmpty()) nothingMatches = true;
          kept.add(list);
        } else if (kind == Exec.ScanExec.Kind.SELECT) {
          filters.add(list);
        } else {
          kept.add(new Expr.Probe(list));
        }
      } else {
        kept.add(Exprs.map(c, this::replaceNested));
      }
    }
    Optional<Expr> newWhere = kept.stream().reduce(Expr.And::new);
    Statement st = withWhere.apply(newWhere);
    semiJoinFilter = filters.stream().reduce(Expr.And::new);
    return st;
  }

  /** Set by {@link #rewritten()}: the semi-join condition MariaDB tests after the row matched its WHERE. */
  Optional<Expr> semiJoinFilter = Optional.empty();

  /** A subquery below the top level: a scalar becomes its value, IN a probe of its values. */
  private Expr replaceNested(Expr e) {
    if (e instanceof Expr.ScalarSubquery s) return new Expr.Literal(bySubquery.get(s.subquery()).scalar());
    if (e instanceof Expr.InSubquery in) {
      return new Expr.Probe(new Expr.In(in.value(), bySubquery.get(in.subquery()).values(), false));
    }
    return e;
  }

  private static void conjuncts(Expr e, List<Expr> out) {
    if (e instanceof Expr.And a) {
      conjuncts(a.left(), out);
      conjuncts(a.right(), out);
    } else {
      out.add(e);
    }
  }

  /** Reads one subquery's table: its rows in its own plan's order, locked in {@code mode} (-1: a consistent read). */
  private final class Reader {
    final Expr.Subquery q;
    final TableRt table;
    final RowSource source;
    final boolean locking;
    boolean tableLocked;
    boolean done;
    MySqlError error;
    final List<Value> found = new ArrayList<>();
    final boolean scalar;

    Reader(Expr.Subquery q, int mode, boolean scalar) {
      this.q = q;
      this.scalar = scalar;
      this.table = sv.catalog().table(q.table());
      List<String> needed = new ArrayList<>();
      Exprs.columns(q.item(), needed);
      q.where().ifPresent(w -> Exprs.columns(w, needed));
      for (String c : needed) {
        if (table.def.columnIndex(c) < 0) {
          throw new EngineException("unknown column '" + c + "' in table '" + table.name() + "'");
        }
      }
      checkModelled(q);
      Planner.Decision d = Planner.decide(table.def, table.all, q.where(), Optional.empty(),
          Statements.switches(sv, session), needed);
      statements.logPlan(stmt, table, d);
      AccessPath path = d.path();
      this.locking = mode >= 0;
      boolean lockClust = path instanceof AccessPath.Empty || !table.covers(path.primaryIndex(), needed);
      this.source = new RowSource(sv.locks(), trx, table, path, mode, lockClust, false, false);
    }

    /**
     * Rejects what the servers do differently from reading the subquery's rows by its own
     * conditions: MIN / MAX of an indexed column is read from the index end, and a subquery
     * column that leads an index is probed per outer row (unique_subquery, index_subquery).
     */
    private void checkModelled(Expr.Subquery q) {
      if (!(q.item() instanceof Expr.Column c)) {
        if (q.aggregate() == Expr.Aggregate.COUNT) return;
        throw new EngineException("unsupported: a subquery selecting an expression: " + statementText());
      }
      if (scalar && q.aggregate() == Expr.Aggregate.NONE) return;
      for (dev.innosim.index.IndexTree idx : table.all) {
        if (idx.fields().get(0).column().equalsIgnoreCase(c.name())) {
          throw new EngineException("unsupported: a subquery on " + table.name() + "." + c.name()
              + ", which leads index " + idx.name() + " (the server probes that index or reads its end;"
              + " not modelled): " + statementText());
        }
      }
    }

    Status run(StepContext step) {
      if (done) return error == null ? Status.DONE : Status.FAILED;
      if (locking && !tableLocked) {
        RecordRequest r = sv.locks().lockTable(trx, table, LOCK_IS, Why.Rule.TABLE_INTENTION);
        if (r instanceof RecordRequest.MustWait) return Status.BLOCKED;
        tableLocked = true;
      }
      while (true) {
        Scan.Event ev = source.next(step);
        if (ev == Scan.Event.BLOCKED) return Status.BLOCKED;
        if (ev == Scan.Event.VICTIM) return Status.ABORTED;
        if (ev != Scan.Event.ROW) break;
        Rec c = source.rowClust;
        if (c.isDeleteMarked()) continue;
        Value[] row = c.row();
        if (!Rows.matches(table, q.where(), row)) {
          source.unlockRow();
          continue;
        }
        if (source.lastWasUnique()) source.endCurrentRange();
        found.add(dev.innosim.sql.Eval.eval(q.item(), name -> row[table.def.columnIndex(name)], null));
      }
      done = true;
      if (q.aggregate() == Expr.Aggregate.NONE && scalar && found.size() > 1) {
        error = MySqlError.ER_SUBQUERY_NO_1_ROW;
        return Status.FAILED;
      }
      return Status.DONE;
    }

    /** The distinct non-NULL values found, as literals. */
    List<Expr> values() {
      Set<Value> distinct = new LinkedHashSet<>();
      if (q.aggregate() != Expr.Aggregate.NONE) {
        Value v = scalar();
        return v.isNull() ? List.of() : List.of(new Expr.Literal(v));
      }
      for (Value v : found) if (!v.isNull()) distinct.add(v);
      return distinct.stream().map(v -> (Expr) new Expr.Literal(v)).toList();
    }

    /** The scalar subquery's value: its aggregate, its one row's item, or NULL for no row. */
    Value scalar() {
      switch (q.aggregate()) {
        case COUNT:
          return Value.Int.of(found.size());
        case MAX:
        case MIN: {
          Value best = null;
          for (Value v : found) {
            if (v.isNull()) continue;
            int cmp = best == null ? 0 : Values.sqlCompare(v, best, dev.innosim.schema.Collation.DEFAULT);
            if (best == null || (q.aggregate() == Expr.Aggregate.MAX ? cmp > 0 : cmp < 0)) best = v;
          }
          return best == null ? Value.Null.INSTANCE : best;
        }
        default:
          return found.isEmpty() ? Value.Null.INSTANCE : found.get(0);
      }
    }
  }

  private static void collectScalars(Expr e, List<Expr.Subquery> out) {
    if (e instanceof Expr.ScalarSubquery s) {
      out.add(s.subquery());
      return;
    }
    for (Expr c : Exprs.children(e)) collectScalars(c, out);
  }

  private String statementText() {
    return stmt.text();
  }
}
