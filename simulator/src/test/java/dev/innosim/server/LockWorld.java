package dev.innosim.server;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.SpecLockModel.Kind;
import dev.innosim.server.SpecLockModel.Lock;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.statistics.Statistics;

/**
 * The state of one run of the reference-model property: a {@link SimulatedServer} with sessions
 * and the reference model beside it (index records, undo, when each wait began), checked after
 * every statement against the spec's tables; mutable, single-threaded.
 */
final class LockWorld {
  static final String[] SETUP = {
      "CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB",
      "CREATE TABLE u (id INT PRIMARY KEY, v INT) ENGINE=InnoDB",
      "INSERT INTO t VALUES (10,1,0),(20,2,0),(30,2,0),(40,3,0)",
      "INSERT INTO u VALUES (2,0),(4,0),(6,0)"};

  /** Statements run by all worlds so far (the property's action count). */
  static final AtomicLong ACTIONS = new AtomicLong();

  private static final Map<String, Statement> PARSED = new ConcurrentHashMap<>();

  final ServerProfile profile;
  final Map<SessionId, IsolationLevel> isolation;
  final RowModel rows = new RowModel();
  private final SimulatedServer server;
  private final List<String> history = new ArrayList<>();
  private final Map<SessionId, ModelOp> pending = new HashMap<>();
  private final Map<SessionId, Integer> waitSince = new HashMap<>();
  private final Map<SessionId, String> waitIdentity = new HashMap<>();
  private List<Lock> locks = List.of();
  private int step;

  /** The server a world starts with: its profile and each session's isolation level. */
  record Config(ServerProfile profile, List<IsolationLevel> isolation) {
    Config {
      isolation = List.copyOf(isolation);
    }
  }

  LockWorld(Config config) {
    this(config.profile(), config.isolation());
  }

  LockWorld(ServerProfile profile, List<IsolationLevel> sessionIsolation) {
    this.profile = profile;
    this.isolation = new LinkedHashMap<>();
    for (int i = 0; i < sessionIsolation.size(); i++) isolation.put(SessionId.of(i + 1), sessionIsolation.get(i));
    this.server = new SimulatedServer(profile, IsolationLevel.REPEATABLE_READ, isolation).captureDeadlockSnapshots(false);
    for (String s : SETUP) server.setup(command(s));
    for (int id : new int[] {10, 20, 30, 40}) rows.load("t", id, Optional.of(id == 10 ? 1 : id == 40 ? 3 : 2));
    for (int id : new int[] {2, 4, 6}) rows.load("u", id, Optional.empty());
  }

  static Command command(String sql) {
    return new Command(sql, PARSED.computeIfAbsent(sql, SqlParser::parse), 0);
  }

  List<SessionId> sessions() { return List.copyOf(isolation.keySet()); }

  /**
   * Session {@code n} (wrapped around the number of sessions) if it is idle and passes
   * {@code prefer}, else the next session after it that does, else the next idle one, else
   * {@code n} itself (whose statement is then skipped).
   */
  SessionId pick(int n, java.util.function.Predicate<SessionId> prefer) {
    int size = isolation.size();
    for (java.util.function.Predicate<SessionId> p : List.of(prefer, x -> true)) {
      for (int i = 0; i < size; i++) {
        SessionId c = SessionId.of((n - 1 + i) % size + 1);
        if (!server.isBlocked(c) && p.test(c)) return c;
      }
    }
    return SessionId.of((n - 1) % size + 1);
  }

  @Override public String toString() {
    return profile.name() + " " + isolation + " after " + history.size() / 2 + " statements";
  }

  // ------------------------------------------------------------------ running a statement

  /** Issues {@code op} in session {@code s} (skipped if the session waits), then checks everything. */
  void run(SessionId s, ModelOp op) {
    if (server.isBlocked(s)) return;  // a shrunk schedule may have made this session wait; the step is void
    step++;
    ACTIONS.incrementAndGet();
    history.add(s + ": " + op.sql() + ";");
    List<Lock> before = locks;
    Expectations expect = Expectations.before(this, s, op, before);
    StepEvents ev = server.issue(s, command(op.sql()));
    Set<SessionId> victims = new HashSet<>();
    for (DeadlockEvent d : ev.deadlocks()) victims.add(d.victim());
    // the order in which statements ended within one step is not observable: COMMIT and ROLLBACK end
    // before the waiters they wake; a DML statement that ends in the same step as others waited for them
    List<Completion> done = new ArrayList<>();
    if (ev.own().isEmpty()) pending.put(s, op);
    boolean ownFirst = op instanceof ModelOp.Control;
    if (ownFirst && ev.own().isPresent()) done.add(new Completion(s, op, ev.own().get()));
    for (SessionId v : victims) done.add(new Completion(v, pending.getOrDefault(v, op), StepOutcome.DEADLOCK));
    for (Release r : ev.released()) {
      ModelOp waited = pending.get(r.session());
      if (waited != null && !victims.contains(r.session())) done.add(new Completion(r.session(), waited, r.outcome()));
    }
    if (!ownFirst && ev.own().isPresent() && !victims.contains(s)) done.add(new Completion(s, op, ev.own().get()));
    for (SessionId v : victims) pending.remove(v);
    for (Release r : ev.released()) pending.remove(r.session());
    applyInPlausibleOrder(done);
    for (SessionId x : sessions()) if (rows.hasUndo(x) && !server.inTransaction(x)) rows.commit(x);
    history.add("    -> " + (ev.own().isPresent() ? ev.own().get().text() : "blocked")
        + (ev.released().isEmpty() ? "" : ", released " + ev.released().stream().map(Release::text).toList())
        + (victims.isEmpty() ? "" : ", deadlock victim " + victims));
    check(s, op, ev, victims, before, expect);
    Statistics.label("statements").collect(ev.own().isEmpty() ? "blocked"
        : victims.isEmpty() ? ev.own().get().text() : "deadlock found");
  }

