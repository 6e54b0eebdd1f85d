package dev.innosim.engine;

import dev.innosim.mysql.MySqlError;
import static dev.innosim.lock.LockType.*;

import dev.innosim.deadlock.Deadlock;
import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.RecordRequest;
import dev.innosim.lock.TableLock;
import dev.innosim.lock.TrxLocks;
import dev.innosim.plan.AccessPath;
import dev.innosim.plan.Planner;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The simulated server: tables, sessions, transactions and the lock system, driven one statement
 * at a time; mutable, single-threaded, deterministic (no clock, no hash-order iteration).
 *
 * <p>A step runs its statement until it completes or waits; everything the step causes (waiters
 * granted and resumed, deadlock victims rolled back) happens before {@link #step} returns, in a
 * fixed order, and is reported in the returned {@link StepReport}.
 */
public final class Engine {
  final ServerProfile profile;
  final LockSys lockSys;
  final ForeignKeys fks = new ForeignKeys(this);
  private final Map<String, TableRt> tables = new LinkedHashMap<>();
  private final Map<Integer, Session> sessions = new TreeMap<>();
  private final IsolationLevel defaultIsolation;
  private final double defaultLockWaitTimeout;
  private int nextTrxId = 1;
  private long nextRowId = 1;
  private double clock;
  private int stepNo;
  // per-step collectors
  private List<Release> released;
  private List<DeadlockReport> deadlocks;
  private Exec own;
  private Outcome ownOutcome;
  private final Deque<Trx> runQueue = new ArrayDeque<>();

  /** Outcome of a blocked statement that ended during a later step; an immutable value. */
  public record Release(String session, int stepNo, Outcome outcome) {}

  /** One transaction of a deadlock cycle: the lock it waited for and the other sessions' granted locks on that record. */
  public record DeadlockMember(String session, String waits, List<String> behind) {
    public DeadlockMember { behind = List.copyOf(behind); }
  }

  /**
   * A deadlock: its victim and its members sorted by session (the scenario's lines), the
   * requester whose wait closed the cycle, the cycle in wait-for order starting at the requester's
   * side, and the engine as it was when the cycle was found (null when the engine does not capture
   * snapshots, see {@link Engine#setCaptureDeadlockSnapshots}); an immutable value.
   */
  public record DeadlockReport(String victim, List<DeadlockMember> members, String requester, List<String> cycle,
                               Snapshot atDetection) {
    public DeadlockReport {
      members = List.copyOf(members);
      cycle = List.copyOf(cycle);
    }
  }

  /** What one step did; an immutable value. */
  public record StepReport(Outcome outcome, List<Release> releasedBefore, List<Release> released, List<DeadlockReport> deadlocks) {
    public StepReport {
      releasedBefore = List.copyOf(releasedBefore);
      released = List.copyOf(released);
      deadlocks = List.copyOf(deadlocks);
    }
  }

  public Engine(ServerProfile profile, IsolationLevel defaultIsolation, double lockWaitTimeout) {
    this.profile = profile;
    this.lockSys = new LockSys(profile);
    this.defaultIsolation = defaultIsolation;
    this.defaultLockWaitTimeout = lockWaitTimeout;
  }

  public ServerProfile profile() { return profile; }

  private boolean captureDeadlockSnapshots = true;

  /**
   * Whether each {@link DeadlockReport} carries a {@link Snapshot} of the engine at detection
   * (needed for server-style reports and pictures; costly). On by default.
   */
  public void setCaptureDeadlockSnapshots(boolean on) {
    this.captureDeadlockSnapshots = on;
  }

  /** The number of the step run last ({@link Release#stepNo()} refers to these numbers). */
  public int lastStepNo() { return stepNo; }

  /** Sets the isolation level a session starts with ({@code -- @isolation Tn:}). */
  public void setSessionIsolation(int session, IsolationLevel level) {
    session(session).isolation = level;
  }

  Session session(int n) {
    return sessions.computeIfAbsent(n, k -> new Session(k, defaultIsolation, defaultLockWaitTimeout));
  }

  TableRt table(String name) {
    TableRt t = tables.get(name.toLowerCase(Locale.ROOT));
    if (t == null) throw new EngineException("unknown table '" + name + "'");
    return t;
  }

  long nextRowId() { return nextRowId++; }

  /** Names of the tables, in creation order. */
  public List<String> tableNames() { return new ArrayList<>(tables.keySet()); }

  /** The table definition of a table. */
  public TableDef tableDef(String name) { return table(name).def; }

  // ================================================================= setup and steps

  /** Runs one setup statement, autocommitted, as session 0; it must not wait. */
  public void setup(Statement st) {
    if (st instanceof Statement.CreateTable ct) {
      TableDef def = ct.table();
      if (tables.containsKey(def.name())) throw new EngineException("table '" + def.name() + "' already exists");
      for (ForeignKeyDef fk : def.foreignKeys()) {
        if (!fk.refTable().equalsIgnoreCase(def.name()) && !tables.containsKey(fk.refTable().toLowerCase(Locale.ROOT))) {
          throw new EngineException("foreign key " + fk.name() + " references unknown table '" + fk.refTable() + "'");
        }
        TableDef parent = fk.refTable().equalsIgnoreCase(def.name()) ? def : table(fk.refTable()).def;
        fk.incompatibility(def, parent).ifPresent(m -> { throw new EngineException(m); });
      }
      tables.put(def.name(), new TableRt(def));
      return;
    }
    StepReport r = step(0, st);
    stepNo--;
    if (r.outcome().kind() == Outcome.Kind.BLOCKED) throw new EngineException("setup statement would wait for a lock");
    if (r.outcome().kind() != Outcome.Kind.OK) throw new EngineException("setup statement failed with " + r.outcome().text());
  }

  /** Runs one step of a session. */
  public StepReport step(int sessionNo, Statement st) {
    stepNo++;
    Session s = session(sessionNo);
    released = new ArrayList<>();
    deadlocks = new ArrayList<>();
    List<Release> before = new ArrayList<>();
    if (s.current != null) {
      List<Release> saved = released;
      released = before;
      timeout(s);
      pump();
      released = saved;
    }
    own = null;
    ownOutcome = Outcome.OK;
    execute(s, st);
    pump();
    expireTimeouts();
    return new StepReport(ownOutcome, before, sortReleases(released), deadlocks);
  }

  /** Ends the script: statements still waiting end with a lock wait timeout. */
  public List<Release> endOfScript() {
    released = new ArrayList<>();
    deadlocks = new ArrayList<>();
    for (Session s : sessions.values()) {
      if (s.current != null) {
        timeout(s);
        pump();
      }
    }
    return sortReleases(released);
  }

  /** Deadlocks detected by {@link #endOfScript}. */
  public List<DeadlockReport> endDeadlocks() { return deadlocks; }

  private static List<Release> sortReleases(List<Release> rs) {
    List<Release> out = new ArrayList<>(rs);
    out.sort((a, b) -> Integer.compare(a.stepNo(), b.stepNo()));
    return out;
  }

  private void execute(Session s, Statement st) {
    if (st instanceof Statement.Begin b) {
      if (s.trx != null) commit(s);
      s.inExplicitTrx = true;
      s.readOnly = b.readOnly();
      s.trx = newTrx(s);
      return;
    }
    if (st instanceof Statement.Commit) {
      if (s.trx != null) commit(s);
      s.inExplicitTrx = false;
      s.readOnly = false;
      return;
    }
    if (st instanceof Statement.Rollback) {
      if (s.trx != null) rollbackTrx(s.trx);
      s.inExplicitTrx = false;
      s.readOnly = false;
      return;
    }
    if (st instanceof Statement.SetIsolation si) {
      if (si.nextTransactionOnly() && s.inExplicitTrx) {
        ownOutcome = Outcome.error(MySqlError.ER_CANT_CHANGE_TX_CHARACTERISTICS);
        return;
      }
      if (si.nextTransactionOnly()) {
        s.nextTrxIsolation = si.level();
      } else {
        s.isolation = si.level();
      }
      return;
    }
    if (st instanceof Statement.SetVariable sv) {
      setVariable(s, sv);
      return;
    }
    if (st instanceof Statement.Sleep sl) {
      clock += sl.seconds();
      expireTimeouts();
      return;
    }
    if (st instanceof Statement.CreateTable) throw new EngineException("CREATE TABLE is only allowed in the setup");
    if (st instanceof Statement.Select sel) {
      boolean serializable = currentIsolation(s) == IsolationLevel.SERIALIZABLE && (s.inExplicitTrx || !s.autocommit);
      if (sel.lock() == Statement.LockClause.NONE && !serializable) {
        table(sel.table());
        if (s.trx == null && !s.autocommit) s.trx = newTrx(s);
        return;
      }
    }
    if (s.readOnly && s.inExplicitTrx
        && (st instanceof Statement.Insert || st instanceof Statement.Update || st instanceof Statement.Delete
            || st instanceof Statement.Select sel && sel.lock() == Statement.LockClause.UPDATE)) {
      ownOutcome = Outcome.error(MySqlError.ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION);
      return;
    }
    boolean autocommitStmt = s.trx == null && s.autocommit && !s.inExplicitTrx;
    if (s.trx == null) s.trx = newTrx(s);
    s.trx.inheritAll = false;
    Exec e = newExec(s, st);
    s.lastStatement = st.text();
    e.stepNo = stepNo;
    own = e;
    s.current = e;
    e.autocommit = autocommitStmt;
    runExec(e);
  }

  private IsolationLevel currentIsolation(Session s) {
    return s.trx != null ? s.trx.isolation : (s.nextTrxIsolation != null ? s.nextTrxIsolation : s.isolation);
  }

  private Trx newTrx(Session s) {
    IsolationLevel iso = s.nextTrxIsolation != null ? s.nextTrxIsolation : s.isolation;
    s.nextTrxIsolation = null;
    return new Trx(nextTrxId++, s, iso);
  }

  private void setVariable(Session s, Statement.SetVariable sv) {
    String v = sv.value().trim();
    switch (sv.name()) {
      case "innodb_lock_wait_timeout":
        s.lockWaitTimeout = Double.parseDouble(v);
        break;
      case "autocommit":
        boolean on = v.equals("1") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true");
        if (on && s.trx != null && !s.inExplicitTrx) commit(s);
        s.autocommit = on;
        break;
      case "optimizer_switch":
        for (String part : v.split(",")) {
          String[] kv = part.trim().split("=");
          if (kv.length != 2) continue;
          boolean flag = kv[1].trim().equalsIgnoreCase("on");
          String k = kv[0].trim().toLowerCase(Locale.ROOT);
          if (k.equals("index_merge_intersection")) s.indexMergeIntersection = flag;
          else if (k.equals("index_merge")) s.indexMerge = flag;
        }
        break;
      case "foreign_key_checks":
        s.foreignKeyChecks = v.equals("1") || v.equalsIgnoreCase("on");
        break;
      case "unique_checks":
        s.uniqueChecks = v.equals("1") || v.equalsIgnoreCase("on");
        break;
      default:
        throw new EngineException("unsupported variable: " + sv.name());
    }
  }

  /**
   * ORDER BY: a descending order is not modelled (InnoDB's backward scans lock differently), and is
   * rejected; an ascending order that the access path does not deliver makes the server read every
   * row before sorting, so LIMIT no longer stops the scan early.
   */
  private Optional<Long> effectiveLimit(TableRt t, List<Statement.OrderBy> orderBy, Optional<Long> limit,
                                        Optional<Expr> where, Optional<Statement.IndexHint> hint, Session s) {
    return effectiveLimit(t, orderBy, limit, where, hint, s, true);
  }

  private Optional<Long> effectiveLimit(TableRt t, List<Statement.OrderBy> orderBy, Optional<Long> limit,
                                        Optional<Expr> where, Optional<Statement.IndexHint> hint, Session s,
                                        boolean readOnly) {
    lastScanDescending = false;
    if (orderBy.isEmpty()) return limit;
    boolean desc = orderBy.get(0).descending();
    for (Statement.OrderBy o : orderBy) {
      if (o.descending() != desc) throw new EngineException("unsupported: ORDER BY with mixed ASC and DESC");
      checkColumns(t, List.of(o.column()));
    }
    AccessPath p = plan(s, t, where, hint);
    IndexTree idx = p.primaryIndex();
    if (idx == null) return limit;
    if (p instanceof AccessPath.Intersect) {
      if (desc && !readOnly) throw new EngineException("unsupported: ORDER BY ... DESC that needs a sort in UPDATE or DELETE");
      return limit.isEmpty() ? limit : sorted(readOnly);
    }
    // the index delivers the order when the ORDER BY columns follow its key columns (after equality prefixes)
    List<IndexTree.Field> fs = idx.fields();
    int k = 0;
    for (Statement.OrderBy o : orderBy) {
      boolean found = false;
      while (k < fs.size()) {
        if (fs.get(k++).column().equalsIgnoreCase(o.column())) {
          found = true;
          break;
        }
      }
      if (!found) {
        if (desc && !readOnly) throw new EngineException("unsupported: ORDER BY ... DESC that needs a sort in UPDATE or DELETE");
        return limit.isEmpty() ? limit : sorted(readOnly);
      }
    }
    lastScanDescending = desc;
    return limit;
  }

  /** Set by {@link #effectiveLimit}: the index delivers a descending ORDER BY, so the scan runs backwards. */
  private boolean lastScanDescending;

  /** Turns the statement's scans backwards when its ORDER BY ... DESC is served by the index (ranges in reverse order). */
  private Exec descending(Exec.ScanExec e) {
    if (lastScanDescending) {
      java.util.Collections.reverse(e.source.scans);
      for (Scan sc : e.source.scans) sc.descending = true;
    }
    return e;
  }

  /** A sort is needed: a locking SELECT reads (and locks) every row first; a changing statement is not modelled. */
  private static Optional<Long> sorted(boolean readOnly) {
    if (!readOnly) throw new EngineException("unsupported: ORDER BY ... LIMIT that needs a sort in UPDATE or DELETE");
    return Optional.empty();
  }

  private Exec newExec(Session s, Statement st) {
    Trx trx = s.trx;
    if (st instanceof Statement.Select sel) {
      TableRt t = table(sel.table());
      checkColumns(t, sel.referencedColumns());
      checkColumns(t, sel.where());
      boolean share = sel.lock() != Statement.LockClause.UPDATE;
      if (sel.waitPolicy() != Statement.WaitPolicy.WAIT && !profile.nowaitSupported()
          || FOR_SHARE.matcher(sel.text()).find() && !profile.forShareSyntax()) {
        return new Exec.Fails(this, s, trx, st, MySqlError.ER_PARSE_ERROR);
      }
      Optional<Long> limit = effectiveLimit(t, sel.orderBy(), sel.limit(), sel.where(), sel.hint(), s);
      return descending(new Exec.ScanExec(this, s, trx, st, t, Exec.ScanExec.Kind.SELECT, share ? LOCK_S : LOCK_X,
          sel.where(), sel.hint(), limit, List.of(), neededColumns(t, sel),
          sel.waitPolicy() == Statement.WaitPolicy.SKIP_LOCKED, sel.waitPolicy() == Statement.WaitPolicy.NOWAIT));
    }
    if (st instanceof Statement.Update u) {
      TableRt t = table(u.table());
      for (Statement.Assignment a : u.assignments()) {
        checkColumns(t, List.of(a.column()));
        checkColumns(t, a.value());
      }
      checkColumns(t, u.where());
      Optional<Long> limit = effectiveLimit(t, u.orderBy(), u.limit(), u.where(), u.hint(), s, false);
      return descending(new Exec.ScanExec(this, s, trx, st, t, Exec.ScanExec.Kind.UPDATE, LOCK_X, u.where(), u.hint(),
          limit, u.assignments(), null, false, false));
    }
    if (st instanceof Statement.Delete d) {
      TableRt t = table(d.table());
      checkColumns(t, d.where());
      Optional<Long> limit = effectiveLimit(t, d.orderBy(), d.limit(), d.where(), d.hint(), s, false);
      return descending(new Exec.ScanExec(this, s, trx, st, t, Exec.ScanExec.Kind.DELETE, LOCK_X, d.where(), d.hint(),
          limit, List.of(), null, false, false));
    }
    if (st instanceof Statement.Insert ins) {
      TableRt t = table(ins.table());
      checkColumns(t, ins.columns());
      for (Statement.Assignment a : ins.onDuplicate()) {
        checkColumns(t, List.of(a.column()));
        checkColumns(t, a.value());
      }
      if (ins.source().isPresent()) {
        Statement.Select src = ins.source().get();
        TableRt st2 = table(src.table());
        checkColumns(st2, src.referencedColumns());
        checkColumns(st2, src.where());
      }
      return new Exec.InsertExec(this, s, trx, ins, t);
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

  // ================================================================= running, waiting, resuming

  /** Runs (or resumes) a statement and handles its result. */
  private void runExec(Exec e) {
    Session s = e.session;
    Exec.Status st;
    try {
      st = e.run();
    } catch (SchemaException ex) {
      throw new EngineException(ex.getMessage());
    }
    switch (st) {
      case ABORTED:
        break;
      case DONE:
        finishExec(e, Outcome.OK);
        break;
      case FAILED:
        rollbackTo(e.trx, e.savepoint);
        finishExec(e, Outcome.error(e.errorCode));
        break;
      default:
        s.waitStartedAt = clock;
        detectDeadlock(e.trx);
        break;
    }
  }

  private void finishExec(Exec e, Outcome o) {
    Session s = e.session;
    e.finish();
    s.current = null;
    report(e, o);
    if (e.autocommit && s.trx == e.trx && s.trx != null) {
      commit(s);
    }
  }

  private void report(Exec e, Outcome o) {
    if (e == own && !e.reportedBlocked) {
      ownOutcome = o;
    } else {
      released.add(new Release(e.session.name, e.stepNo, o));
    }
  }

  /** Resumes granted waiters until nothing moves. */
  private void pump() {
    while (true) {
      for (TrxLocks t : lockSys.drainGranted()) runQueue.add((Trx) t);
      for (TrxLocks t : lockSys.drainToCheck()) if (t.isWaiting() && ((Trx) t).active) detectDeadlock((Trx) t);
      if (runQueue.isEmpty()) break;
      Trx t = runQueue.poll();
      if (!t.active || t.isWaiting()) continue;
      Exec e = t.session.current;
      if (e == null || e.trx != t) continue;
      runExec(e);
    }
    if (own != null && own.session.current == own && ownOutcome == Outcome.OK) {
      ownOutcome = Outcome.BLOCKED;
      own.reportedBlocked = true;
    }
  }

  private void detectDeadlock(Trx requester) {
    while (requester.isWaiting()) {
      Optional<Deadlock.Cycle> c = Deadlock.find(requester, profile, lockSys);
      if (c.isEmpty()) return;
      resolve(requester, c.get());
    }
  }

  private void resolve(Trx requester, Deadlock.Cycle cycle) {
    requesterName = requester.name();
    deadlocks.add(describe(cycle));
    Trx victim = (Trx) cycle.victim();
    Exec ve = victim.session.current;
    lockSys.cancelWait(victim);
    rollbackTrx(victim);
    victim.session.inExplicitTrx = false;
    if (ve != null) {
      ve.finish();
      victim.session.current = null;
      report(ve, Outcome.DEADLOCK);
    }
  }

  private String requesterName;

  private DeadlockReport describe(Deadlock.Cycle cycle) {
    List<DeadlockMember> ms = new ArrayList<>();
    for (TrxLocks t : cycle.members()) {
      String waits;
      List<String> behind = new ArrayList<>();
      if (t.waitingRecordLock() != null) {
        LockStruct w = t.waitingRecordLock();
        Rec r = w.recs().get(0);
        waits = LockLines.recordText(this, w, r);
        for (LockStruct s : LockSys.locksOn(r)) {
          if (s.trx() == t || s.isWaiting()) continue;
          behind.add(s.trx().name() + " holds  " + LockLines.recordText(this, s, r));
        }
      } else {
        TableLock w = t.waitingTableLock();
        waits = "TABLE " + w.table() + " " + tableModeText(w.mode());
        for (TableLock s : lockSys.tableLocks(w.table())) {
          if (s.trx() == t || s.isWaiting()) continue;
          behind.add(s.trx().name() + " holds  TABLE " + s.table() + " " + tableModeText(s.mode()));
        }
      }
      behind = LockLines.sortAndDedupe(behind);
      ms.add(new DeadlockMember(t.name(), waits, behind));
    }
    ms.sort((a, b) -> LockLines.compareSessions(a.session(), b.session()));
    return new DeadlockReport(cycle.victim().name(), ms, requesterName,
        cycle.members().stream().map(TrxLocks::name).toList(), captureDeadlockSnapshots ? snapshot() : null);
  }

  private void timeout(Session s) {
    Exec e = s.current;
    lockSys.cancelWait(e.trx);
    rollbackTo(e.trx, e.savepoint);
    e.finish();
    s.current = null;
    released.add(new Release(s.name, e.stepNo, Outcome.TIMEOUT));
    if (e.autocommit && s.trx == e.trx) commit(s);
  }

  private void expireTimeouts() {
    boolean any = true;
    while (any) {
      any = false;
      for (Session s : sessions.values()) {
        if (s.current != null && s.current.trx.isWaiting() && clock - s.waitStartedAt >= s.lockWaitTimeout) {
          timeout(s);
          pump();
          any = true;
        }
      }
    }
  }

  private void commit(Session s) {
    Trx t = s.trx;
    s.trx = null;
    t.active = false;
    lockSys.releaseAll(t);
  }

  private boolean rollingBackWhole;

  private void rollbackTrx(Trx t) {
    rollingBackWhole = true;
    try {
      rollbackTo(t, 0);
    } finally {
      rollingBackWhole = false;
    }
    t.active = false;
    lockSys.releaseAll(t);
    if (t.session.trx == t) t.session.trx = null;
  }

  /** Undoes the changes of {@code t} back to undo position {@code mark}; locks stay. */
  void rollbackTo(Trx t, int mark) {
    boolean partial = t.active && t.session.trx == t && mark >= 0 && !rollingBackWhole;
    for (int i = t.undo.size() - 1; i >= mark; i--) {
      Trx.Undo u = t.undo.remove(i);
      if (u.countsAsUndoRecord) t.undoRemoved();
      Rec r = u.rec;
      if (partial && profile.partialRollbackConvertsImplicit() && !t.isolation.skipsGapLocks()
          && r.lastModifier() == t && !r.isSupremum()) {
        // row_convert_impl_to_expl_if_needed: the removed or restored record keeps an explicit lock
        lockSys.convertImplicit(t, r, new Why(Why.Rule.IMPLICIT, this, execOf(t), r, "the statement rollback"));
      }
      switch (u.kind) {
        case INSERTED: {
          IndexTree idx = r.index();
          idx.remove(r);
          Rec heir = idx.successorOf(r.fields());
          for (TrxLocks w : lockSys.inheritToGapAndCancel(r, heir)) runQueue.add((Trx) w);
          break;
        }
        case DELETE_MARK:
          r.setDeleteMarked(u.oldDeleteMark);
          r.setLastModifier(u.oldModifier);
          break;
        default:
          r.setRow(u.oldRow);
          r.setDeleteMarked(u.oldDeleteMark);
          r.setLastModifier(u.oldModifier);
          break;
      }
    }
  }

  // ================================================================= services for Exec, Scan, RowOps

  AccessPath plan(Session s, TableRt t, Optional<Expr> where, Optional<Statement.IndexHint> hint) {
    return plan(s, t, where, hint, null);
  }

  /** The columns a SELECT reads: all for {@code *}, else those it names. */
  static List<String> neededColumns(TableRt t, Statement.Select sel) {
    if (sel.columns().isEmpty() || !sel.selectsOnlyColumns() && sel.referencedColumns().isEmpty()) {
      return t.def.columns().stream().map(ColumnDef::name).toList();
    }
    return sel.referencedColumns();
  }

  AccessPath plan(Session s, TableRt t, Optional<Expr> where, Optional<Statement.IndexHint> hint, List<String> needed) {
    if (hint.isPresent()) {
      for (String n : hint.get().indexes()) {
        if (t.index(n) == null && !(n.equalsIgnoreCase("PRIMARY") && t.clustered != null)) {
          throw new EngineException("key '" + n + "' doesn't exist in table '" + t.name() + "'");
        }
      }
    }
    return Planner.choose(t.def, t.all, where, hint, new Planner.Switches(s.indexMerge, s.indexMergeIntersection), needed);
  }

  /** The active transaction holding an implicit lock on {@code r}, or null. */
  Trx implicitHolder(Rec r) {
    Object m = r.lastModifier();
    return m instanceof Trx t && t.active ? t : null;
  }

  /**
   * {@code lock_clust_rec_read_check_and_lock} / {@code lock_sec_rec_read_check_and_lock}: converts
   * another transaction's implicit lock, then requests the lock.
   */
  RecordRequest lockRead(Trx trx, Rec r, int typeMode, boolean noWait, Why why) {
    if (!r.isSupremum()) {
      Trx holder = implicitHolder(r);
      if (holder != null && holder != trx) {
        lockSys.convertImplicit(holder, r, new Why(Why.Rule.IMPLICIT, this, null, r, trx.name()));
      } else if (holder == trx) {
        if (profile.ownImplicitLockMadeExplicit()) {
          lockSys.convertImplicit(holder, r, new Why(Why.Rule.IMPLICIT, this, null, r, trx.name()));
        } else if (isRecNotGap(typeMode)) {
          return RecordRequest.ALREADY_HELD;
        }
      }
    }
    return lockSys.lockRecord(trx, r, typeMode, noWait, why);
  }

  /**
   * 5.7's semi-consistent read: the waiting request is enqueued and the deadlock check runs before
   * it is cancelled. Returns the request's fate: granted (the other side was rolled back), still
   * conflicting (cancelled), or the requester itself was the victim ({@code null}).
   */
  RecordRequest semiConsistentProbe(Trx trx, Rec r, int typeMode, Why why) {
    RecordRequest q = lockRead(trx, r, typeMode, false, why);
    if (!(q instanceof RecordRequest.MustWait)) return q;
    probing = trx;
    try {
      detectDeadlock(trx);
    } finally {
      probing = null;
    }
    if (!trx.active) return null;
    if (!trx.isWaiting()) {
      lockSys.forgetGrant(trx);
      return RecordRequest.ALREADY_HELD;
    }
    lockSys.cancelWait(trx);
    return q;
  }

  private Trx probing;

  /** The statement {@code trx} is running, or null. */
  Exec execOf(Trx trx) {
    return trx.session.current != null && trx.session.current.trx == trx ? trx.session.current : null;
  }

  Why why(Why.Rule rule, Trx trx, Rec r) {
    return new Why(rule, this, execOf(trx), r, null);
  }

  /** {@code lock_*_rec_modify_check_and_lock}: waits only for another transaction's conflicting lock; creates nothing when granted. */
  RecordRequest modifyCheck(Trx trx, Rec r) {
    Trx holder = implicitHolder(r);
    if (holder != null && holder != trx) lockSys.convertImplicit(holder, r, new Why(Why.Rule.IMPLICIT, this, null, r, trx.name()));
    int tm = LOCK_X | LOCK_REC_NOT_GAP;
    if (lockSys.heldSatisfying(trx, r, tm) != null) return RecordRequest.ALREADY_HELD;
    if (lockSys.firstConflicting(trx, r, tm) == null) return RecordRequest.ALREADY_HELD;
    return lockSys.lockRecord(trx, r, tm, false, why(Why.Rule.MODIFY_CHECK, trx, r));
  }

  RecordRequest lockTable(Trx trx, TableRt t, int mode, boolean noWait) {
    Why.Rule rule = mode == LOCK_AUTO_INC ? Why.Rule.AUTO_INC : Why.Rule.TABLE_INTENTION;
    return lockSys.lockTable(trx, t.name(), mode, noWait, why(rule, trx, null));
  }

  RecordRequest lockTable(Trx trx, TableRt t, int mode, Why.Rule rule) {
    return lockSys.lockTable(trx, t.name(), mode, false, why(rule, trx, null));
  }

  boolean needsAutoIncLock(Trx trx, TableRt t, boolean unknownRowCount) {
    int m = profile.autoIncLockMode();
    if (m == 0) return true;
    if (m == 2) return false;
    return unknownRowCount || lockSys.otherHasTableLock(trx, t.name(), LOCK_AUTO_INC);
  }

  Value[] committedVersion(Rec clust) {
    Trx holder = implicitHolder(clust);
    return holder == null ? clust.row() : holder.committedVersion(clust);
  }

  void deleteMark(Trx trx, Rec r, boolean countsAsUndo) {
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.DELETE_MARK, r, r.isDeleteMarked(), null, r.lastModifier(), countsAsUndo));
    r.setDeleteMarked(true);
    r.setLastModifier(trx);
  }

  void setRow(Trx trx, Rec clust, Value[] row) {
    TableRt t = tableRt(clust.index().table());
    if (grows(t, clust.row(), row)) clust.index().reinsertGrown(clust);
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.ROW, clust, clust.isDeleteMarked(), clust.row(), clust.lastModifier(), true));
    clust.setRow(row);
    clust.setLastModifier(trx);
  }

  /** The stored size of a row's clustered record (fields only; headers are the same for one table). */
  private static int recordSize(TableRt t, Value[] row) {
    int n = 0;
    List<ColumnDef> cols = t.def.columns();
    for (int c = 0; c < cols.size(); c++) {
      if (!row[c].isNull()) n += Values.storedBytes(row[c], cols.get(c).type()).length;
    }
    return n;
  }

  /** True when the new row is stored in more bytes: only variable-length or NULL changes can do that. */
  private static boolean grows(TableRt t, Value[] oldRow, Value[] newRow) {
    List<ColumnDef> cols = t.def.columns();
    boolean changed = false;
    for (int c = 0; c < cols.size() && !changed; c++) {
      if (oldRow[c].isNull() != newRow[c].isNull()
          || !cols.get(c).type().isInteger() && !oldRow[c].equals(newRow[c])) changed = true;
    }
    return changed && recordSize(t, newRow) > recordSize(t, oldRow);
  }

  /** Result of inserting one index entry. */
  enum EntryStatus { DONE, BLOCKED, DUPLICATE }

  record Entry(EntryStatus status, Rec dup) {
    static final Entry DONE = new Entry(EntryStatus.DONE, null);
    static final Entry BLOCKED = new Entry(EntryStatus.BLOCKED, null);
  }

  /**
   * Inserts one entry into one index: duplicate check (unique indexes), insert-intention check on
   * the next record, insert, gap split (spec 3.6). Run again from the start after a wait.
   */
  Entry insertEntry(Trx trx, TableRt t, IndexTree idx, Value[] fields, Value[] row, boolean dupX, boolean clustered) {
    dupX = dupX || trx.duplicates;
    int dupMode = dupX ? LOCK_X : LOCK_S;
    Rec same = idx.find(fields);
    if (idx.isClustered()) {
      if (same != null) {
        int tm = dupMode | (profile.primaryDuplicateRecordOnly() ? LOCK_REC_NOT_GAP : LOCK_ORDINARY);
        trx.inheritAll = true;
        RecordRequest r = lockRead(trx, same, tm, false, why(Why.Rule.DUPLICATE_PRIMARY, trx, same));
        if (r instanceof RecordRequest.MustWait) return Entry.BLOCKED;
        if (!same.isDeleteMarked()) return new Entry(EntryStatus.DUPLICATE, same);
        RecordRequest m = modifyCheck(trx, same);
        if (m instanceof RecordRequest.MustWait) return Entry.BLOCKED;
        trx.addUndo(new Trx.Undo(Trx.Undo.Kind.ROW, same, true, same.row(), same.lastModifier(), true));
        same.setRow(row);
        same.setDeleteMarked(false);
        same.setLastModifier(trx);
        return Entry.DONE;
      }
    } else if (idx.isUnique() && trx.session.uniqueChecks) {
      Value[] key = Arrays.copyOf(fields, idx.keyFieldCount());
      boolean hasNull = false;
      for (Value v : key) if (v.isNull()) hasNull = true;
      if (!hasNull) {
        Rec r = idx.seek(key, false);
        if (!r.isSupremum() && idx.comparePrefix(r.fields(), key) == 0) {
          while (true) {
            boolean equal = !r.isSupremum() && idx.comparePrefix(r.fields(), key) == 0;
            int tm = dupMode | (!equal && !r.isSupremum() && profile.uniqueSecondaryDuplicateGapOnNonEqual() && !dupX
                ? LOCK_GAP : LOCK_ORDINARY);
            trx.inheritAll = true;
            RecordRequest q = lockRead(trx, r, tm, false, why(Why.Rule.DUPLICATE_SECONDARY, trx, r));
            if (q instanceof RecordRequest.MustWait) return Entry.BLOCKED;
            if (r.isSupremum() || !equal) break;
            if (!r.isDeleteMarked()) return new Entry(EntryStatus.DUPLICATE, r);
            r = idx.next(r);
          }
        }
      }
    }
    if (same != null) {
      // an identical delete-marked entry: the insert becomes an un-delete-mark
      RecordRequest m = modifyCheck(trx, same);
      if (m instanceof RecordRequest.MustWait) return Entry.BLOCKED;
      trx.addUndo(new Trx.Undo(Trx.Undo.Kind.DELETE_MARK, same, same.isDeleteMarked(), null, same.lastModifier(), false));
      same.setDeleteMarked(false);
      same.setLastModifier(trx);
      return Entry.DONE;
    }
    Rec next = idx.successorOf(fields);
    RecordRequest ii = lockSys.insertIntention(trx, next, false, why(Why.Rule.INSERT_INTENTION, trx, next));
    if (ii instanceof RecordRequest.MustWait) return Entry.BLOCKED;
    Rec rec = idx.insert(fields);
    rec.setLastModifier(trx);
    if (idx.isClustered()) rec.setRow(row);
    lockSys.inheritOnInsert(next, rec);
    trx.addUndo(new Trx.Undo(Trx.Undo.Kind.INSERTED, rec, false, null, null, idx.isClustered()));
    return Entry.DONE;
  }






  /** REPLACE updates in place only when the conflict is in the last unique index and no foreign key references the table. */
  boolean replaceInPlace(TableRt t, IndexTree conflict) {
    IndexTree lastUnique = null;
    for (IndexTree i : t.all) if (i.isUnique()) lastUnique = i;
    if (conflict != lastUnique) return false;
    for (TableRt c : tables.values()) {
      for (ForeignKeyDef fk : c.def.foreignKeys()) if (fk.refTable().equalsIgnoreCase(t.name())) return false;
    }
    return true;
  }

  // ================================================================= values









  // ================================================================= observation

  /** Every transaction's locks as checkpoint lines, for sessions {@code names} in order. */
  public List<String> checkpoint(List<String> sessionNames) {
    return LockLines.checkpoint(this, sessionNames);
  }

  /** As {@link #checkpoint(List)}, each lock line followed by {@code "  why: ..."} explaining it. */
  public List<String> checkpointWithWhy(List<String> sessionNames) {
    return LockLines.checkpoint(this, sessionNames, true);
  }

  /** The active transactions, by session name. */
  Map<String, Trx> activeTransactions() {
    Map<String, Trx> out = new TreeMap<>(LockLines::compareSessions);
    for (Session s : sessions.values()) if (s.trx != null && s.trx.active) out.put(s.name, s.trx);
    return out;
  }

  TableRt tableRt(String name) { return table(name); }

  /** True while the session has a transaction that holds or may take locks (not yet committed or rolled back). */
  public boolean inTransaction(int session) {
    Session s = sessions.get(session);
    return s != null && s.trx != null && s.trx.active;
  }

  /** True while the session's last statement waits for a lock. */
  public boolean isBlocked(int session) {
    Session s = sessions.get(session);
    return s != null && s.current != null;
  }




  /**
   * A canonical description of everything that decides what happens next: records (keys, delete
   * marks, rows, uncommitted owners), every lock in queue order, transactions (weights, waits) and
   * sessions. Two engines with equal fingerprints behave identically from here on.
   */
  public String fingerprint() {
    return EngineChecks.fingerprint(this);
  }

  /**
   * Checks the lock system's invariants and returns every violation (empty when all hold): no two
   * granted locks of different transactions on a record conflict (insert intentions aside, they
   * protect nothing once granted), every waiter waits for an active transaction that holds or
   * awaits a conflicting lock ahead of it, no wait-for cycle is left, and transactions that ended
   * hold nothing.
   */
  public List<String> invariantViolations() {
    return EngineChecks.invariantViolations(this);
  }

  java.util.Collection<TableRt> tables() { return tables.values(); }

  java.util.Collection<Session> sessions() { return sessions.values(); }

  long nextRowIdValue() { return nextRowId; }

  /** A read-only picture of every active transaction and lock. */
  public Snapshot snapshot() {
    return SnapshotBuilder.build(this, activeTransactions());
  }
}
