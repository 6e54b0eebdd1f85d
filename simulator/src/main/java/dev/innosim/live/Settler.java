package dev.innosim.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a live server has settled after a statement, from InnoDB's own wait state as the
 * oracle's {@code settle_now} does: every running statement has waited for the same lock request
 * ({@code INNODB_TRX}, or the processlist for metadata locks) for {@link #SETTLE} seconds and
 * nothing finished during that time; stateless between calls.
 */
final class Settler {
  /** Seconds a statement must stay in the same lock wait, and nothing finish, before it counts as blocked. */
  static final double SETTLE = 0.25;
  /** Seconds after which a running statement that does not wait is taken as it is. */
  static final double MAX_SETTLE = 3.0;
  /** INNODB_TRX is a cache refreshed only when unread for 0.1 s: poll it no faster than this. */
  static final double POLL_INTERVAL = 0.12;

  /** The statements that ended during the settling, and those still running (waiting) at its end. */
  record Settled(List<SessionWorker.Exec> finished, List<SessionWorker.Exec> running) {}

  private final Connection monitor;
  private final Flavor flavor;

  Settler(Connection monitor, Flavor flavor) {
    this.monitor = monitor;
    this.flavor = flavor;
  }

  /** Settles the statements of {@code execs} not yet reported; {@code threadOf} maps a session to its connection id. */
  Settled settle(List<SessionWorker.Exec> execs, Map<String, Long> threadOf) throws SQLException {
    long t0 = System.nanoTime();
    double lastFinish = 0;
    double lastPoll = -POLL_INTERVAL;
    Map<Long, String> waitSince = new HashMap<>();
    Map<Long, Double> waitStart = new HashMap<>();
    List<SessionWorker.Exec> finished = new ArrayList<>();
    while (true) {
      double now = (System.nanoTime() - t0) / 1e9;
      List<SessionWorker.Exec> running = new ArrayList<>();
      for (SessionWorker.Exec ex : execs) {
        if (ex.recorded) continue;
        if (ex.isDone()) {
          ex.recorded = true;
          finished.add(ex);
          lastFinish = now;
        } else {
          running.add(ex);
        }
      }
      if (running.isEmpty()) return new Settled(finished, List.of());
      if (now - lastPoll < POLL_INTERVAL) {
        sleep();
        continue;
      }
      Map<Long, SessionWorker.Exec> tids = new HashMap<>();
      for (SessionWorker.Exec ex : running) tids.put(threadOf.get(ex.session), ex);
      Map<Long, String> states = waitStates(tids.keySet());
      now = (System.nanoTime() - t0) / 1e9;
      lastPoll = now;
      boolean stable = true;
      for (Long tid : tids.keySet()) {
        String st = states.get(tid);
        if (st == null) {
          waitSince.remove(tid);
          waitStart.remove(tid);
          stable = false;
          continue;
        }
        String prev = waitSince.get(tid);
        if (prev == null || !prev.equals(st)) {
          waitSince.put(tid, st);
          waitStart.put(tid, now);
          stable = false;
        } else if (now - waitStart.get(tid) < SETTLE) {
          stable = false;
        }
      }
      if (stable && now - lastFinish >= SETTLE && now >= SETTLE) return new Settled(finished, running);
      if (now > MAX_SETTLE) return new Settled(finished, running);
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(10);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LiveFailure("innosim: interrupted");
    }
  }

  /** Connection id to a wait identity, for the sessions InnoDB (or the server, for metadata locks) says wait. */
  private Map<Long, String> waitStates(Set<Long> ids) throws SQLException {
    Map<Long, String> res = new HashMap<>();
    StringBuilder in = new StringBuilder();
    for (Long id : ids) in.append(in.length() == 0 ? "" : ",").append(id);
    try (Statement st = monitor.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT trx_mysql_thread_id, trx_state, trx_requested_lock_id, trx_wait_started "
          + "FROM information_schema.INNODB_TRX WHERE trx_mysql_thread_id IN (" + in + ")")) {
        while (rs.next()) {
          if ("LOCK WAIT".equals(rs.getString(2))) res.put(rs.getLong(1), "innodb " + rs.getString(3) + " " + rs.getString(4));
        }
      }
      String pl = flavor == Flavor.MYSQL ? "performance_schema.processlist" : "information_schema.PROCESSLIST";
      try (ResultSet rs = st.executeQuery("SELECT ID, STATE FROM " + pl + " WHERE ID IN (" + in + ")")) {
        while (rs.next()) {
          String state = rs.getString(2);
          long id = rs.getLong(1);
          if (!res.containsKey(id) && state != null && state.startsWith("Waiting for") && state.contains("lock")) {
            res.put(id, "server " + state);
          }
        }
      }
    }
    return res;
  }
}
