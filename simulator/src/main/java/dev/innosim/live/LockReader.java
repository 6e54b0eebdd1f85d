package dev.innosim.live;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.server.DeadlockEvent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a live server's locks and deadlock reports the way the oracle does: the lock listing from
 * {@code SHOW ENGINE INNODB STATUS} (MariaDB, MySQL 5.7) or {@code performance_schema.data_locks}
 * (MySQL 8.0+, delete marks from the STATUS record dump or a READ UNCOMMITTED probe), and the
 * deadlock block from the LATEST DETECTED DEADLOCK section; mutable (caches its probe connection).
 */
final class LockReader {
  private final Connection monitor;
  private final String db;
  private final Flavor flavor;
  private final IndexLayouts layouts;
  private final Supplier<Connection> probeConnection;
  private Connection probe;

  LockReader(Connection monitor, String db, Flavor flavor, IndexLayouts layouts, Supplier<Connection> probeConnection) {
    this.monitor = monitor;
    this.db = db;
    this.flavor = flavor;
    this.layouts = layouts;
    this.probeConnection = probeConnection;
  }

  static String status(Connection c) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW ENGINE INNODB STATUS")) {
      rs.next();
      return rs.getString(3);
    }
  }

  /** The lock rows of the scenario's sessions ({@code sessions}: connection id to session name), sorted. */
  List<LockRow> rows(Map<Long, String> sessions, boolean deleteMarksPossible) throws SQLException {
    List<StatusDump.Trx> trxs = StatusDump.transactions(status(monitor));
    List<LockEntry> entries = new ArrayList<>();
    Map<String, String> trxToSession = new HashMap<>();
    for (StatusDump.Trx t : trxs) {
      String s = t.threadId().map(sessions::get).orElse(null);
      if (s == null) continue;
      trxToSession.put(t.trxId(), s);
      for (StatusDump.Lock l : t.locks()) entries.addAll(LockEntry.expand(l, s, db, layouts));
    }
    if (flavor == Flavor.MYSQL) entries = dataLocks(entries, trxToSession, sessions, deleteMarksPossible);
    List<LockRow> out = new ArrayList<>();
    for (LockEntry e : LockEntry.sorted(entries)) e.row().ifPresent(out::add);
    return out;
  }

  /**
   * MySQL: the listing from data_locks (STATUS prints only read-write transactions and at most
   * 10 structs each), owned by ENGINE_TRANSACTION_ID first and thread second, delete marks taken
   * from the STATUS entries on the same record, else probed.
   */
  private List<LockEntry> dataLocks(List<LockEntry> fromStatus, Map<String, String> trxToSession, Map<Long, String> sessions,
                                    boolean deleteMarksPossible) throws SQLException {
    List<LockEntry> dl = new ArrayList<>();
    try (PreparedStatement ps = monitor.prepareStatement("SELECT d.ENGINE_TRANSACTION_ID, t.PROCESSLIST_ID, d.OBJECT_NAME, "
        + "d.INDEX_NAME, d.LOCK_TYPE, d.LOCK_MODE, d.LOCK_STATUS, d.LOCK_DATA FROM performance_schema.data_locks d "
        + "LEFT JOIN performance_schema.threads t ON t.THREAD_ID = d.THREAD_ID WHERE d.OBJECT_SCHEMA = ?")) {
      ps.setString(1, db);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String s = trxToSession.get(rs.getString(1));
          if (s == null) {
            long pid = rs.getLong(2);
            if (!rs.wasNull()) s = sessions.get(pid);
          }
          if (s == null) continue;
          dl.add(LockEntry.fromDataLock(s, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), rs.getString(8), layouts));
        }
      }
    }
    Map<String, Boolean> deleted = new HashMap<>();
    for (LockEntry e : fromStatus) {
      if (e.record() && !e.key().equals("supremum") && !e.key().equals("infimum")) {
        deleted.put(e.table() + "\0" + e.index() + "\0" + e.key(), e.deleteMarked());
      }
    }
    Map<String, Optional<Boolean>> probed = new HashMap<>();
    List<LockEntry> out = new ArrayList<>();
    for (LockEntry e : dl) {
      if (!e.record() || e.key().equals("supremum") || e.key().equals("infimum")) {
        out.add(e);
        continue;
      }
      String k = e.table() + "\0" + e.index() + "\0" + e.key();
      boolean dm;
      if (deleted.containsKey(k)) {
        dm = deleted.get(k);
      } else {
        Optional<Boolean> p = probed.get(k);
        if (p == null) {
          p = probeDeleteMark(e);
          if (p.isEmpty() && !deleteMarksPossible) p = Optional.of(false);
          probed.put(k, p);
        }
        dm = p.orElse(false);
      }
      out.add(dm ? e.deleteMarked(true) : e);
    }
    return out;
  }

  /**
   * Whether the locked record {@code e} is delete-marked: READ UNCOMMITTED skips delete-marked
   * records, and the record exists (it is locked and purge is held off), so not seeing it means it
   * is marked. Empty when the key cannot be written as a condition.
   */
  private Optional<Boolean> probeDeleteMark(LockEntry e) {
    Optional<List<IndexLayouts.Part>> layout = layouts.layout(e.table(), e.index());
    if (layout.isEmpty() || e.values().size() < layout.get().size()) return Optional.empty();
    List<String> conds = new ArrayList<>();
    List<KeyValue> params = new ArrayList<>();
    boolean byKeyOnly = false;
    for (int i = 0; i < layout.get().size(); i++) {
      IndexLayouts.Part desc = layout.get().get(i);
      KeyValue v = e.values().get(i);
      if (desc.column().equals("DB_ROW_ID") && !conds.isEmpty()) {
        byKeyOnly = true;
        continue;
      }
      if (desc.column().equals("DB_ROW_ID")) return Optional.empty();
      if (v.kind() != KeyValue.Kind.INT && v.kind() != KeyValue.Kind.STR && v.kind() != KeyValue.Kind.NULL) return Optional.empty();
      Optional<IndexLayouts.Column> info = layouts.column(e.table(), desc.column());
      if (info.isEmpty()) return Optional.empty();
      String name = "`" + info.get().name() + "`";
      if (v.kind() == KeyValue.Kind.NULL) {
        conds.add(name + " IS NULL");
      } else if (v.kind() == KeyValue.Kind.STR && desc.prefix().isPresent()) {
        conds.add(name + " LIKE ?");
        params.add(KeyValue.str(v.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"));
      } else {
        conds.add(name + " = ?");
        params.add(v);
      }
    }
    String clust = layouts.clusteredIndex(e.table()).orElse("");
    String idx = e.index().equals(clust) && clust.equals("PRIMARY") ? "PRIMARY" : "`" + e.index() + "`";
    String sql = "SELECT 1 FROM `" + e.table() + "` FORCE INDEX (" + idx + ") WHERE " + String.join(" AND ", conds) + " LIMIT 1";
    try {
      if (probe == null) {
        probe = probeConnection.get();
        try (Statement st = probe.createStatement()) {
          st.execute("SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED");
          st.execute("SET SESSION lock_wait_timeout = 2");
        }
      }
      boolean found;
      try (PreparedStatement ps = probe.prepareStatement(sql)) {
        for (int i = 0; i < params.size(); i++) {
          KeyValue p = params.get(i);
          if (p.kind() == KeyValue.Kind.INT) ps.setBigDecimal(i + 1, new java.math.BigDecimal(p.number()));
          else ps.setString(i + 1, p.text());
        }
        try (ResultSet rs = ps.executeQuery()) {
          found = rs.next();
        }
      }
      if (byKeyOnly && found) return Optional.empty();
      return Optional.of(!found);
    } catch (SQLException ex) {
      return Optional.empty();
    }
  }

  /** The probe connection, if one was opened (the server closes it). */
  Optional<Connection> probeConnection() { return Optional.ofNullable(probe); }

  /** The server's deadlock report as the oracle summarises it, with the session that got 1213 as victim. */
  record Summary(String raw, Optional<DeadlockEvent> event) {}

  Optional<Summary> deadlock(Map<Long, String> sessions, List<String> victims) throws SQLException {
    Optional<StatusDump.Deadlock> parsed = StatusDump.deadlock(status(monitor));
    if (parsed.isEmpty()) return Optional.empty();
    StatusDump.Deadlock d = parsed.get();
    Map<Long, String> trxToSession = new HashMap<>();
    List<String> memberSession = new ArrayList<>();
    for (StatusDump.Member m : d.members()) {
      String s = m.threadId().map(sessions::get).orElse("thread" + m.threadId().map(String::valueOf).orElse("None"));
      memberSession.add(s);
      m.trxId().ifPresent(id -> trxToSession.put(id, s));
    }
    String reportVictim = null;
    List<DeadlockEvent.Member> members = new ArrayList<>();
    List<StatusDump.Member> cycle = d.members();
    for (int j = 0; j < cycle.size(); j++) {
      StatusDump.Member t = cycle.get(j);
      String session = memberSession.get(j);
      if (d.reportVictim().isPresent() && d.reportVictim().get() == t.n()) reportVictim = session;
      List<LockEntry> waits = new ArrayList<>();
      for (StatusDump.Lock l : t.waiting()) waits.addAll(LockEntry.expand(l, session, db, layouts));
      Set<LockEntry.Target> targets = new HashSet<>();
      for (LockEntry w : waits) targets.add(w.target());
      List<StatusDump.Lock> candidates = new ArrayList<>();
      if (flavor == Flavor.MYSQL) {
        if (cycle.size() > 1) candidates.addAll(cycle.get((j + 1) % cycle.size()).holds());
      } else {
        candidates.addAll(t.conflicting());
        candidates.addAll(t.holds());
      }
      List<LockEntry> behind = new ArrayList<>();
      for (StatusDump.Lock l : candidates) {
        String owner = trxToSession.getOrDefault(l.trxId(), "trx" + l.trxId());
        if (owner.equals(session)) continue;
        for (LockEntry e : LockEntry.expand(l, owner, db, layouts)) if (targets.contains(e.target())) behind.add(e);
      }
      List<LockEntry> sortedWaits = LockEntry.sorted(waits);
      if (!session.matches("T[1-9][0-9]*") || sortedWaits.isEmpty()) continue;
      List<LockRow> behindRows = new ArrayList<>();
      for (LockEntry b : LockEntry.sorted(behind)) b.row().ifPresent(behindRows::add);
      members.add(new DeadlockEvent.Member(SessionId.parse(session), sortedWaits.get(0).ref(), behindRows));
    }
    members.sort((a, b) -> a.session().compareTo(b.session()));
    String victim = victims.size() == 1 ? victims.get(0) : reportVictim;
    if (victim == null || !victim.matches("T[1-9][0-9]*") || members.isEmpty()) return Optional.of(new Summary(d.raw(), Optional.empty()));
    return Optional.of(new Summary(d.raw(), Optional.of(new DeadlockEvent(SessionId.parse(victim), members))));
  }
}
