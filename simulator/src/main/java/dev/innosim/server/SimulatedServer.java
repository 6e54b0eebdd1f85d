package dev.innosim.server;

import dev.innosim.engine.Engine;
import dev.innosim.engine.EngineException;
import dev.innosim.engine.Outcome;
import dev.innosim.engine.Snapshot;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.SchemaException;
import dev.innosim.sql.SqlException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The {@link Server} that runs statements on the simulated engine; mutable, single-threaded.
 * Besides the seam it offers what only a simulation can: the reason for every lock, engine
 * snapshots, state fingerprints and invariant checks.
 */
public final class SimulatedServer implements Server {
  /** The oracle server's innodb_lock_wait_timeout, in seconds. */
  public static final double LOCK_WAIT_TIMEOUT = 4;

  private final Engine engine;
  private final TreeSet<Integer> sessions = new TreeSet<>();
  private final Map<Integer, Engine.DeadlockReport> rawDeadlocks = new TreeMap<>();
  private final List<Engine.DeadlockReport> allRaw = new ArrayList<>();

  /**
   * A fresh server: {@code isolation} for every session, {@code sessionIsolation} for the sessions
   * that start with another level.
   */
  public SimulatedServer(ServerProfile profile, IsolationLevel isolation, Map<SessionId, IsolationLevel> sessionIsolation) {
    this.engine = new Engine(profile, isolation, LOCK_WAIT_TIMEOUT);
    for (Map.Entry<SessionId, IsolationLevel> e : new TreeMap<>(sessionIsolation).entrySet()) {
      engine.setSessionIsolation(e.getKey().number(), e.getValue());
      sessions.add(e.getKey().number());
    }
  }

  private SimulatedServer(Engine engine) {
    this.engine = engine;
  }

  /** True when no statement is running or waiting, so the server can be {@link #copy() copied}. */
  public boolean atRest() { return engine.atRest(); }

  /**
   * A deep copy of this server at rest ({@link Engine#copy}): it runs the next statements exactly
   * as this one would, independently of it. The deadlocks seen so far are shared (immutable).
   *
   * @throws IllegalStateException when a statement is waiting
   */
  public SimulatedServer copy() {
    SimulatedServer c = new SimulatedServer(engine.copy());
    c.sessions.addAll(sessions);
    c.rawDeadlocks.putAll(rawDeadlocks);
    c.allRaw.addAll(allRaw);
    return c;
  }

  /** Whether each issued statement notes what it read and wrote ({@link #lastFootprint}; off by default). */
  public SimulatedServer recordFootprints(boolean on) {
    engine.setRecordFootprints(on);
    return this;
  }

  /** What the last {@link #issue} read and wrote (empty unless {@link #recordFootprints} is on). */
  public dev.innosim.engine.Footprint lastFootprint() { return engine.lastFootprint(); }

  /** Whether deadlocks keep an engine snapshot for server-style reports and pictures (costly; on by default). */
  public SimulatedServer captureDeadlockSnapshots(boolean on) {
    engine.setCaptureDeadlockSnapshots(on);
    return this;
  }

  /** The access paths the statements chose since the last call, in order (for {@code innosim plan}). */
  public List<dev.innosim.plan.PlanChoice> drainPlans() { return engine.drainPlans(); }

  @Override public String description() { return "simulated " + engine.profile().name(); }

  @Override public ServerProfile profile() { return engine.profile(); }

  @Override
  public void setup(Command command) {
    try {
      engine.setup(command.statement());
    } catch (EngineException | SchemaException | SqlException e) {
      throw new StatementRejected(e.getMessage());
    }
  }

  @Override
  public StepEvents issue(SessionId session, Command command) {
    sessions.add(session.number());
    Engine.StepReport r;
    try {
      r = engine.step(session.number(), command.statement(), command.pauseAfterRows());
    } catch (EngineException | SchemaException | SqlException e) {
      throw new StatementRejected(e.getMessage());
    }
    lastReport = r;
    Optional<StepOutcome.Final> own = r.outcome().kind() == Outcome.Kind.BLOCKED
        ? Optional.empty() : Optional.of(finalOf(r.outcome()));
    allRaw.addAll(r.deadlocks());
    return new StepEvents(own, releases(r.releasedBefore()), releases(r.released()), deadlocks(r.deadlocks()));
  }

