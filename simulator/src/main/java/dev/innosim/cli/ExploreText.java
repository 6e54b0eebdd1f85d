package dev.innosim.cli;

import dev.innosim.explore.ExploreReport;

/** The text form of an exploration report; stateless. */
final class ExploreText {
  private ExploreText() {}

  static String render(ExploreReport r) {
    StringBuilder b = new StringBuilder();
    b.append("explore ").append(r.file()).append(" (server ").append(r.profile()).append(")\n");
    b.append("sessions: ").append(String.join(", ", r.sessions())).append('\n');
    if (r.random()) {
      b.append("mode: ").append(r.schedules()).append(" random schedules, seed ").append(r.seed()).append('\n');
    } else {
      b.append("mode: every schedule\n");
    }
    if (r.granularity() == dev.innosim.explore.ExploreOptions.Granularity.ROW) {
      b.append("granularity: row (other sessions may run between two rows of one statement)\n");
    }
    r.parameters().ifPresent(p -> {
      b.append("parameters: ").append(p.assignments()).append(" assignment").append(p.assignments() == 1 ? "" : "s")
          .append(" explored").append(p.symmetric() > 0 ? ", " + p.symmetric() + " more are the same up to renaming sessions of one program" : "")
          .append(p.sameShape() > 0 ? ", " + p.sameShape() + " more put every parameter in the same value class and order" : "")
          .append('\n');
      for (String d : p.domains()) b.append("  ").append(d).append('\n');
      b.append("  value classes: ").append(p.why()).append('\n');
    });
    b.append("schedules: ").append(r.schedules()).append(", states: ").append(r.states()).append('\n');
    if (r.reduced()) b.append("reduction: on (moves of different sessions that commute are explored in one order; the schedules counted are those explored)\n");
    r.stopReason().ifPresent(s -> b.append("stopped early: ").append(s).append(" (the counts cover what was explored)\n"));
    b.append("results: ").append(r.results().size()).append('\n');
    int i = 0;
    for (ExploreReport.Result res : r.results()) {
      b.append('\n').append("[").append(++i).append("] ").append(res.schedules()).append(" schedule")
          .append(res.schedules().equals(java.math.BigInteger.ONE) ? "" : "s")
          .append(res.deadlock() ? ", DEADLOCK" : "").append(res.stuck() ? ", STUCK (every unfinished session waits; the server would end them with lock wait timeouts)" : "")
          .append('\n');
      for (String d : res.description()) b.append("    ").append(d).append('\n');
      if (!res.assignments().isEmpty()) {
        b.append("    parameters: ").append(res.assignments().get(0)).append('\n');
        if (res.assignments().size() > 1) {
          b.append("    (and ").append(res.assignments().size() - 1).append(" more assignment")
              .append(res.assignments().size() == 2 ? "" : "s").append(")\n");
        }
      }
      if (res.deadlock() || res.stuck()) {
        b.append("    shortest schedule (").append(res.witness().size()).append(" steps): ")
            .append(String.join(" ", res.witness())).append('\n');
        for (String c : res.cycle()) b.append("    ").append(c).append('\n');
        b.append("    as a scenario (./innosim run reproduces it):\n");
        for (String l : res.witnessScenario().split("\n")) b.append("      ").append(l).append('\n');
      }
    }
    b.append('\n').append("verdict: ").append(r.verdict()).append('\n');
    if (r.stuckPossible()) b.append("also: a schedule can hang (stuck until lock wait timeout)\n");
    return b.toString();
  }
}
