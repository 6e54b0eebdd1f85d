package dev.innosim.scenario;

import dev.innosim.engine.Engine;
import dev.innosim.engine.EngineException;
import dev.innosim.engine.Outcome;
import dev.innosim.engine.Snapshot;
import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.SchemaException;
import dev.innosim.sql.SqlException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs a scenario on a fresh {@link Engine} and writes it back annotated exactly as the oracle
 * does ({@code -- expect:} filled in, {@code -- released:}, {@code -- deadlock:} and
 * {@code -- @locks} lines); stateless.
 */
public final class ScenarioRunner {
  private ScenarioRunner() {}

  /** Column at which {@code -- expect:} starts, as in the oracle. */
  static final int EXPECT_COL = 51;
  /** The oracle server's innodb_lock_wait_timeout. */
  public static final double LOCK_WAIT_TIMEOUT = 4;

  /**
   * The result of one run; immutable. {@code stepReports} and {@code snapshots} (the engine after
   * each step, in file order) are filled only by {@link #runRecorded}; {@code snapshots} then has
   * one more entry, the engine at the end of the script.
   */
  public record Result(Scenario scenario, ServerProfile profile, String annotated, List<String> outcomes,
                       List<Engine.DeadlockReport> deadlocks, List<Engine.StepReport> stepReports,
                       List<Snapshot> snapshots) {
    public Result {
      outcomes = List.copyOf(outcomes);
      deadlocks = List.copyOf(deadlocks);
      stepReports = List.copyOf(stepReports);
      snapshots = List.copyOf(snapshots);
    }
  }

  /** The profile a scenario asks for, unless {@code override} names one. */
  public static ServerProfile profileFor(Scenario sc, Optional<ServerProfile> override) {
    if (override.isPresent()) return override.get();
    if (sc.server().isPresent()) {
      return ServerProfile.byName(sc.server().get()).orElseThrow(() -> new ScenarioException(sc.file(), lineOf(sc, "@server"),
          "unknown server profile: " + sc.server().get() + " (known: " + String.join(", ",
              ServerProfile.all().stream().map(ServerProfile::name).toList()) + ")"));
    }
    return ServerProfile.defaultProfile();
  }

  /** The line of the file's {@code -- @server:} directive (0 if absent). */
  private static int lineOf(Scenario sc, String directive) {
    for (int i = 0; i < sc.lines().size(); i++) {
      if (sc.lines().get(i).strip().replaceAll("\\s+", "").startsWith("--" + directive)) return sc.lineNumber(i);
    }
    return 0;
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
    ServerProfile profile = profileFor(sc, override);
    Engine eng = new Engine(profile, sc.isolation(), LOCK_WAIT_TIMEOUT);
    eng.setCaptureDeadlockSnapshots(record);
    for (Map.Entry<Integer, IsolationLevel> e : sc.sessionIsolation().entrySet()) {
      eng.setSessionIsolation(e.getKey(), e.getValue());
    }
    for (Scenario.Setup s : sc.setup()) {
      try {
        eng.setup(s.statement());
      } catch (EngineException | SchemaException | SqlException e) {
        throw new ScenarioException(sc.file(), s.line(), ScenarioParser.withText(e.getMessage(), s.sql()));
      }
    }
    List<String> sessionNames = sc.sessions().stream().map(n -> "T" + n).toList();
    Map<Integer, Engine.StepReport> reports = new HashMap<>();
    Map<Integer, Integer> engineStepOf = new HashMap<>();
    Map<Integer, List<String>> checkpoints = new HashMap<>();
    Map<Integer, Outcome> finalOutcome = new HashMap<>();
    List<Engine.DeadlockReport> allDeadlocks = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    int k = 0;
    for (Scenario.Item it : sc.items()) {
      if (it instanceof Scenario.Checkpoint cp) {
        checkpoints.put(cp.line(), why ? eng.checkpointWithWhy(sessionNames) : eng.checkpoint(sessionNames));
        continue;
      }
      Scenario.Step st = (Scenario.Step) it;
      Engine.StepReport r;
      try {
        r = eng.step(st.session(), st.statement());
      } catch (EngineException | SchemaException | SqlException e) {
        throw new ScenarioException(sc.file(), lineNumber(sc, st.firstLine()), ScenarioParser.withText(e.getMessage(), st.sql()));
      }
      engineStepOf.put(k, eng.lastStepNo());
      reports.put(k, r);
      if (record) snapshots.add(eng.snapshot());
      for (Engine.Release rel : r.releasedBefore()) finalOutcome.put(rel.stepNo(), rel.outcome());
      for (Engine.Release rel : r.released()) finalOutcome.put(rel.stepNo(), rel.outcome());
      allDeadlocks.addAll(r.deadlocks());
      k++;
    }
    List<Engine.Release> endReleases = eng.endOfScript();
    for (Engine.Release rel : endReleases) finalOutcome.put(rel.stepNo(), rel.outcome());
    List<Engine.DeadlockReport> endDeadlocks = eng.endDeadlocks();
    allDeadlocks.addAll(endDeadlocks);
    if (record) snapshots.add(eng.snapshot());

    // outcome text per step
    List<Scenario.Step> steps = sc.steps();
    List<String> outcomes = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Engine.StepReport r = reports.get(i);
      if (r.outcome().kind() == Outcome.Kind.BLOCKED) {
        Outcome f = finalOutcome.get(engineStepOf.get(i));
        outcomes.add("blocked -> " + (f == null ? "timeout" : f.text()));
      } else {
        outcomes.add(r.outcome().text());
      }
    }

