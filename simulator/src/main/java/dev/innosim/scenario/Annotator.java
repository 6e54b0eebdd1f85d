package dev.innosim.scenario;

import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a trace as the annotated scenario, exactly as the oracle writes recordings:
 * {@code -- expect:} filled in at column 51, {@code -- released:} lines, {@code -- deadlock:}
 * blocks and every {@code -- @locks} checkpoint's lock lines; stateless.
 */
public final class Annotator {
  private Annotator() {}

  /** Column at which {@code -- expect:} starts, as in the oracle. */
  static final int EXPECT_COL = 51;

  /** The annotated scenario; {@code checkpointLines} replaces a checkpoint's lines (by item index) when it has an entry. */
  public static String render(Scenario sc, Trace trace, Map<Integer, List<String>> checkpointLines) {
    List<Scenario.Step> steps = sc.steps();
    List<Trace.StepResult> results = trace.steps();
    Map<Integer, Integer> stepByLastLine = new HashMap<>();
    Map<Integer, List<String>> checkpoints = new HashMap<>();
    Set<Integer> drop = new HashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      stepByLastLine.put(steps.get(i).lastLine(), i);
      drop.addAll(steps.get(i).dropLines());
    }
    for (int i = 0; i < sc.items().size(); i++) {
      if (sc.items().get(i) instanceof Scenario.Checkpoint cp) {
        Trace.Checkpoint c = (Trace.Checkpoint) trace.entries().get(i);
        checkpoints.put(cp.line(), checkpointLines.getOrDefault(i, c.lines(trace.sessions())));
      }
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
      Trace.StepResult r = results.get(si);
      String text;
      if (st.firstLine() == st.lastLine()) {
        String prefix = line.substring(0, line.length() - line.stripLeading().length());
        text = prefix + st.session().name() + ": " + st.sql() + ";";
      } else {
        String[] res = ScenarioParser.splitStatement(line);
        text = (res == null ? line : line.substring(0, line.length() - res[1].length())).stripTrailing();
      }
      for (Release rel : r.releasedBefore()) {
        out.add("-- released: " + rel.text() + " (waited for before this step)");
      }
      int len = text.codePointCount(0, text.length());
      out.add(text + " ".repeat(Math.max(EXPECT_COL - len, 2)) + "-- expect: " + r.outcome().text());
      for (Release rel : r.released()) out.add("-- released: " + rel.text());
      deadlocks(out, r.deadlocks());
    }
    if (!trace.endReleases().isEmpty() || !trace.endDeadlocks().isEmpty()) {
      out.add("-- note: end of script");
      for (Release rel : trace.endReleases()) out.add("-- released: " + rel.text());
      deadlocks(out, trace.endDeadlocks());
    }
    return String.join("\n", out) + "\n";
  }

  /**
   * The deadlocks of one step. The server's LATEST DETECTED DEADLOCK keeps only the last one, so a
   * recording shows that one as a {@code -- deadlock:} block; earlier ones of the same step are
   * noted in a line of their own.
   */
  private static void deadlocks(List<String> out, List<DeadlockEvent> ds) {
    for (int i = 0; i < ds.size() - 1; i++) {
      DeadlockEvent d = ds.get(i);
      out.add("-- note: an earlier deadlock in this step (the server reports only the latest): victim " + d.victim().name()
          + ", cycle " + String.join(" ", d.sessions().stream().map(Object::toString).toList()));
    }
    if (!ds.isEmpty()) out.addAll(deadlockLines(ds.get(ds.size() - 1)));
  }

  /** A deadlock block's lines, each starting {@code -- }. */
  public static List<String> deadlockLines(DeadlockEvent d) {
    List<String> out = new ArrayList<>();
    for (String l : d.lines()) out.add("-- " + l);
    return out;
  }
}
