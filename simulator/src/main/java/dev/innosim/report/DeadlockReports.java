package dev.innosim.report;

import dev.innosim.engine.Engine;
import dev.innosim.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.List;

/** The deadlocks of a recorded scenario run, each with the step that closed its cycle; stateless. */
public final class DeadlockReports {
  private DeadlockReports() {}

  /** One deadlock and where it happened: the 1-based step in file order, or 0 at the end of the script. */
  public record Located(int step, Engine.DeadlockReport report) {
    /** {@code ==== deadlock during step 6 ====}, the oracle's header for a saved report. */
    public String header() {
      return step > 0 ? "==== deadlock during step " + step + " ====" : "==== deadlock at end of script ====";
    }
  }

  /** Every deadlock of a run made by {@link ScenarioRunner#runRecorded}, in the order they happened. */
  public static List<Located> of(ScenarioRunner.Result r) {
    if (r.stepReports().isEmpty() && !r.scenario().steps().isEmpty()) {
      throw new IllegalArgumentException("the run was not recorded: use ScenarioRunner.runRecorded");
    }
    List<Located> out = new ArrayList<>();
    int seen = 0;
    for (int i = 0; i < r.stepReports().size(); i++) {
      for (Engine.DeadlockReport d : r.stepReports().get(i).deadlocks()) {
        out.add(new Located(i + 1, d));
        seen++;
      }
    }
    for (int i = seen; i < r.deadlocks().size(); i++) out.add(new Located(0, r.deadlocks().get(i)));
    return out;
  }

  /**
   * The deadlocks a server's status shows after each step: {@code LATEST DETECTED DEADLOCK} keeps
   * only the last one, so of several deadlocks in one step (a victim's rollback granting a waiter
   * that closes another cycle) only the last is seen.
   */
  public static List<Located> latestPerStep(List<Located> all) {
    List<Located> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Located l = all.get(i);
      boolean later = i + 1 < all.size() && all.get(i + 1).step() == l.step() && l.step() > 0;
      if (!later) out.add(l);
    }
    return out;
  }

  /** Every deadlock as the server's report, each under its oracle-style header. */
  public static String serverStyle(ScenarioRunner.Result r, ReportNames names) {
    DeadlockLayout layout = DeadlockLayout.forProfile(r.profile());
    StringBuilder b = new StringBuilder();
    for (Located l : latestPerStep(of(r))) {
      if (b.length() > 0) b.append('\n'); // the oracle separates sections with a blank line
      b.append(l.header()).append('\n').append(layout.render(l.report(), names));
    }
    return b.toString();
  }
}
