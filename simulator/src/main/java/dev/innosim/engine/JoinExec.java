package dev.innosim.engine;

import static dev.innosim.lock.LockType.LOCK_IS;
import static dev.innosim.lock.LockType.LOCK_IX;
import static dev.innosim.lock.LockType.LOCK_S;
import static dev.innosim.lock.LockType.LOCK_X;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.RecordRequest;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Planner;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Exprs;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A two-table inner join (SELECT ... FOR UPDATE, multi-table UPDATE or DELETE) as a nested loop:
 * the driving table is read by its own conditions, and for each of its rows the other table is
 * looked up by the join column's index; mutable, resumable.
 *
 * <p>Recorded on both servers (sql14-select-join-for-update-*, sql14-multi-update-join-*,
 * sql14-multi-delete-join-*): the table with its own conditions drives, the other is read by
 * eq_ref; a locking SELECT locks both tables' rows in its mode; an UPDATE or DELETE locks the rows
 * it changes X and the other table's rows S, at READ COMMITTED too ({@code ha_innobase::store_lock}:
 * only a single-table UPDATE and INSERT ... SELECT read consistently there).
 */
final class JoinExec extends Exec {
  private final Statements statements;
  private final Statement.Join join;
  private final TableRt driver;
  private final TableRt inner;
  private final Optional<Expr> driverWhere;
  private final Optional<Expr> innerWhere;
  /** Join equalities: the inner column and the driver column it equals. */
  private final List<String[]> equalities;
  private final boolean driverIsTarget;
  private final boolean innerIsTarget;
  private final List<Statement.Assignment> assignments;
  private final int driverMode;
  private final int innerMode;
  private final List<String> innerNeeded;
  private final RowSource source;
  private final Set<Rec> touched = new HashSet<>();
  private boolean tableLocked;
  private Exec innerExec;
  private Rec driverRow;
  private RowOps pending;

  private JoinExec(Services sv, Session session, Trx trx, Statement.Join join, Statements statements, Plan p) {
    super(sv, session, trx, join);
    this.statements = statements;
    this.join = join;
    this.driver = p.driver;
    this.inner = p.inner;
    this.driverWhere = p.driverWhere;
    this.innerWhere = p.innerWhere;
    this.equalities = p.equalities;
    this.driverIsTarget = p.driverIsTarget;
    this.innerIsTarget = p.innerIsTarget;
    this.assignments = p.assignments;
    this.driverMode = p.driverMode;
    this.innerMode = p.innerMode;
    this.innerNeeded = p.innerNeeded;
    Planner.Decision d = Planner.decide(driver.def, driver.all, driverWhere, Optional.empty(),
        Statements.switches(sv, session), p.driverNeeded);
    statements.logPlan(join, driver, d);
    AccessPath path = d.path();
    boolean lockClust = driverMode == LOCK_X || path instanceof AccessPath.Empty
        || !driver.covers(path.primaryIndex(), p.driverNeeded);
    this.source = new RowSource(sv.locks(), trx, driver, path, driverMode, lockClust, false, false);
    // multi_update::initialize_tables: the first table is updated on the fly only when the update
    // does not change the key it is read by; else its rows are collected and updated after the join
    this.buffered = driverIsTarget && join.kind() == Statement.JoinKind.UPDATE && !(path instanceof AccessPath.Empty)
        && (Exec.ScanExec.modifiesKeyOf(driver, path.primaryIndex(), unqualified(assignments))
            || Exec.ScanExec.modifiesKeyOf(driver, driver.clustered, unqualified(assignments)));
  }

  /** The driving table's rows to update after the join (the update changes the key they are read by). */
  private final boolean buffered;
  private final List<Rec> bufferedRows = new ArrayList<>();
  private int bufferedNext = -1;

  /** What {@link #create} decided: which table drives, the conditions of each, the lock modes. */
  private static final class Plan {
    TableRt driver;
    TableRt inner;
    Optional<Expr> driverWhere;
    Optional<Expr> innerWhere;
    List<String[]> equalities = new ArrayList<>();
    boolean driverIsTarget;
    boolean innerIsTarget;
    List<Statement.Assignment> assignments = List.of();
    int driverMode;
    int innerMode;
    List<String> driverNeeded;
    List<String> innerNeeded;
  }

