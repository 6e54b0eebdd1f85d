package dev.innosim.server;

import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.mysql.LockRow;
import java.util.List;

/**
 * Whatever executes a scenario: the simulated engine ({@link SimulatedServer}) or a live MySQL /
 * MariaDB server. Sessions are opened on first use; a server is single-threaded from its caller's
 * side and keeps its state until {@link #close}.
 *
 * <p>Protocol: every {@link #setup} statement first, then {@link #issue} per step, then
 * {@link #finish} once; {@link #locks} may be read between any two calls.
 */
public interface Server extends AutoCloseable {

  /** What runs the statements, e.g. {@code simulated mysql-8.0} or {@code MySQL 9.7.4 at 127.0.0.1:3406}. */
  String description();

  /** The profile this server follows (for a live server: the one its version maps to). */
  ServerProfile profile();

  /**
   * Runs one setup statement, autocommitted, that must neither wait nor fail.
   *
   * @throws StatementRejected if the statement is bad input for this server
   */
  void setup(Command command);

  /**
   * Issues a session's next statement and returns when it has completed or blocked and the server
   * has settled (every waiter woken by it has ended or is waiting again).
   *
   * @throws StatementRejected if the statement is bad input for this server
   */
  StepEvents issue(SessionId session, Command command);

  /** Ends the script: statements still waiting end (with the lock wait timeout); what that led to. */
  StepEvents finish();

  /** The locks of every session's transaction now, sorted as a checkpoint lists them. */
  List<LockRow> locks();

  /** Releases what the server holds (connections, the scenario's database); never throws. */
  @Override void close();
}
