package dev.innosim.server;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run of a scenario did, as values: per step its outcome, the releases and deadlocks it
 * caused; per checkpoint the lock rows; and what the end of the script released. Two traces are
 * equal when the runs behaved the same; {@code check} and {@code explore} compare traces, and every
 * rendering (annotated scenario, reports) is drawn from one. Immutable.
 */
public record Trace(List<SessionId> sessions, List<Entry> entries, List<Release> endReleases,
                    List<DeadlockEvent> endDeadlocks) {
  public Trace {
    sessions = List.copyOf(sessions);
    entries = List.copyOf(entries);
    endReleases = List.copyOf(endReleases);
    endDeadlocks = List.copyOf(endDeadlocks);
  }

  /** A step or a checkpoint, in the scenario's order. */
  public sealed interface Entry permits StepResult, Checkpoint {}

  /**
   * One step: the session, how its statement ended, the blocked statements of other sessions
   * that ended before it ran ({@code releasedBefore}) and because of it ({@code released}), and the
   * deadlocks it caused.
   */
  public record StepResult(SessionId session, StepOutcome outcome, List<Release> releasedBefore, List<Release> released,
                           List<DeadlockEvent> deadlocks) implements Entry {
    public StepResult {
      releasedBefore = List.copyOf(releasedBefore);
      released = List.copyOf(released);
      deadlocks = List.copyOf(deadlocks);
    }
  }

  /** A {@code -- @locks} checkpoint: every lock of every session at that point. */
  public record Checkpoint(List<LockRow> rows) implements Entry {
    public Checkpoint {
      rows = List.copyOf(rows);
    }

    /** The checkpoint's lines for {@code sessions}: each session's rows, or {@code Tn holds  nothing}. */
    public List<String> lines(List<SessionId> sessions) {
      List<String> out = new ArrayList<>();
      for (SessionId s : sessions) {
        int before = out.size();
        for (LockRow r : rows) if (r.session().equals(s)) out.add(r.text());
        if (out.size() == before) out.add(s.name() + " holds  nothing");
      }
      return out;
    }
  }

  /** The steps, in order. */
  public List<StepResult> steps() {
    List<StepResult> out = new ArrayList<>();
    for (Entry e : entries) if (e instanceof StepResult s) out.add(s);
    return out;
  }

  /** Every deadlock of the run, in the order they happened. */
  public List<DeadlockEvent> deadlocks() {
    List<DeadlockEvent> out = new ArrayList<>();
    for (StepResult s : steps()) out.addAll(s.deadlocks());
    out.addAll(endDeadlocks);
    return out;
  }
}