  /** Resolves the join's columns, chooses the driving table and the lock modes; rejects what is not modelled. */
  static JoinExec create(Services sv, Session session, Trx trx, Statement.Join j, Statements statements) {
    List<TableRt> tables = new ArrayList<>();
    for (Statement.JoinTable jt : j.tables()) tables.add(sv.catalog().table(jt.table()));
    Optional<Expr> cond = j.condition().map(e -> qualify(e, j, tables));
    List<Expr> conjuncts = new ArrayList<>();
    cond.ifPresent(e -> conjuncts(e, conjuncts));
    List<List<Expr>> own = List.of(new ArrayList<>(), new ArrayList<>());
    List<String[]> eqs = new ArrayList<>();  // {ref0 col, ref1 col}
    for (Expr c : conjuncts) {
      Set<Integer> sides = sides(c, j);
      if (sides.size() <= 1) {
        own.get(sides.isEmpty() ? 0 : sides.iterator().next()).add(c);
        continue;
      }
      if (c instanceof Expr.Compare cmp && cmp.op() == Expr.CmpOp.EQ && cmp.left() instanceof Expr.Column l
          && cmp.right() instanceof Expr.Column r) {
        int li = side(l.name(), j);
        String[] pair = new String[2];
        pair[li] = plain(l.name());
        pair[1 - li] = plain(r.name());
        eqs.add(pair);
        continue;
      }
      throw new EngineException("unsupported: a join condition other than column = column: " + j.text());
    }
    if (eqs.isEmpty()) throw new EngineException("unsupported: a join without an equality of the two tables' columns: " + j.text());
    boolean[] reachable = new boolean[2];
    boolean[] unique = new boolean[2];
    for (int i = 0; i < 2; i++) {
      for (String[] e : eqs) {
        for (IndexTree idx : tables.get(i).all) {
          if (idx.fields().get(0).column().equalsIgnoreCase(e[i])) {
            reachable[i] = true;
            if (idx.isUnique() && idx.keyFieldCount() == 1) unique[i] = true;
          }
        }
      }
    }
    int innerIdx;
    if (reachable[0] != reachable[1]) {
      innerIdx = reachable[0] ? 0 : 1;
    } else if (!reachable[0]) {
      throw new EngineException("unsupported: a join whose columns lead no index of either table (block nested loop"
          + " or hash join, not modelled): " + j.text());
    } else if (own.get(0).isEmpty() != own.get(1).isEmpty()) {
      innerIdx = own.get(0).isEmpty() ? 0 : 1;
    } else if (unique[0] != unique[1]) {
      innerIdx = unique[0] ? 0 : 1;
    } else {
      throw new EngineException("unsupported: a join whose order the optimizer chooses by cost (both tables could"
          + " drive; not modelled): " + j.text());
    }
    int driverIdx = 1 - innerIdx;
    if (!own.get(innerIdx).isEmpty()) {
      Optional<Expr> innerOwn = own.get(innerIdx).stream().map(JoinExec::unqualify).reduce(Expr.And::new);
      AccessPath alone = Planner.choose(tables.get(innerIdx).def, tables.get(innerIdx).all, innerOwn, Optional.empty(),
          Statements.switches(sv, session), null);
      if (!(alone instanceof AccessPath.FullScan)) {
        throw new EngineException("unsupported: a join where both tables have conditions an index can use (the"
            + " optimizer chooses the order by cost; not modelled): " + j.text());
      }
    }
    Plan p = new Plan();
    p.driver = tables.get(driverIdx);
    p.inner = tables.get(innerIdx);
    p.driverWhere = own.get(driverIdx).stream().map(JoinExec::unqualify).reduce(Expr.And::new);
    p.innerWhere = own.get(innerIdx).stream().map(JoinExec::unqualify).reduce(Expr.And::new);
    for (String[] e : eqs) p.equalities.add(new String[] {e[innerIdx], e[driverIdx]});
    int targetIdx = -1;
    if (j.kind() == Statement.JoinKind.DELETE) {
      targetIdx = j.tables().get(0).ref().equals(j.target().orElseThrow()) ? 0 : 1;
    } else if (j.kind() == Statement.JoinKind.UPDATE) {
      Set<Integer> targets = new LinkedHashSet<>();
      List<Statement.Assignment> as = new ArrayList<>();
      for (Statement.Assignment a : j.assignments()) {
        String col = qualifyName(a.column(), j, tables);
        targets.add(side(col, j));
        as.add(new Statement.Assignment(plain(col), qualify(a.value(), j, tables)));
      }
      if (targets.size() != 1) throw new EngineException("unsupported: a multi-table UPDATE that changes both tables: " + j.text());
      targetIdx = targets.iterator().next();
      for (Statement.Assignment a : as) {
        Set<Integer> s = sides(a.value(), j);
        if (s.contains(1 - targetIdx) && targetIdx == driverIdx) {
          throw new EngineException("unsupported: SET from the looked-up table's columns: " + j.text());
        }
      }
      p.assignments = as;
    }
    p.driverIsTarget = targetIdx == driverIdx;
    p.innerIsTarget = targetIdx == innerIdx;
    if (j.kind() == Statement.JoinKind.SELECT) {
      int mode = j.lock() == Statement.LockClause.UPDATE ? LOCK_X : LOCK_S;
      p.driverMode = mode;
      p.innerMode = mode;
    } else {
      p.driverMode = p.driverIsTarget ? LOCK_X : LOCK_S;
      p.innerMode = p.innerIsTarget ? LOCK_X : LOCK_S;
    }
    p.driverNeeded = needed(j, tables, driverIdx, eqs);
    p.innerNeeded = needed(j, tables, innerIdx, eqs);
    return new JoinExec(sv, session, trx, j, statements, p);
  }