  /** A statement that ended in this step. */
  private record Completion(SessionId session, ModelOp op, StepOutcome.Final outcome) {
    boolean deletes(String table, int id) {
      return outcome instanceof StepOutcome.Ok && op instanceof ModelOp.Delete d && d.table().equals(table) && d.id() == id;
    }
  }

  /**
   * Applies the statements that ended in one step to the row model. An INSERT that succeeded over a
   * live row must have run after a DELETE of that row that ended in the same step; when the row was
   * already deleted, both orders are possible and the model forgets whether the row is live.
   */
  private void applyInPlausibleOrder(List<Completion> done) {
    List<Completion> todo = new ArrayList<>(done);
    while (!todo.isEmpty()) {
      Completion c = todo.remove(0);
      if (c.op() instanceof ModelOp.Insert in && c.outcome() instanceof StepOutcome.Ok) {
        Optional<Completion> del = todo.stream().filter(d -> d.deletes(in.table(), in.id())).findFirst();
        if (del.isPresent()) {
          boolean wasLive = rows.live(in.table(), in.id());
          todo.remove(del.get());
          effect(del.get());
          effect(c);
          if (!wasLive) rows.forgetLiveness(in.table(), in.id());
          continue;
        }
      }
      effect(c);
    }
  }

  private void effect(Completion c) {
    SessionId s = c.session();
    ModelOp op = c.op();
    if (c.outcome() instanceof StepOutcome.DeadlockVictim) {
      rows.rollback(s);
      return;
    }
    if (!(c.outcome() instanceof StepOutcome.Ok)) return;  // single-row statements change nothing when they fail
    if (op instanceof ModelOp.Control ctl) {
      if (ctl.sql().equals("ROLLBACK")) rows.rollback(s); else rows.commit(s);
    } else if (op instanceof ModelOp.Delete d) {
      rows.delete(s, d.table(), d.id());
    } else if (op instanceof ModelOp.Insert in) {
      if (rows.live(in.table(), in.id())) {
        fail("INSERT of " + in.table() + " " + in.id() + " succeeded over a live row (spec §3.6: error 1062)");
      }
      rows.insert(s, in.table(), in.id(), in.k());
    }
  }

  // ------------------------------------------------------------------ the checks

