package dev.innosim.scenario;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Snapshot;
import dev.innosim.profile.ServerProfile;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StepEvents;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a scenario on the simulated server and renders it annotated exactly as the oracle does;
 * stateless. The run itself is a {@link Trace}; everything printed is drawn from it.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /** The oracle server's innodb_lock_wait_timeout. */
  public static final double LOCK_WAIT_TIMEOUT = SimulatedServer.LOCK_WAIT_TIMEOUT;

  /**
   * The result of one run; immutable. {@code stepReports} and {@code snapshots} (the engine after
   * each step, in file order) are filled only by {@link #runRecorded}; {@code snapshots} then has
   * one more entry, the engine at the end of the script.
   */
  public record Result(Scenario scenario, ServerProfile profile, Trace trace, String annotated,
                       List<Engine.DeadlockReport> deadlocks, List<Engine.StepReport> stepReports,
                       List<Snapshot> snapshots) {
    public Result {
      deadlocks = List.copyOf(deadlocks);
      stepReports = List.copyOf(stepReports);
      snapshots = List.copyOf(snapshots);
    }

    /** Each step's outcome as written after {@code -- expect:}. */
    public List<String> outcomes() {
      return trace.steps().stream().map(s -> s.outcome().text()).toList();
    }
  }

  /** The profile a scenario asks for, unless {@code override} names one. */
  public static ServerProfile profileFor(Scenario sc, Optional<ServerProfile> override) {
    return ScenarioServers.profileFor(sc, override);
  }

  public static Result run(Scenario sc, Optional<ServerProfile> override) {
    return run(sc, override, false);
  }

  /** Runs a scenario; with {@code why}, every lock line is followed by {@code --     why: ...}. */
  public static Result run(Scenario sc, Optional<ServerProfile> override, boolean why) {
    return run(sc, override, why, false);
  }

  /** Runs a scenario and keeps each step's report and a snapshot of the engine after each step (for reports). */
  public static Result runRecorded(Scenario sc, Optional<ServerProfile> override, boolean why) {
    return run(sc, override, why, true);
  }

  private static Result run(Scenario sc, Optional<ServerProfile> override, boolean why, boolean record) {
    SimulatedServer server = ScenarioServers.simulated(sc, override).captureDeadlockSnapshots(record);
    List<Engine.StepReport> reports = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    Map<Integer, List<String>> whyLines = new HashMap<>();
    TraceRunner.Observer obs = new TraceRunner.Observer() {
      @Override public void afterStep(int index, Scenario.Step step, StepEvents events) {
        if (!record) return;
        reports.add(server.lastReport());
        snapshots.add(server.snapshot());
      }

      @Override public void atCheckpoint(Scenario.Checkpoint cp) {
        if (why) whyLines.put(sc.items().indexOf(cp), whyLines(sc, server));
      }

      @Override public void atEnd(StepEvents events) {
        if (record) snapshots.add(server.snapshot());
      }
    };
    Trace trace = TraceRunner.run(sc, server, obs);
    String annotated = Annotator.render(sc, trace, whyLines);
    return new Result(sc, server.profile(), trace, annotated, server.engineDeadlocks(), reports, snapshots);
  }

  private static List<String> whyLines(Scenario sc, SimulatedServer server) {
    List<String> out = new ArrayList<>();
    List<SimulatedServer.ExplainedLock> locks = server.explainedLocks();
    for (var s : sc.sessions()) {
      int before = out.size();
      for (SimulatedServer.ExplainedLock l : locks) {
        if (!l.row().session().equals(s)) continue;
        out.add(l.row().text());
        out.add("  why: " + l.why());
      }
      if (out.size() == before) out.add(s.name() + " holds  nothing");
    }
    return out;
  }

  /** 1-based line number in the original file of a 0-based index into {@link Scenario#lines()}. */
  static int lineNumber(Scenario sc, int idx) {
    return sc.lineNumber(idx);
  }
}