  /** The columns of table {@code i} the statement reads (all for {@code *}). */
  private static List<String> needed(Statement.Join j, List<TableRt> tables, int i, List<String[]> eqs) {
    String ref = j.tables().get(i).ref();
    Set<String> out = new LinkedHashSet<>();
    boolean all = j.selectsAll() || j.kind() != Statement.JoinKind.SELECT;
    for (String s : j.selected()) {
      String q = qualifyName(s, j, tables);
      if (q.equals(ref + ".*")) all = true;
      if (q.startsWith(ref + ".") && !q.endsWith(".*")) out.add(plain(q));
    }
    if (all) return tables.get(i).def.columns().stream().map(ColumnDef::name).toList();
    List<String> cols = new ArrayList<>();
    j.condition().ifPresent(e -> Exprs.columns(qualify(e, j, tables), cols));
    for (String c : cols) if (c.startsWith(ref + ".")) out.add(plain(c));
    for (String[] e : eqs) out.add(e[i]);
    return List.copyOf(out);
  }

  // ---------------------------------------------------------------- column names

  /** Every column as {@code ref.column}: a bare name belongs to the one table that has it. */
  private static Expr qualify(Expr e, Statement.Join j, List<TableRt> tables) {
    return Exprs.map(e, x -> x instanceof Expr.Column c ? new Expr.Column(qualifyName(c.name(), j, tables)) : x);
  }

  private static String qualifyName(String name, Statement.Join j, List<TableRt> tables) {
    int dot = name.lastIndexOf('.');
    if (dot >= 0) {
      String ref = name.substring(0, dot);
      String col = name.substring(dot + 1);
      for (int i = 0; i < 2; i++) {
        if (j.tables().get(i).ref().equals(ref)) {
          if (!col.equals("*") && tables.get(i).def.columnIndex(col) < 0) {
            throw new EngineException("unknown column '" + name + "'");
          }
          return name;
        }
      }
      throw new EngineException("unknown table '" + ref + "'");
    }
    int found = -1;
    for (int i = 0; i < 2; i++) {
      if (tables.get(i).def.columnIndex(name) >= 0) {
        if (found >= 0) throw new EngineException("column '" + name + "' is ambiguous (error 1052): " + j.text());
        found = i;
      }
    }
    if (found < 0) throw new EngineException("unknown column '" + name + "'");
    return j.tables().get(found).ref() + "." + name;
  }

  private static int side(String qualified, Statement.Join j) {
    String ref = qualified.substring(0, qualified.lastIndexOf('.'));
    return j.tables().get(0).ref().equals(ref) ? 0 : 1;
  }

