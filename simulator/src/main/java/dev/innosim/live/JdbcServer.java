package dev.innosim.live;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.Command;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.Server;
import dev.innosim.server.StatementRejected;
import dev.innosim.server.StepEvents;
import dev.innosim.server.StepOutcome;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The {@link Server} that runs a scenario on a live MySQL or MariaDB over JDBC, as the oracle
 * ({@code run_scenario.py}) does: a fresh database of its own, one connection and thread per
 * session, purge held off by an open read view, blocking decided from InnoDB's wait state
 * ({@code INNODB_TRX}), locks and deadlocks read from the server's own listings. Mutable; driven
 * by one caller thread. {@link #close} (also run by a shutdown hook) drops the database and
 * closes every connection.
 */
public final class JdbcServer implements Server {
  /** The session lock wait timeouts, in seconds (the simulator's too). */
  static final int LOCK_WAIT_TIMEOUT = 4;
  private static final int ER_LOCK_DEADLOCK = 1213;
  private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
  private static final Pattern MARKING = Pattern.compile(
      "(?is)^\\s*(delete|update|replace|alter|truncate|drop)\\b|on\\s+duplicate\\s+key\\s+update");

  /** The server's raw LATEST DETECTED DEADLOCK section, with the step ({@code 6}, {@code end}) that got it. */
  public record RawDeadlock(String step, String raw) {}

  private final LiveTarget target;
  private final ServerIdentity identity;
  private final String db;
  private final IsolationLevel isolation;
  private final Map<SessionId, IsolationLevel> sessionIsolation;
  private final List<SessionId> sessions;
  private final Connection monitor;
  private final List<Long> connectionIds = new ArrayList<>();
  private Connection blocker;
  private final TreeMap<SessionId, SessionWorker> workers = new TreeMap<>();
  private final List<SessionWorker.Exec> execs = new ArrayList<>();
  private final List<String> setupSql = new ArrayList<>();
  private final List<RawDeadlock> rawDeadlocks = new ArrayList<>();
  private final List<Release> pendingReleases = new ArrayList<>();
  private final List<DeadlockEvent> pendingDeadlocks = new ArrayList<>();
  private Optional<BigInteger> rowIdBase = Optional.empty();
  private LockReader reader;
  private final Settler settler;
  private int stepNo;
  private boolean closed;
  private final Thread hook;

  private JdbcServer(LiveTarget target, ServerIdentity identity, IsolationLevel isolation,
                     Map<SessionId, IsolationLevel> sessionIsolation, List<SessionId> sessions) {
    this.target = target;
    this.identity = identity;
    this.isolation = isolation;
    this.sessionIsolation = Map.copyOf(sessionIsolation);
    this.sessions = List.copyOf(sessions);
    byte[] r = new byte[8];
    new SecureRandom().nextBytes(r);
    this.db = "innosim_" + HexFormat.of().formatHex(r);
    this.monitor = target.connect();
    this.settler = new Settler(monitor, identity.flavor());
    this.hook = new Thread(this::emergencyClose, "innosim-live-cleanup");
  }

  /**
   * Opens a fresh scenario database on the server and holds a read view open; the sessions get
   * {@code isolation} unless {@code sessionIsolation} names another level.
   */
  public static JdbcServer open(LiveTarget target, ServerIdentity identity, IsolationLevel isolation,
                                Map<SessionId, IsolationLevel> sessionIsolation, List<SessionId> sessions) {
    JdbcServer s = new JdbcServer(target, identity, isolation, sessionIsolation, sessions);
    try {
      s.start();
      return s;
    } catch (SQLException e) {
      s.close();
      throw new LiveFailure("innosim: " + target.shownUrl() + ": " + LiveTarget.firstLine(e.getMessage()));
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
  }

  private void start() throws SQLException {
    connectionIds.add(connectionId(monitor));
    try (PreparedStatement ps = monitor.prepareStatement("SELECT 1 FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          closed = true;
          throw new LiveFailure("innosim: a database named " + db + " already exists on " + target.shownUrl() + "; not touching it");
        }
      }
    }
    try (Statement st = monitor.createStatement()) {
      st.execute("CREATE DATABASE `" + db + "`");
    } catch (SQLException e) {
      closed = true;
      throw new LiveFailure("innosim: cannot create a scenario database on " + target.shownUrl() + ": " + LiveTarget.firstLine(e.getMessage()));
    }
    Runtime.getRuntime().addShutdownHook(hook);
    exec(monitor, "USE `" + db + "`");
    blocker = connectToDb();
    exec(blocker, "START TRANSACTION WITH CONSISTENT SNAPSHOT");
    rowIdBase = probeRowId();
  }

  private Connection connectToDb() {
    Connection c = target.connect();
    try {
      synchronized (connectionIds) {
        connectionIds.add(connectionId(c));
      }
      exec(c, "USE `" + db + "`");
      return c;
    } catch (SQLException e) {
      throw new LiveFailure("innosim: " + target.shownUrl() + ": " + LiveTarget.firstLine(e.getMessage()));
    }
  }

  private static long connectionId(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT CONNECTION_ID()")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      boolean rs = st.execute(sql);
      while (rs || st.getUpdateCount() != -1) {
        if (rs) try (ResultSet r = st.getResultSet()) { while (r.next()) { /* drained */ } }
        rs = st.getMoreResults();
      }
    }
  }

  /** DB_ROW_ID values are shown relative to the server-wide counter before setup: {@code #1} is the scenario's first. */
  private Optional<BigInteger> probeRowId() throws SQLException {
    exec(monitor, "CREATE TABLE `__rowid_probe` (x INT) ENGINE=InnoDB");
    exec(monitor, "INSERT INTO `__rowid_probe` VALUES (1)");
    exec(monitor, "BEGIN");
    exec(monitor, "SELECT * FROM `__rowid_probe` FOR UPDATE");
    String status = LockReader.status(monitor);
    exec(monitor, "ROLLBACK");
    exec(monitor, "DROP TABLE `__rowid_probe`");
    for (StatusDump.Trx t : StatusDump.transactions(status)) {
      for (StatusDump.Lock l : t.locks()) {
        if (!l.record() || !l.table().equals("__rowid_probe") || !l.db().equals(db)) continue;
        for (StatusDump.Dumped rec : l.records()) {
          if (rec.heapNo() >= 2 && !rec.fields().isEmpty() && rec.fields().get(0) != null) {
            return Optional.of(new BigInteger(rec.fields().get(0).hex(), 16).add(BigInteger.ONE));
          }
        }
      }
    }
    return Optional.empty();
  }

  /** The scenario database's name ({@code innosim_} and 16 random hex digits). */
  public String database() { return db; }

  /** The server's identity. */
  public ServerIdentity identity() { return identity; }

  /** Every LATEST DETECTED DEADLOCK section the run read, in order. */
  public List<RawDeadlock> rawDeadlocks() { return List.copyOf(rawDeadlocks); }

  @Override public String description() { return identity.describe() + " at " + target.shownUrl(); }

  @Override public ServerProfile profile() { return identity.profile(); }

  @Override
  public void setup(Command command) {
    if (reader != null) throw new IllegalStateException("setup after the first step");
    try {
      exec(monitor, command.sql());
      setupSql.add(command.sql());
    } catch (SQLException e) {
      if (lost(e)) throw lostConnection("setup", e);
      throw new StatementRejected("the server rejected it: error " + e.getErrorCode() + ": " + LiveTarget.firstLine(e.getMessage()));
    }
  }

  private static boolean lost(SQLException e) {
    return e.getErrorCode() <= 0 || (e.getSQLState() != null && e.getSQLState().startsWith("08"));
  }

  private LiveFailure lostConnection(String who, SQLException e) {
    return new LiveFailure("innosim: lost the connection to " + target.shownUrl() + " (" + who + "): " + LiveTarget.firstLine(e.getMessage()));
  }

  /** After setup: statistics made exact, index layouts read, every session connected. */
  private void ensureStarted() {
    if (reader != null) return;
    try {
      List<String> tables = new ArrayList<>();
      try (PreparedStatement ps = monitor.prepareStatement("SELECT TABLE_NAME FROM information_schema.TABLES WHERE "
          + "TABLE_SCHEMA = ? AND ENGINE = 'InnoDB' ORDER BY TABLE_NAME")) {
        ps.setString(1, db);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) tables.add(rs.getString(1));
        }
      }
      for (String t : tables) exec(monitor, "ANALYZE TABLE `" + t.replace("`", "``") + "`");
      IndexLayouts layouts = new IndexLayouts(monitor, db, identity.flavor(), rowIdBase);
      reader = new LockReader(monitor, db, identity.flavor(), layouts, this::connectToDb);
      for (SessionId s : sessions) worker(s);
    } catch (SQLException e) {
      throw lostConnection("after setup", e);
    }
  }

  private SessionWorker worker(SessionId s) {
    SessionWorker w = workers.get(s);
    if (w != null) return w;
    Connection c = connectToDb();
    try {
      IsolationLevel level = sessionIsolation.getOrDefault(s, isolation);
      exec(c, "SET SESSION TRANSACTION ISOLATION LEVEL " + level.sqlName());
      exec(c, "SET SESSION innodb_lock_wait_timeout = " + LOCK_WAIT_TIMEOUT);
      exec(c, "SET SESSION lock_wait_timeout = " + LOCK_WAIT_TIMEOUT);
      w = new SessionWorker(s.name(), c, connectionId(c));
    } catch (SQLException e) {
      throw lostConnection(s.name(), e);
    }
    workers.put(s, w);
    return w;
  }

  @Override
  public StepEvents issue(SessionId session, Command command) {
    if (command.pausesInsideRows()) {
      throw new StatementRejected("a live server cannot stop a statement between its rows (-- @pause, RESUME): only the simulator can");
    }
    ensureStarted();
    stepNo++;
    String step = Integer.toString(stepNo);
    SessionWorker w = worker(session);
    List<Release> before = new ArrayList<>();
    List<DeadlockEvent> deadlocks = new ArrayList<>(pendingDeadlocks);
    List<Release> released = new ArrayList<>(pendingReleases);
    pendingDeadlocks.clear();
    pendingReleases.clear();
    if (w.busy()) {
      waitOut(w);
      Settler.Settled s = settle();
      before.addAll(releases(s.finished()));
      deadlocks.addAll(afterStep(step, s.finished()));
    }
    SessionWorker.Exec ex = new SessionWorker.Exec(session.name(), command.sql());
    execs.add(ex);
    w.submit(ex);
    Settler.Settled s = settle();
    if (s.running().contains(ex)) ex.blocked = true;
    List<SessionWorker.Exec> others = new ArrayList<>(s.finished());
    others.remove(ex);
    released.addAll(releases(others));
    deadlocks.addAll(afterStep(step, s.finished()));
    Optional<StepOutcome.Final> own = ex.blocked ? Optional.empty() : Optional.of(outcome(ex));
    return new StepEvents(own, before, released, deadlocks);
  }

  @Override
  public StepEvents finish() {
    ensureStarted();
    for (SessionWorker w : workers.values()) if (w.busy()) waitOut(w);
    Settler.Settled s = settle();
    List<Release> released = new ArrayList<>(pendingReleases);
    released.addAll(releases(s.finished()));
    List<DeadlockEvent> deadlocks = new ArrayList<>(pendingDeadlocks);
    deadlocks.addAll(afterStep("end", s.finished()));
    pendingReleases.clear();
    pendingDeadlocks.clear();
    return new StepEvents(Optional.of(StepOutcome.OK), List.of(), released, deadlocks);
  }

  @Override
  public List<LockRow> locks() {
    ensureStarted();
    Settler.Settled s = settle();
    pendingReleases.addAll(releases(s.finished()));
    pendingDeadlocks.addAll(afterStep(Integer.toString(stepNo), s.finished()));
    boolean marks = false;
    for (String q : setupSql) marks |= MARKING.matcher(q).find();
    for (SessionWorker.Exec e : execs) marks |= MARKING.matcher(e.sql).find();
    try {
      return reader.rows(threadMap(), marks);
    } catch (SQLException e) {
      throw lostConnection("reading locks", e);
    }
  }

  /** A blocked statement of the session about to run: wait for it (bounded by the lock wait timeout), else kill it. */
  private void waitOut(SessionWorker w) {
    SessionWorker.Exec prev = w.current();
    try {
      if (!prev.await(LOCK_WAIT_TIMEOUT + 5)) {
        exec(monitor, "KILL QUERY " + w.threadId);
        prev.await(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LiveFailure("innosim: interrupted");
    } catch (SQLException e) {
      throw lostConnection("KILL QUERY", e);
    }
  }

  private Map<Long, String> threadMap() {
    Map<Long, String> m = new HashMap<>();
    for (SessionWorker w : workers.values()) m.put(w.threadId, w.name);
    return m;
  }

  private StepOutcome.Final outcome(SessionWorker.Exec ex) {
    if (ex.connectionLost()) {
      throw new LiveFailure("innosim: lost the connection of " + ex.session + " to " + target.shownUrl() + ": "
          + LiveTarget.firstLine(ex.errorMessage()));
    }
    Integer code = ex.errorCode();
    if (code == null) return StepOutcome.OK;
    if (code == ER_LOCK_DEADLOCK) return StepOutcome.DEADLOCK;
    if (code == ER_LOCK_WAIT_TIMEOUT && ex.blocked) return StepOutcome.TIMEOUT;
    return new StepOutcome.Failed(code);
  }

  /** The blocked statements among {@code finished}, in the order of their steps (as the oracle sorts them). */
  private List<Release> releases(List<SessionWorker.Exec> finished) {
    List<SessionWorker.Exec> blocked = new ArrayList<>();
    for (SessionWorker.Exec e : finished) if (e.blocked) blocked.add(e);
    blocked.sort(java.util.Comparator.comparingInt(execs::indexOf));
    List<Release> out = new ArrayList<>();
    for (SessionWorker.Exec e : blocked) out.add(new Release(SessionId.parse(e.session), outcome(e)));
    return out;
  }

  /** Reads the deadlock report when a statement that just finished got 1213. */
  private List<DeadlockEvent> afterStep(String step, List<SessionWorker.Exec> finished) {
    List<String> victims = new ArrayList<>();
    for (SessionWorker.Exec e : finished) {
      Integer c = e.errorCode();
      if (c != null && c == ER_LOCK_DEADLOCK) victims.add(e.session);
    }
    if (victims.isEmpty()) return List.of();
    victims.sort(LockEntry.OWNER);
    try {
      Optional<LockReader.Summary> s = reader.deadlock(threadMap(), victims);
      if (s.isEmpty()) return List.of();
      rawDeadlocks.add(new RawDeadlock(step, s.get().raw()));
      return s.get().event().map(List::of).orElse(List.of());
    } catch (SQLException e) {
      throw lostConnection("reading the deadlock report", e);
    }
  }

  private Settler.Settled settle() {
    Map<String, Long> threadOf = new HashMap<>();
    for (SessionWorker w : workers.values()) threadOf.put(w.name, w.threadId);
    try {
      return settler.settle(execs, threadOf);
    } catch (SQLException e) {
      throw lostConnection("polling INNODB_TRX", e);
    }
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down: the hook is running this
    }
    boolean busy = workers.values().stream().anyMatch(SessionWorker::busy);
    boolean dropped = false;
    if (!busy) {
      try {
        for (SessionWorker w : workers.values()) {
          exec(w.connection, "ROLLBACK");
          w.stop();
          w.connection.close();
        }
        if (blocker != null) {
          exec(blocker, "COMMIT");
          blocker.close();
        }
        if (reader != null && reader.probeConnection().isPresent()) reader.probeConnection().get().close();
        exec(monitor, "DROP DATABASE IF EXISTS `" + db + "`");
        monitor.close();
        dropped = true;
      } catch (SQLException | RuntimeException e) {
        dropped = false;
      }
    }
    if (!dropped) emergencyClose();
  }

  /** Kills every connection of the run from a new one and drops the database (Ctrl-C, a broken run). */
  private void emergencyClose() {
    closed = true;
    for (SessionWorker w : workers.values()) w.stop();
    try (Connection c = target.connect(); Statement st = c.createStatement()) {
      List<Long> ids;
      synchronized (connectionIds) {
        ids = List.copyOf(connectionIds);
      }
      for (Long id : ids) {
        try {
          st.execute("KILL " + id);
        } catch (SQLException e) {
          // already gone
        }
      }
      st.execute("DROP DATABASE IF EXISTS `" + db + "`");
    } catch (SQLException | RuntimeException e) {
      // nothing more can be done from here: the server is gone, and with it the session's objects
    }
    for (SessionWorker w : workers.values()) quietClose(w.connection);
    quietClose(blocker);
    quietClose(monitor);
  }

  private static void quietClose(Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException | RuntimeException e) {
      // closing a killed connection may fail; it is closed either way
    }
  }
}