  private void check(SessionId s, ModelOp op, StepEvents ev, Set<SessionId> victims, List<Lock> before,
                     Expectations expect) {
    SpecLockModel.Reading reading = SpecLockModel.readAll(server.locks());
    if (!reading.unreadable().isEmpty()) fail("lock rows with a mode the spec does not name: " + reading.unreadable());
    locks = reading.locks();
    Map<String, List<Lock>> byPlace = SpecLockModel.byPlace(locks);

    // no two granted locks of different sessions conflict
    for (List<Lock> here : byPlace.values()) {
      for (Lock a : here) {
        for (Lock b : here) {
          if (a.waiting() || b.waiting() || a.session().compareTo(b.session()) >= 0) continue;
          boolean wrong = a.isTable() ? SpecLockModel.mustWait(a, b) : SpecLockModel.grantedTogetherIsWrong(a, b);
          if (wrong) fail("granted together but conflicting: " + a + " / " + b);
        }
      }
    }

    // every waiter waits for exactly one lock, behind a conflicting lock of another session
    Map<SessionId, Lock> waiting = new TreeMap<>();
    for (Lock l : locks) {
      if (!l.waiting()) continue;
      if (waiting.put(l.session(), l) != null) fail(l.session() + " waits for two locks");
    }
    for (SessionId x : sessions()) {
      if (server.isBlocked(x) != waiting.containsKey(x)) {
        fail(x + (server.isBlocked(x) ? " is blocked without a waiting lock" : " has a waiting lock but is not blocked"));
      }
      if (server.isBlocked(x) && !server.inTransaction(x)) fail(x + " is blocked outside a transaction");
    }
    for (Map.Entry<SessionId, Lock> w : waiting.entrySet()) {
      // a waiter that also holds the lock it waits for was granted and asked again in this step (an
      // insert re-checks after its wait, and a lock that queued meanwhile can hold it up: recorded on
      // both servers in insert/insert-intention-granted-then-waits-again-rr), so its wait is new
      boolean askedAgain = false;
      for (Lock l : locks) {
        if (!l.waiting() && l.session().equals(w.getKey()) && l.identity().equals(w.getValue().identity())) askedAgain = true;
      }
      if (askedAgain && waitIdentity.containsKey(w.getKey()) && waitSince.get(w.getKey()) != step) {
        waitSince.put(w.getKey(), step);
      }
      if (!w.getValue().identity().equals(waitIdentity.get(w.getKey()))) {
        waitIdentity.put(w.getKey(), w.getValue().identity());
        waitSince.put(w.getKey(), step);
      }
    }
    waitIdentity.keySet().retainAll(waiting.keySet());
    waitSince.keySet().retainAll(waiting.keySet());
    Map<SessionId, Set<SessionId>> blockers = new TreeMap<>();
    for (Lock w : waiting.values()) {
      Set<SessionId> by = new HashSet<>();
      for (Lock l : byPlace.get(w.place())) {
        if (!SpecLockModel.mustWait(w, l)) continue;
        if (!l.waiting() || waitSince.get(l.session()) <= waitSince.get(w.session())) by.add(l.session());
      }
      if (by.isEmpty()) fail(w + " waits, but no lock of another session on it, granted or waiting longer, conflicts");
      blockers.put(w.session(), by);
    }

    // no wait-for cycle is left (edges where the blocker is the only one possible)
    for (SessionId start : blockers.keySet()) {
      SessionId at = start;
      for (int i = 0; i <= blockers.size(); i++) {
        Set<SessionId> by = blockers.get(at);
        if (by == null || by.size() != 1) break;
        at = by.iterator().next();
        if (at.equals(start)) fail("wait-for cycle through " + start + " left after the step: " + blockers);
      }
    }

    // sessions without a transaction hold nothing; deadlock victims lost everything
    for (SessionId x : sessions()) {
      boolean holds = locks.stream().anyMatch(l -> l.session().equals(x));
      if (holds && !server.inTransaction(x)) fail(x + " holds locks outside a transaction");
      if (victims.contains(x) && (holds || server.inTransaction(x) || server.isBlocked(x))) {
        fail("deadlock victim " + x + " still has its transaction or locks");
      }
    }
    if (ev.blocked() != server.isBlocked(s) && !victims.contains(s)) fail("the step's outcome and isBlocked(" + s + ") disagree");

    expect.after(this, ev, victims, before, locks);
  }

  boolean inTransaction(SessionId s) { return server.inTransaction(s); }

  /**
   * Whether a waiting INSERT into the table may already have added records the model does not
   * know of (a blocked insert has inserted its PRIMARY record when it waits in a secondary index).
   */
  boolean insertPending(String table) {
    return pending.values().stream().anyMatch(o -> o instanceof ModelOp.Insert in && in.table().equals(table));
  }

  /** Fails the property with the schedule so far and the lock table. */
  void fail(String message) {
    StringBuilder b = new StringBuilder(message).append("\n  on ").append(profile.name()).append(", isolation ")
        .append(isolation).append("\n  schedule:\n");
    for (String h : history) b.append("    ").append(h).append('\n');
    b.append("  locks now:\n");
    for (LockRow r : server.locks()) b.append("    ").append(r.text()).append('\n');
    throw new AssertionError(b.toString());
  }

  /** The locks of one session. */
  static List<Lock> of(List<Lock> locks, SessionId s) {
    return locks.stream().filter(l -> l.session().equals(s)).toList();
  }

  /** The session's locks in {@code after} that it did not have in {@code before} (delete marks ignored). */
  static List<Lock> gained(List<Lock> before, List<Lock> after, SessionId s) {
    Set<String> had = new HashSet<>();
    for (Lock l : of(before, s)) had.add(l.identity() + l.waiting());
    List<Lock> out = new ArrayList<>();
    for (Lock l : of(after, s)) if (!had.contains(l.identity() + l.waiting())) out.add(l);
    return out;
  }

  /** Whether {@code s} holds a granted lock on {@code place} of at least {@code mode} whose kind passes {@code kind}. */
  static boolean holds(List<Lock> locks, SessionId s, String place, String mode, java.util.function.Predicate<Kind> kind) {
    return of(locks, s).stream().anyMatch(l -> !l.waiting() && l.place().equals(place)
        && SpecLockModel.atLeast(l.mode(), mode) && kind.test(l.effectiveKind()));
  }
}