  private static String plain(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static Set<Integer> sides(Expr e, Statement.Join j) {
    List<String> cols = new ArrayList<>();
    Exprs.columns(e, cols);
    Set<Integer> out = new LinkedHashSet<>();
    for (String c : cols) out.add(side(c, j));
    return out;
  }

  private static Expr unqualify(Expr e) {
    return Exprs.map(e, x -> x instanceof Expr.Column c ? new Expr.Column(plain(c.name())) : x);
  }

  private static void conjuncts(Expr e, List<Expr> out) {
    if (e instanceof Expr.And a) {
      conjuncts(a.left(), out);
      conjuncts(a.right(), out);
    } else {
      out.add(e);
    }
  }

  // ---------------------------------------------------------------- execution

  @Override
  Status run(StepContext step) {
    if (!tableLocked && !source.scans.isEmpty()) {
      RecordRequest r = sv.locks().lockTable(trx, driver, driverMode == LOCK_X ? LOCK_IX : LOCK_IS,
          Why.Rule.TABLE_INTENTION);
      if (r instanceof RecordRequest.MustWait) return Status.BLOCKED;
      tableLocked = true;
    }
    while (true) {
      if (innerExec != null) {
        Status s = innerExec.run(step);
        if (s != Status.DONE) {
          if (s == Status.FAILED) errorCode = innerExec.errorCode;
          return s;
        }
        boolean found = innerExec.rows > 0;
        if (innerIsTarget) rows += innerExec.rows;
        if (innerExec instanceof Exec.ScanExec se) touched.addAll(se.touched);
        innerExec.finish();
        innerExec = null;
        if (driverIsTarget && found && buffered) {
          bufferedRows.add(driverRow);
        } else if (driverIsTarget && found) {
          pending = join.kind() == Statement.JoinKind.DELETE
              ? RowOps.delete(sv, trx, driver, driverRow)
              : RowOps.update(sv, trx, driver, driverRow,
                  Rows.applyAssignments(driver, driverRow.row(), unqualified(assignments), null), touched);
        }
      }
      if (pending != null) {
        Status s = pending.run();
        if (s != Status.DONE) {
          if (s == Status.FAILED) errorCode = pending.errorCode;
          return s;
        }
        pending = null;
        rows++;
      }
      if (bufferedNext >= 0) {
        if (bufferedNext >= bufferedRows.size()) return Status.DONE;
        Rec r = bufferedRows.get(bufferedNext++);
        pending = RowOps.update(sv, trx, driver, r, Rows.applyAssignments(driver, r.row(), unqualified(assignments), null), touched);
        continue;
      }
      Scan.Event ev = source.next(step);
      if (ev == Scan.Event.END) {
        if (!buffered) return Status.DONE;
        bufferedNext = 0;
        continue;
      }
      if (ev == Scan.Event.BLOCKED) return Status.BLOCKED;
      if (ev == Scan.Event.VICTIM) return Status.ABORTED;
      if (ev != Scan.Event.ROW) return fail(sv.profile().nowaitErrorCode());
      Rec clust = source.rowClust;
      if (clust.isDeleteMarked() || touched.contains(clust)) continue;
      Value[] row = clust.row();
      if (!Rows.matches(driver, driverWhere, row)) {
        source.unlockRow();
        continue;
      }
      if (source.lastWasUnique()) source.endCurrentRange();
      Optional<Expr> lookup = lookup(row);
      if (lookup.isEmpty()) continue;  // a NULL join value matches no row: the other table is not read
      driverRow = clust;
      innerExec = statements.newExec(session, innerStatement(lookup.get(), row));
      if (innerExec instanceof Exec.ScanExec se) se.touched.addAll(touched);
    }
  }

  /** The inner table's condition for one driver row: its own conditions and the join columns equal to the row's values. */
  private Optional<Expr> lookup(Value[] driverRow) {
    Expr cond = null;
    for (String[] e : equalities) {
      Value v = driverRow[driver.def.columnIndex(e[1])];
      if (v.isNull()) return Optional.empty();
      Expr eq = new Expr.Compare(Expr.CmpOp.EQ, new Expr.Column(e[0]), new Expr.Literal(v));
      cond = cond == null ? eq : new Expr.And(cond, eq);
    }
    if (innerWhere.isPresent()) cond = new Expr.And(cond, innerWhere.get());
    return Optional.of(cond);
  }

  private Statement innerStatement(Expr where, Value[] driverValues) {
    String name = inner.name();
    if (innerIsTarget && join.kind() == Statement.JoinKind.DELETE) {
      return new Statement.Delete(join.text(), name, Optional.of(where), Optional.empty(), List.of(), Optional.empty());
    }
    if (innerIsTarget) {
      List<Statement.Assignment> as = new ArrayList<>();
      String driverRef = refOf(driver);
      for (Statement.Assignment a : assignments) {
        Expr v = Exprs.map(a.value(), x -> {
          if (x instanceof Expr.Column c && c.name().startsWith(driverRef + ".")) {
            return new Expr.Literal(driverValues[driver.def.columnIndex(plain(c.name()))]);
          }
          return x instanceof Expr.Column c ? new Expr.Column(plain(c.name())) : x;
        });
        as.add(new Statement.Assignment(a.column(), v));
      }
      return new Statement.Update(join.text(), name, as, Optional.of(where), Optional.empty(), List.of(), Optional.empty());
    }
    Statement.LockClause lock = innerMode == LOCK_X ? Statement.LockClause.UPDATE : Statement.LockClause.SHARE;
    return new Statement.Select(join.text(), name, innerNeeded, innerNeeded, Optional.of(where), lock,
        Statement.WaitPolicy.WAIT, Optional.empty(), List.of(), Optional.empty());
  }

  private String refOf(TableRt t) {
    for (Statement.JoinTable jt : join.tables()) if (jt.table().equals(t.name())) return jt.ref();
    return t.name();
  }

  private static List<Statement.Assignment> unqualified(List<Statement.Assignment> as) {
    return as.stream().map(a -> new Statement.Assignment(a.column(), unqualify(a.value()))).toList();
  }
}
