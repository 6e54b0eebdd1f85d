package dev.innosim.explore;

import dev.innosim.mysql.SessionId;
import dev.innosim.server.StepOutcome;
import java.util.ArrayList;
import java.util.List;

/**
 * How a schedule ended, as a value: each session's end and every notable outcome on the way
 * (errors, timeouts, deadlock victims), and, when the exploration keeps cycles apart, the first
 * deadlock's lines. Two schedules with equal end results are one result of the exploration;
 * immutable.
 */
record EndResult(List<SessionEnd> sessions, List<Event> events, List<String> cycle) {
  EndResult {
    sessions = List.copyOf(sessions);
    events = List.copyOf(events);
    cycle = List.copyOf(cycle);
  }

  /** How one session ended. */
  sealed interface SessionEnd permits Victim, Waiting, Finished {
    SessionId session();
  }

  /** Rolled back as a deadlock victim; its remaining statements were not issued. */
  record Victim(SessionId session) implements SessionEnd {}

  /** Still waiting at its {@code step}-th statement (1-based). */
  record Waiting(SessionId session, int step, String sql) implements SessionEnd {}

  /** Ran every statement; {@code open} when its transaction is still open and holds its locks. */
  record Finished(SessionId session, boolean open) implements SessionEnd {}

  /** A statement that did not simply succeed: the session's {@code step}-th (1-based). */
  record Event(SessionId session, int step, String sql, StepOutcome.Final outcome) {
    String text() {
      String where = session.name() + " step " + step + " (" + Explorer.shorten(sql) + ")";
      if (outcome instanceof StepOutcome.DeadlockVictim) return where + ": deadlock victim, rolled back";
      if (outcome instanceof StepOutcome.TimedOut) return where + ": lock wait timeout (1205)";
      return where + ": " + outcome.text();
    }
  }

  /** A deadlock happened (some statement got 1213). */
  boolean deadlock() {
    return events.stream().anyMatch(e -> e.outcome() instanceof StepOutcome.DeadlockVictim);
  }

  /** Some session is still waiting: the server would end it with a lock wait timeout. */
  boolean stuck() {
    return sessions.stream().anyMatch(s -> s instanceof Waiting);
  }

  /** One line per session, then one per event, as the report prints them. */
  List<String> description() {
    List<String> d = new ArrayList<>();
    for (SessionEnd s : sessions) {
      String name = s.session().name();
      if (s instanceof Victim) {
        d.add(name + ": deadlock victim");
      } else if (s instanceof Waiting w) {
        d.add(name + ": waiting at step " + w.step() + " (" + Explorer.shorten(w.sql()) + ")");
      } else {
        d.add(name + (((Finished) s).open() ? ": finished, transaction still open (holds its locks)" : ": finished"));
      }
    }
    for (Event e : events) d.add(e.text());
    return d;
  }
}
