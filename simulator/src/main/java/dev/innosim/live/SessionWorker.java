package dev.innosim.live;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One scenario session on a live server: its own connection, driven by its own thread, which runs
 * the statements handed to it one at a time so that a statement can wait for a lock while the
 * other sessions go on; mutable, shared between the runner's thread and its own.
 */
final class SessionWorker {
  /** A statement handed to the worker, and how it ended (set by the worker's thread). */
  static final class Exec {
    final String session;
    final String sql;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Integer errorCode;
    private volatile String errorMessage = "";
    private volatile boolean connectionLost;
    /** Still running when its own step settled: it waited for a lock. Runner thread only. */
    boolean blocked;
    /** Its end has been reported. Runner thread only. */
    boolean recorded;

    Exec(String session, String sql) {
      this.session = session;
      this.sql = sql;
    }

    boolean isDone() { return done.getCount() == 0; }

    boolean await(double seconds) throws InterruptedException {
      return done.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
    }

    /** The server's error number, null when the statement succeeded. */
    Integer errorCode() { return errorCode; }

    String errorMessage() { return errorMessage; }

    /** Whether the statement failed because the connection broke (not a server error). */
    boolean connectionLost() { return connectionLost; }
  }

  final String name;
  final Connection connection;
  final long threadId;
  private final BlockingQueue<Exec> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile Exec current;
  private static final Exec STOP = new Exec("", "");

  SessionWorker(String name, Connection connection, long threadId) {
    this.name = name;
    this.connection = connection;
    this.threadId = threadId;
    this.thread = new Thread(this::loop, "innosim-live-" + name);
    thread.setDaemon(true);
    thread.start();
  }

  private void loop() {
    while (true) {
      Exec ex;
      try {
        ex = queue.take();
      } catch (InterruptedException e) {
        return;
      }
      if (ex == STOP) return;
      try (Statement st = connection.createStatement()) {
        boolean rs = st.execute(ex.sql);
        while (true) {
          if (rs) {
            try (ResultSet r = st.getResultSet()) {
              while (r.next()) {
                // rows are read to completion; a scenario compares locks, not rows
              }
            }
          } else if (st.getUpdateCount() == -1) {
            break;
          }
          rs = st.getMoreResults();
        }
      } catch (SQLException e) {
        int code = e.getErrorCode();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (code <= 0 || state.startsWith("08")) ex.connectionLost = true;
        ex.errorCode = code > 0 ? code : -1;
        ex.errorMessage = e.getMessage() == null ? "" : e.getMessage();
      } catch (RuntimeException e) {
        ex.connectionLost = true;
        ex.errorCode = -1;
        ex.errorMessage = String.valueOf(e.getMessage());
      } finally {
        ex.done.countDown();
      }
    }
  }

  void submit(Exec ex) {
    current = ex;
    queue.add(ex);
  }

  Exec current() { return current; }

  boolean busy() {
    Exec c = current;
    return c != null && !c.isDone();
  }

  void stop() {
    queue.add(STOP);
  }
}
