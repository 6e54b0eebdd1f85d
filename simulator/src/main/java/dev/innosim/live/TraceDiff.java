package dev.innosim.live;


import dev.innosim.scenario.Annotator;
import dev.innosim.scenario.Scenario;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a live server's trace of a scenario with the simulator's, entry by entry: each step's
 * outcome, released lines, deadlock victim and block, each checkpoint's lock lines; stateless.
 */
public final class TraceDiff {
  private TraceDiff() {}

  /**
   * One difference: the file line, the step ({@code step 4 (T2)}, {@code checkpoint after step 3},
   * {@code end of script}), what differs, and the two sides in the scenario format's words.
   */
  public record Difference(int line, String where, String what, String live, String simulated) {
    /** {@code file:12: step 4 (T2) outcome: server `blocked -> ok`, simulator `ok`}. */
    public String describe(String file) {
      return file + ":" + line + ": " + where + " " + what + ": server `" + live + "`, simulator `" + simulated + "`";
    }
  }

  /** Every difference, in file order (empty when the runs agree). */
  public static List<Difference> differences(Scenario sc, Trace live, Trace simulated) {
    List<Difference> out = new ArrayList<>();
    List<Scenario.Item> items = sc.items();
    int step = 0;
    for (int i = 0; i < items.size(); i++) {
      Scenario.Item it = items.get(i);
      Trace.Entry a = live.entries().get(i);
      Trace.Entry b = simulated.entries().get(i);
      if (it instanceof Scenario.Checkpoint cp) {
        int line = sc.lineNumber(cp.line());
        String where = "checkpoint after step " + step;
        List<String> la = ((Trace.Checkpoint) a).lines(live.sessions());
        List<String> lb = ((Trace.Checkpoint) b).lines(simulated.sessions());
        for (String x : la) if (!lb.contains(x)) out.add(new Difference(line, where, "lock line", x, "<absent>"));
        for (String y : lb) if (!la.contains(y)) out.add(new Difference(line, where, "lock line", "<absent>", y));
        continue;
      }
      Scenario.Step st = (Scenario.Step) it;
      step++;
      int line = sc.lineNumber(st.firstLine());
      String where = "step " + step + " (" + st.session().name() + ")";
      Trace.StepResult ra = (Trace.StepResult) a;
      Trace.StepResult rb = (Trace.StepResult) b;
      releases(out, line, where, "released before it", ra.releasedBefore(), rb.releasedBefore());
      if (!ra.outcome().equals(rb.outcome())) {
        out.add(new Difference(line, where, "outcome", ra.outcome().text(), rb.outcome().text()));
      }
      releases(out, line, where, "released", ra.released(), rb.released());
      deadlocks(out, line, where, ra.deadlocks(), rb.deadlocks());
    }
    int end = sc.lines().isEmpty() ? 0 : sc.lineNumber(sc.lines().size() - 1);
    releases(out, end, "end of script", "released", live.endReleases(), simulated.endReleases());
    deadlocks(out, end, "end of script", live.endDeadlocks(), simulated.endDeadlocks());
    return out;
  }

  private static void releases(List<Difference> out, int line, String where, String what, List<Release> a, List<Release> b) {
    if (a.equals(b)) return;
    out.add(new Difference(line, where, what, text(a), text(b)));
  }

  private static String text(List<Release> rs) {
    if (rs.isEmpty()) return "nothing";
    List<String> t = new ArrayList<>();
    for (Release r : rs) t.add(r.text());
    return String.join("; ", t);
  }

  private static void deadlocks(List<Difference> out, int line, String where, List<DeadlockEvent> a, List<DeadlockEvent> b) {
    for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
      DeadlockEvent x = k < a.size() ? a.get(k) : null;
      DeadlockEvent y = k < b.size() ? b.get(k) : null;
      if (x == null || y == null) {
        out.add(new Difference(line, where, "deadlock", x == null ? "no deadlock" : "deadlock, victim " + x.victim().name(),
            y == null ? "no deadlock" : "deadlock, victim " + y.victim().name()));
        continue;
      }
      if (!x.victim().equals(y.victim())) {
        out.add(new Difference(line, where, "victim", x.victim().name(), y.victim().name()));
      }
      List<String> lx = Annotator.deadlockLines(x);
      List<String> ly = Annotator.deadlockLines(y);
      for (int j = 1; j < Math.max(lx.size(), ly.size()); j++) {
        String p = j < lx.size() ? lx.get(j) : "<end of deadlock block>";
        String q = j < ly.size() ? ly.get(j) : "<end of deadlock block>";
        if (!p.equals(q)) {
          out.add(new Difference(line, where, "deadlock line", p, q));
          break;
        }
      }
    }
  }

}