  private Engine.StepReport lastReport;

  /** The engine's own report of the last {@link #issue} (for the reports that need engine snapshots). */
  public Engine.StepReport lastReport() { return lastReport; }

  @Override
  public StepEvents finish() {
    List<Engine.Release> rs = engine.endOfScript();
    List<Engine.DeadlockReport> ds = engine.endDeadlocks();
    allRaw.addAll(ds);
    return new StepEvents(Optional.of(StepOutcome.OK), List.of(), releases(rs), deadlocks(ds));
  }

  /** Every deadlock so far with the engine's detail (snapshot at detection, requester, cycle order). */
  public List<Engine.DeadlockReport> engineDeadlocks() { return List.copyOf(allRaw); }

  @Override
  public List<LockRow> locks() {
    return engine.locks(sessionIds());
  }

  /** A lock row and why the simulated engine holds or awaits it. */
  public record ExplainedLock(LockRow row, String why) {}

  /** As {@link #locks}, each with the rule, scan and statement that produced it. */
  public List<ExplainedLock> explainedLocks() {
    return engine.explainedLocks(sessionIds()).stream().map(e -> new ExplainedLock(e.row(), e.why())).toList();
  }

  private List<SessionId> sessionIds() {
    List<SessionId> ids = new ArrayList<>();
    for (int s : sessions) ids.add(SessionId.of(s));
    return ids;
  }

  /** A read-only picture of every transaction and lock. */
  public Snapshot snapshot() { return engine.snapshot(); }

  /** The engine's state fingerprint: equal fingerprints behave identically from here on. */
  public String fingerprint() { return engine.fingerprint(); }

  /** Violations of the lock system's invariants (empty when all hold). */
  public List<String> invariantViolations() { return engine.invariantViolations(); }

  /** Whether the session's last statement waits for a lock. */
  public boolean isBlocked(SessionId s) { return engine.isBlocked(s.number()); }

  /** Whether the session's last statement is stopped at its pause point ({@code RESUME} continues it). */
  public boolean isPaused(SessionId s) { return engine.isPaused(s.number()); }

  /** Whether the session has a transaction that holds or may take locks. */
  public boolean inTransaction(SessionId s) { return engine.inTransaction(s.number()); }

  /** The engine's table names, in creation order. */
  public List<String> tableNames() { return engine.tableNames(); }

  /** The values of a column in every (not delete-marked) row of a table. */
  public List<dev.innosim.schema.Value> columnValues(String table, String column) { return engine.columnValues(table, column); }

  /** The definition of a table. */
  public dev.innosim.schema.TableDef tableDef(String name) { return engine.tableDef(name); }

  @Override public void close() {}

  // ------------------------------------------------------------------ engine values to seam values

  static StepOutcome.Final finalOf(Outcome o) {
    switch (o.kind()) {
      case OK: return StepOutcome.OK;
      case DEADLOCK: return StepOutcome.DEADLOCK;
      case TIMEOUT: return StepOutcome.TIMEOUT;
      case PAUSED: return StepOutcome.PAUSED;
      case ERROR: return StepOutcome.Failed.of(o.error().orElseThrow());
      default: throw new IllegalArgumentException("not a final outcome: " + o);
    }
  }

  private static List<Release> releases(List<Engine.Release> rs) {
    List<Release> out = new ArrayList<>(rs.size());
    for (Engine.Release r : rs) out.add(new Release(SessionId.parse(r.session()), finalOf(r.outcome())));
    return out;
  }

  static List<DeadlockEvent> deadlocks(List<Engine.DeadlockReport> ds) {
    List<DeadlockEvent> out = new ArrayList<>(ds.size());
    for (Engine.DeadlockReport d : ds) out.add(deadlock(d));
    return out;
  }

  /** The seam's value of an engine deadlock report. */
  public static DeadlockEvent deadlock(Engine.DeadlockReport d) {
    List<DeadlockEvent.Member> ms = new ArrayList<>();
    for (Engine.DeadlockMember m : d.members()) ms.add(new DeadlockEvent.Member(m.session(), m.waits(), m.behind()));
    return new DeadlockEvent(SessionId.parse(d.victim()), ms);
  }

}
