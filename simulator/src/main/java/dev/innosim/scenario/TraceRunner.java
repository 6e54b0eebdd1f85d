package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import dev.innosim.server.Command;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.Server;
import dev.innosim.server.StatementRejected;
import dev.innosim.server.StepEvents;
import dev.innosim.server.StepOutcome;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drives any {@link Server} through a scenario (setup, then every step and checkpoint in file
 * order, then the end of the script) and collects what it did as a {@link Trace}; stateless.
 */
public final class TraceRunner {
  private TraceRunner() {}

  /** Called as the run goes, for what only some servers can tell (engine snapshots, lock reasons). */
  public interface Observer {
    /** After step {@code index} (0-based among the steps) was issued and the server settled. */
    default void afterStep(int index, Scenario.Step step, StepEvents events) {}

    /** At a checkpoint, before its locks are read. */
    default void atCheckpoint(Scenario.Checkpoint checkpoint) {}

    /** After the end of the script. */
    default void atEnd(StepEvents events) {}
  }

  /** An observer that wants nothing. */
  public static final Observer NONE = new Observer() {};

  /** Runs {@code sc} on {@code server}; a statement the server rejects is a {@link ScenarioException} at its line. */
  public static Trace run(Scenario sc, Server server, Observer observer) {
    for (Scenario.Setup s : sc.setup()) {
      try {
        server.setup(new Command(s.sql(), s.statement(), s.line()));
      } catch (StatementRejected e) {
        throw new ScenarioException(sc.file(), s.line(), ScenarioParser.withText(e.getMessage(), s.sql()));
      }
    }
    List<SessionId> sessions = sc.sessions();
    List<StepOutcome.Final> own = new ArrayList<>();
    List<StepOutcome.Final> later = new ArrayList<>();
    List<StepEvents> events = new ArrayList<>();
    List<Trace.Checkpoint> checkpoints = new ArrayList<>();
    List<Boolean> isStep = new ArrayList<>();
    Map<SessionId, Integer> waiting = new HashMap<>();
    int k = 0;
    for (Scenario.Item it : sc.items()) {
      if (it instanceof Scenario.Checkpoint cp) {
        observer.atCheckpoint(cp);
        checkpoints.add(new Trace.Checkpoint(server.locks()));
        isStep.add(false);
        continue;
      }
      Scenario.Step st = (Scenario.Step) it;
      StepEvents ev;
      int line = sc.lineNumber(st.firstLine());
      try {
        ev = server.issue(st.session(), st.command(line));
      } catch (StatementRejected e) {
        throw new ScenarioException(sc.file(), line, ScenarioParser.withText(e.getMessage(), st.sql()));
      }
      for (Release r : ev.releasedBefore()) settle(waiting, later, r);
      own.add(ev.own().orElse(null));
      later.add(null);
      if (ev.blocked()) waiting.put(st.session(), k);
      for (Release r : ev.released()) settle(waiting, later, r);
      events.add(ev);
      isStep.add(true);
      observer.afterStep(k, st, ev);
      k++;
    }
    StepEvents end = server.finish();
    for (Release r : end.released()) settle(waiting, later, r);
    observer.atEnd(end);

    List<Trace.Entry> entries = new ArrayList<>();
    int si = 0;
    int ci = 0;
    List<Scenario.Step> steps = sc.steps();
    for (boolean step : isStep) {
      if (!step) {
        entries.add(checkpoints.get(ci++));
        continue;
      }
      StepEvents ev = events.get(si);
      StepOutcome o = own.get(si) != null ? own.get(si)
          : new StepOutcome.Blocked(later.get(si) != null ? later.get(si) : StepOutcome.TIMEOUT);
      entries.add(new Trace.StepResult(steps.get(si).session(), o, ev.releasedBefore(), ev.released(), ev.deadlocks()));
      si++;
    }
    List<DeadlockEvent> endDeadlocks = end.deadlocks();
    return new Trace(sessions, entries, end.released(), endDeadlocks);
  }

  private static void settle(Map<SessionId, Integer> waiting, List<StepOutcome.Final> later, Release r) {
    Integer idx = waiting.remove(r.session());
    if (idx != null) later.set(idx, r.outcome());
  }
}