    // annotate
    Map<Integer, Integer> stepByLastLine = new HashMap<>();
    Set<Integer> drop = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      stepByLastLine.put(steps.get(i).lastLine(), i);
      drop.addAll(steps.get(i).dropLines());
    }
    List<String> out = new ArrayList<>();
    List<String> lines = sc.lines();
    for (int idx = 0; idx < lines.size(); idx++) {
      if (drop.contains(idx)) continue;
      String line = lines.get(idx);
      if (checkpoints.containsKey(idx)) {
        out.add(line);
        for (String l : checkpoints.get(idx)) out.add("--   " + l);
        continue;
      }
      Integer si = stepByLastLine.get(idx);
      if (si == null) {
        out.add(line);
        continue;
      }
      Scenario.Step st = steps.get(si);
      String text;
      if (st.firstLine() == st.lastLine()) {
        String prefix = line.substring(0, line.length() - line.stripLeading().length());
        text = prefix + "T" + st.session() + ": " + st.sql() + ";";
      } else {
        String[] res = ScenarioParser.splitStatement(line);
        text = (res == null ? line : line.substring(0, line.length() - res[1].length())).stripTrailing();
      }
      Engine.StepReport r = reports.get(si);
      for (Engine.Release rel : r.releasedBefore()) {
        out.add("-- released: " + rel.session() + " -> "
            + rel.outcome().text() + " (waited for before this step)");
      }
      int len = text.codePointCount(0, text.length());
      out.add(text + " ".repeat(Math.max(EXPECT_COL - len, 2)) + "-- expect: " + outcomes.get(si));
      for (Engine.Release rel : r.released()) {
        out.add("-- released: " + rel.session() + " -> " + rel.outcome().text());
      }
      for (Engine.DeadlockReport d : r.deadlocks()) out.addAll(deadlockLines(d));
    }
    if (!endReleases.isEmpty() || !endDeadlocks.isEmpty()) {
      out.add("-- note: end of script");
      for (Engine.Release rel : endReleases) {
        out.add("-- released: " + rel.session() + " -> " + rel.outcome().text());
      }
      for (Engine.DeadlockReport d : endDeadlocks) out.addAll(deadlockLines(d));
    }
    List<Engine.StepReport> stepReports = new ArrayList<>();
    if (record) for (int i = 0; i < steps.size(); i++) stepReports.add(reports.get(i));
    return new Result(sc, profile, String.join("\n", out) + "\n", outcomes, allDeadlocks, stepReports, snapshots);
  }

  static List<String> deadlockLines(Engine.DeadlockReport d) {
    List<String> lines = new ArrayList<>();
    lines.add("-- deadlock: victim " + d.victim());
    for (Engine.DeadlockMember m : d.members()) {
      lines.add("--   " + m.session() + " waits  " + m.waits());
      for (String b : m.behind()) lines.add("--     behind " + b);
    }
    return lines;
  }

  /** 1-based line number in the original file of a 0-based index into {@link Scenario#lines()}. */
  static int lineNumber(Scenario sc, int idx) {
    return sc.lineNumber(idx);
  }
}
