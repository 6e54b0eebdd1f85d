package dev.innosim.engine;

import dev.innosim.index.Rec;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.TrxLocks;
import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.MySqlError;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.SchemaException;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Eval;
import dev.innosim.sql.Statement;
import dev.innosim.sql.UserVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulated server: sessions and their statements, driven one step at a time; mutable,
 * single-threaded, deterministic (no clock, no hash-order iteration).
 *
 * <p>A step runs its statement until it completes or waits; everything the step causes (waiters
 * granted and resumed, deadlock victims rolled back) happens before {@link #step} returns, in a
 * fixed order, and is reported in the returned {@link StepReport}. The work is split by
 * responsibility: {@link Statements} checks and plans, {@link Exec} runs a statement through the
 * narrow {@link Locking} interface, {@link Inserter} inserts index entries, {@link UndoLog} logs
 * and undoes changes, {@link Transactions} begins and ends transactions and {@link DeadlockResolver}
 * breaks cycles; a {@link StepContext} collects what one step causes.
 */
public final class Engine {
  private final ServerProfile profile;
  private final LockSys lockSys;
  private final Catalog catalog;
  private final Transactions transactions;
  private final DeadlockResolver resolver;
  private final Statements statements;
  private final Map<Integer, Session> sessions = new TreeMap<>();
  private final IsolationLevel defaultIsolation;
  private final double defaultLockWaitTimeout;
  private double clock;
  private int stepNo;
  private boolean captureDeadlockSnapshots = true;
  private final FootprintLocking footprints;
  private boolean recordFootprints;
  private Footprint lastFootprint = Footprint.NONE;
  /** The deadlocks {@link #endOfScript} found. */
  private List<DeadlockReport> endDeadlocks = List.of();

  /** Outcome of a blocked statement that ended during a later step; an immutable value. */
  public record Release(String session, int stepNo, Outcome outcome) {}

  /** One transaction of a deadlock cycle: the lock it waited for and the other sessions' granted locks on that record. */
  public record DeadlockMember(SessionId session, LockRef waits, List<LockRow> behind) {
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
    this(profile, defaultIsolation, lockWaitTimeout, new LockSys(profile), new Catalog(), 1);
  }

  private Engine(ServerProfile profile, IsolationLevel defaultIsolation, double lockWaitTimeout, LockSys lockSys,
                 Catalog catalog, int nextTrxId) {
    this.profile = profile;
    this.lockSys = lockSys;
    this.catalog = catalog;
    this.defaultIsolation = defaultIsolation;
    this.defaultLockWaitTimeout = lockWaitTimeout;
    UndoLog undo = new UndoLog(profile, lockSys, catalog);
    this.transactions = new Transactions(lockSys, undo, nextTrxId);
    this.resolver = new DeadlockResolver(profile, lockSys, catalog, transactions,
        () -> captureDeadlockSnapshots ? snapshot() : null);
    this.footprints = new FootprintLocking(new LockService(profile, lockSys, catalog, resolver));
    Locking locks = footprints;
    Inserter inserter = new Inserter(locks, undo, catalog);
    ForeignKeys fks = new ForeignKeys(catalog, locks, undo, inserter);
    this.statements = new Statements(new Services(profile, catalog, locks, undo, inserter, fks));
  }

  public ServerProfile profile() { return profile; }

  /**
   * Whether each {@link DeadlockReport} carries a {@link Snapshot} of the engine at detection
   * (needed for server-style reports and pictures; costly). On by default.
   */
  public void setCaptureDeadlockSnapshots(boolean on) {
    this.captureDeadlockSnapshots = on;
  }

  /** Whether each step notes what it read and wrote ({@link #lastFootprint}); off by default (it costs a name per record). */
  public void setRecordFootprints(boolean on) {
    this.recordFootprints = on;
  }

  /**
   * What the last step read and wrote (empty unless {@link #setRecordFootprints} is on): the records
   * its statement, and any statement it resumed, asked about, the table lock queues, and the shared
   * counters it advanced (hidden row ids, a table's auto-increment counter; transaction ids are
   * left out: no rule reads them, and the fingerprint leaves them out too).
   */
  public Footprint lastFootprint() { return lastFootprint; }

  /** The number of the step run last ({@link Release#stepNo()} refers to these numbers). */
  public int lastStepNo() { return stepNo; }

  /** Sets the isolation level a session starts with ({@code -- @isolation Tn:}). */
  public void setSessionIsolation(int session, IsolationLevel level) {
    session(session).isolation = level;
  }

  private Session session(int n) {
    return sessions.computeIfAbsent(n, k -> new Session(k, defaultIsolation, defaultLockWaitTimeout));
  }

  /** Names of the tables, in creation order. */
  public List<String> tableNames() { return catalog.names(); }

  /** The table definition of a table. */
  public TableDef tableDef(String name) { return catalog.table(name).def; }

  /** The values of one column in every row of a table that is not delete-marked, in PRIMARY order. */
  public List<Value> columnValues(String table, String column) {
    TableRt t = catalog.table(table);
    int c = t.def.columnIndex(column);
    List<Value> out = new ArrayList<>();
    for (Rec r : t.clustered.records()) {
      if (!r.isSupremum() && !r.isDeleteMarked()) out.add(r.row()[c]);
    }
    return out;
  }

  // ================================================================= setup and steps

  /** Runs one setup statement, autocommitted, as session 0; it must not wait. */
  public void setup(Statement st) {
    if (st instanceof Statement.CreateTable ct) {
      catalog.create(ct.table());
      return;
    }
    StepReport r = step(0, st);
    stepNo--;
    if (r.outcome().kind() == Outcome.Kind.BLOCKED) throw new EngineException("setup statement would wait for a lock");
    if (r.outcome().kind() != Outcome.Kind.OK) throw new EngineException("setup statement failed with " + r.outcome().text());
  }

  /** Runs one step of a session. */
  public StepReport step(int sessionNo, Statement st) {
    return step(sessionNo, st, 0);
  }

  /**
   * Runs one step of a session; with {@code pauseAfterRows} > 0 its statement (or, for
   * {@link Statement.Resume}, the session's paused statement) stops between two rows once it has
   * finished that many rows and has rows left: the step's outcome is {@link Outcome#PAUSED} and a
   * later {@code RESUME} step continues it. A statement resumed after a lock wait keeps the budget.
   */
  public StepReport step(int sessionNo, Statement st, int pauseAfterRows) {
    if (pauseAfterRows < 0) throw new IllegalArgumentException("pause after " + pauseAfterRows + " rows");
    Session s = session(sessionNo);
    boolean paused = s.current != null && s.current.paused;
    if (st instanceof Statement.Resume && !paused) {
      throw new EngineException(s.name + " has no paused statement to RESUME");
    }
    if (paused && !(st instanceof Statement.Resume)) {
      throw new EngineException(s.name + "'s statement is paused inside its rows: RESUME it before the next statement");
    }
    stepNo++;
    if (!recordFootprints) return run(s, st, paused, pauseAfterRows);
    footprints.record(true);
    long rowId = catalog.peekRowId();
    List<Long> autoInc = new ArrayList<>();
    for (TableRt t : catalog.tables()) autoInc.add(t.autoIncNext);
    try {
      return run(s, st, paused, pauseAfterRows);
    } finally {
      if (catalog.peekRowId() != rowId) footprints.write("row ids");
      int i = 0;
      for (TableRt t : catalog.tables()) if (i < autoInc.size() && autoInc.get(i++) != t.autoIncNext) footprints.write("auto-increment " + t.name());
      lastFootprint = footprints.footprint();
      footprints.record(false);
    }
  }

  private StepReport run(Session s, Statement st, boolean paused, int pauseAfterRows) {
    List<DeadlockReport> deadlocks = new ArrayList<>();
    // the session's previous statement still waits: it times out first (the client gave up on it)
    StepContext before = new StepContext(deadlocks);
    if (s.current != null && !paused) {
      timeout(s, before);
      pump(before);
    }
    StepContext step = new StepContext(deadlocks);
    if (paused) {
      resume(s.current, pauseAfterRows, step);
    } else {
      execute(s, st, step, pauseAfterRows);
    }
    pump(step);
    expireTimeouts(step);
    return new StepReport(step.outcome(), before.releasesUnsorted(), step.releases(), deadlocks);
  }

  /**
   * Ends the script: statements paused inside their rows run on to their end (the client lets them
   * finish), then statements still waiting end with a lock wait timeout.
   */
  public List<Release> endOfScript() {
    List<DeadlockReport> deadlocks = new ArrayList<>();
    StepContext end = new StepContext(deadlocks);
    for (Session s : sessions.values()) if (s.current != null) s.current.pauseAfter(0);
    for (Session s : sessions.values()) {
      if (s.current != null && s.current.paused) {
        s.current.paused = false;
        runExec(s.current, end);
        pump(end);
      }
    }
    for (Session s : sessions.values()) {
      if (s.current != null) {
        timeout(s, end);
        pump(end);
      }
    }
    endDeadlocks = deadlocks;
    return end.releases();
  }

  /** The access paths the statements chose since the last call, in order (for {@code innosim plan}). */
  public List<dev.innosim.plan.PlanChoice> drainPlans() { return statements.drainPlans(); }

  /** Deadlocks detected by {@link #endOfScript}. */
  public List<DeadlockReport> endDeadlocks() { return endDeadlocks; }

  /** Continues a paused statement as the step's own statement, with a new pause budget. */
  private void resume(Exec e, int pauseAfterRows, StepContext step) {
    // the statement keeps the number of the step that issued it (the order releases are listed in),
    // so that equal positions reached by different schedules have equal fingerprints
    e.paused = false;
    e.reportedBlocked = false;
    e.pauseAfter(pauseAfterRows);
    step.issue(e);
    runExec(e, step);
  }

  private void execute(Session s, Statement written, StepContext step, int pauseAfterRows) {
    Statement st = UserVariables.bind(written,
        name -> s.userVariables.getOrDefault(name, Value.Null.INSTANCE));
    if (st instanceof Statement.SetUserVariable uv) {
      s.userVariables.put(uv.name(), Eval.eval(uv.value(), column -> {
        throw new EngineException("unknown column '" + column + "' in 'field list'");
      }, null));
      return;
    }
    if (st instanceof Statement.SelectNoTable nt) {
      for (String v : nt.systemVariables()) {
        if (!profile.knowsIsolationVariable(v)) {
          step.fail(Outcome.error(MySqlError.ER_UNKNOWN_SYSTEM_VARIABLE));
          return;
        }
      }
      if (s.trx == null && !s.autocommit) s.trx = transactions.begin(s);
      return;
    }
    if (st instanceof Statement.Begin b) {
      if (s.trx != null) transactions.commit(s);
      s.inExplicitTrx = true;
      s.readOnly = b.readOnly();
      s.trx = transactions.begin(s);
      return;
    }
    if (st instanceof Statement.Commit) {
      if (s.trx != null) transactions.commit(s);
      s.inExplicitTrx = false;
      s.readOnly = false;
      return;
    }
    if (st instanceof Statement.Rollback) {
      if (s.trx != null) step.wake(transactions.rollback(s.trx));
      s.inExplicitTrx = false;
      s.readOnly = false;
      return;
    }
    if (st instanceof Statement.SetIsolation si) {
      if (si.variable().isPresent() && !profile.knowsIsolationVariable(si.variable().get())) {
        step.fail(Outcome.error(MySqlError.ER_UNKNOWN_SYSTEM_VARIABLE));
        return;
      }
      if (si.nextTransactionOnly() && s.inExplicitTrx) {
        step.fail(Outcome.error(MySqlError.ER_CANT_CHANGE_TX_CHARACTERISTICS));
        return;
      }
      if (si.nextTransactionOnly()) {
        s.nextTrxIsolation = si.level();
      } else {
        s.isolation = si.level();
      }
      return;
    }
    if (st instanceof Statement.SetVariable var) {
      setVariable(s, var);
      return;
    }
    if (st instanceof Statement.Sleep sl) {
      clock += sl.seconds();
      expireTimeouts(step);
      return;
    }
    if (st instanceof Statement.CreateTable) throw new EngineException("CREATE TABLE is only allowed in the setup");
    if (st instanceof Statement.Resume) throw new EngineException("RESUME is a step of a session, not setup");
    if (st instanceof Statement.Select sel) {
      boolean serializable = currentIsolation(s) == IsolationLevel.SERIALIZABLE && (s.inExplicitTrx || !s.autocommit);
      if (sel.lock() == Statement.LockClause.NONE && !serializable) {
        if (catalog.differsOnlyInCase(sel.table())) {
          step.fail(Outcome.error(MySqlError.ER_NO_SUCH_TABLE));
          return;
        }
        catalog.table(sel.table());
        if (s.trx == null && !s.autocommit) s.trx = transactions.begin(s);
        return;
      }
    }
    if (st instanceof Statement.Join j && j.kind() == Statement.JoinKind.SELECT && j.lock() == Statement.LockClause.NONE) {
      boolean serializable = currentIsolation(s) == IsolationLevel.SERIALIZABLE && (s.inExplicitTrx || !s.autocommit);
      if (serializable) throw new EngineException("unsupported: a join without a locking clause under SERIALIZABLE: " + j.text());
      for (Statement.JoinTable jt : j.tables()) {
        if (catalog.differsOnlyInCase(jt.table())) {
          step.fail(Outcome.error(MySqlError.ER_NO_SUCH_TABLE));
          return;
        }
        catalog.table(jt.table());
      }
      if (s.trx == null && !s.autocommit) s.trx = transactions.begin(s);
      return;
    }
    if (s.readOnly && s.inExplicitTrx
        && (st instanceof Statement.Insert || st instanceof Statement.Update || st instanceof Statement.Delete
            || st instanceof Statement.Join j && (j.kind() != Statement.JoinKind.SELECT || j.lock() == Statement.LockClause.UPDATE)
            || st instanceof Statement.Select sel && sel.lock() == Statement.LockClause.UPDATE)) {
      step.fail(Outcome.error(MySqlError.ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION));
      return;
    }
    boolean autocommitStmt = s.trx == null && s.autocommit && !s.inExplicitTrx;
    if (s.trx == null) s.trx = transactions.begin(s);
    s.trx.inheritAll = false;
    Exec e = statements.newExec(s, st);
    s.lastStatement = st.text();
    e.stepNo = stepNo;
    step.issue(e);
    s.current = e;
    e.autocommit = autocommitStmt;
    e.pauseAfter(pauseAfterRows);
    runExec(e, step);
  }


  private IsolationLevel currentIsolation(Session s) {
    return s.trx != null ? s.trx.isolation : (s.nextTrxIsolation != null ? s.nextTrxIsolation : s.isolation);
  }

  private void setVariable(Session s, Statement.SetVariable var) {
    String v = var.value().trim();
    switch (var.name()) {
      case "innodb_lock_wait_timeout":
        s.lockWaitTimeout = Double.parseDouble(v);
        break;
      case "autocommit":
        boolean on = v.equals("1") || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("true");
        if (on && s.trx != null && !s.inExplicitTrx) transactions.commit(s);
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
        throw new EngineException("unsupported variable: " + var.name());
    }
  }


  // ================================================================= running, waiting, resuming

  /** Runs (or resumes) a statement and handles its result. */
  private void runExec(Exec e, StepContext step) {
    Session s = e.session;
    Exec.Status st;
    try {
      st = e.run(step);
    } catch (SchemaException ex) {
      throw new EngineException(ex.getMessage());
    }
    switch (st) {
      case ABORTED:
        break;
      case DONE:
        finishExec(e, Outcome.OK, step);
        break;
      case PAUSED:
        e.paused = true;
        step.paused(e);
        break;
      case FAILED:
        step.wake(e.sv.undo().rollback(e.trx, e.savepoint, UndoLog.Scope.STATEMENT));
        finishExec(e, Outcome.error(e.errorCode), step);
        break;
      default:
        s.waitStartedAt = clock;
        resolver.detect(e.trx, step);
        break;
    }
  }

  private void finishExec(Exec e, Outcome o, StepContext step) {
    Session s = e.session;
    e.finish();
    s.current = null;
    step.ended(e, o);
    if (e.autocommit && s.trx == e.trx && s.trx != null) transactions.commit(s);
  }

  /** Resumes granted waiters until nothing moves. */
  private void pump(StepContext step) {
    while (true) {
      List<TrxLocks> granted = lockSys.drainGranted();
      for (TrxLocks t : granted) step.wake((Trx) t);
      List<TrxLocks> toCheck = lockSys.drainToCheck();
      for (TrxLocks t : toCheck) if (t.isWaiting() && ((Trx) t).active) resolver.detect((Trx) t, step);
      Trx t = step.nextToRun();
      // a victim's rollback during the checks may have granted more waiters: drain again before stopping
      if (t == null && granted.isEmpty() && toCheck.isEmpty()) break;
      if (t == null) continue;
      if (!t.active || t.isWaiting()) continue;
      Exec e = t.session.current;
      if (e == null || e.trx != t) continue;
      runExec(e, step);
    }
    step.settle();
  }

  /** The session's waiting statement ends with a lock wait timeout; only the statement is rolled back. */
  private void timeout(Session s, StepContext step) {
    Exec e = s.current;
    lockSys.cancelWait(e.trx);
    step.wake(e.sv.undo().rollback(e.trx, e.savepoint, UndoLog.Scope.STATEMENT));
    e.finish();
    s.current = null;
    step.timedOut(new Release(s.name, e.stepNo, Outcome.TIMEOUT));
    if (e.autocommit && s.trx == e.trx) transactions.commit(s);
  }

  private void expireTimeouts(StepContext step) {
    boolean any = true;
    while (any) {
      any = false;
      for (Session s : sessions.values()) {
        if (s.current != null && s.current.trx.isWaiting() && clock - s.waitStartedAt >= s.lockWaitTimeout) {
          timeout(s, step);
          pump(step);
          any = true;
        }
      }
    }
  }

  // ================================================================= copy

  /** True when no statement is running or waiting: the engine can be {@link #copy() copied}. */
  public boolean atRest() {
    for (Session s : sessions.values()) if (s.current != null) return false;
    return true;
  }

  /**
   * A deep copy of this engine at rest ({@link #atRest()}): tables, indexes and records, every
   * transaction with its undo records and locks, sessions and counters, sharing only immutable
   * values; the copy behaves exactly as this engine from here on. Lock reasons are not copied
   * ({@link #explainedLocks} of a copy says "no reason recorded"). Each mutable class copies its
   * own fields ({@code Session.copySettings}, {@code Trx.copyFor}, {@code Catalog.copy},
   * {@code TableRt.copy}, {@code IndexTree.copy}, {@code LockSys.copy}): a new field is copied there.
   *
   * @throws IllegalStateException when a statement is running or waiting
   */
  public Engine copy() {
    if (!atRest()) throw new IllegalStateException("a statement is waiting: the engine is not at rest");
    Map<Trx, Trx> trxs = new java.util.IdentityHashMap<>();
    Map<Integer, Session> ss = new TreeMap<>();
    for (Session s : sessions.values()) {
      Session c = s.copySettings();
      if (s.trx != null) {
        c.trx = s.trx.copyFor(c);
        trxs.put(s.trx, c.trx);
      }
      ss.put(s.number, c);
    }
    java.util.function.UnaryOperator<dev.innosim.index.RecordModifier> modifiers = m -> {
      if (!(m instanceof Trx t)) return m;
      Trx c = trxs.get(t);
      if (c != null) return c;
      if (t.active) throw new IllegalStateException("active transaction without a session: " + t);
      return new Trx.Ended(t.trxId);
    };
    Map<dev.innosim.index.IndexTree, dev.innosim.index.IndexTree> indexes = new java.util.IdentityHashMap<>();
    Catalog cat = catalog.copy(modifiers, indexes);
    for (Map.Entry<Trx, Trx> e : trxs.entrySet()) e.getValue().copyUndoFrom(e.getKey(), indexes, modifiers);
    LockSys locks = lockSys.copy(trxs, indexes::get);
    Engine c = new Engine(profile, defaultIsolation, defaultLockWaitTimeout, locks, cat, transactions.nextTrxId());
    c.sessions.putAll(ss);
    c.clock = clock;
    c.stepNo = stepNo;
    c.captureDeadlockSnapshots = captureDeadlockSnapshots;
    c.recordFootprints = recordFootprints;
    c.endDeadlocks = endDeadlocks;
    return c;
  }

  // ================================================================= observation

  /** Every lock of the transactions of {@code sessions}, in that order, as {@code data_locks} rows. */
  public List<LockRow> locks(List<SessionId> sessions) {
    return LockLines.rows(catalog, activeTransactions(), sessions, false).stream().map(LockLines.Explained::row).toList();
  }

  /** A lock row and the rule, scan and statement that produced it (or the wait it is). */
  public record ExplainedLock(LockRow row, String why) {}

  /** As {@link #locks}, each with why it is there. */
  public List<ExplainedLock> explainedLocks(List<SessionId> sessions) {
    return LockLines.rows(catalog, activeTransactions(), sessions, true).stream()
        .map(e -> new ExplainedLock(e.row(), e.why())).toList();
  }

  /** The active transactions, by session. */
  Map<SessionId, Trx> activeTransactions() {
    Map<SessionId, Trx> out = new TreeMap<>();
    for (Session s : sessions.values()) if (s.trx != null && s.trx.active) out.put(s.id, s.trx);
    return out;
  }

  Catalog catalog() { return catalog; }

  LockSys lockSys() { return lockSys; }

  /** True while the session has a transaction that holds or may take locks (not yet committed or rolled back). */
  public boolean inTransaction(int session) {
    Session s = sessions.get(session);
    return s != null && s.trx != null && s.trx.active;
  }

  /** True while the session's last statement waits for a lock. */
  public boolean isBlocked(int session) {
    Session s = sessions.get(session);
    return s != null && s.current != null && !s.current.paused;
  }

  /** True while the session's last statement is stopped at its pause point (a {@code RESUME} continues it). */
  public boolean isPaused(int session) {
    Session s = sessions.get(session);
    return s != null && s.current != null && s.current.paused;
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

  java.util.Collection<Session> sessions() { return sessions.values(); }

  /** A read-only picture of every active transaction and lock. */
  public Snapshot snapshot() {
    return SnapshotBuilder.build(catalog, lockSys, activeTransactions());
  }
}
