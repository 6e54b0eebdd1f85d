package dev.innosim.scenario;

import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.Trace;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the trace a scenario file states with the trace of a run, entry by entry: every
 * outcome, released line, deadlock block and checkpoint lock row; stateless.
 */
public final class ScenarioCheck {
  private ScenarioCheck() {}

  /** The first difference: the file line and the two sides in the scenario format's words. */
  public record Difference(int line, String expected, String actual) {
    public String describe(String file) {
      return file + ":" + line + ": expected `" + expected + "` but innosim gives `" + actual + "`";
    }
  }

  /** The first difference between what {@code fileText} states and {@code run}, or empty when they agree. */
  public static Optional<Difference> firstDifference(Scenario sc, String fileText, Trace run) {
    ExpectedTrace want = ExpectedTrace.read(sc, fileText);
    List<Trace.Entry> we = want.trace().entries();
    List<Trace.Entry> ge = run.entries();
    for (int i = 0; i < we.size(); i++) {
      Optional<Difference> d = entryDifference(want.lines().get(i), we.get(i), ge.get(i), run);
      if (d.isPresent()) return d;
    }
    Optional<Difference> d = releases(want.endLine(), want.trace().endReleases(), run.endReleases(), "");
    if (d.isPresent()) return d;
    return deadlocks(want.endLine(), want.trace().endDeadlocks(), run.endDeadlocks());
  }

  private static Optional<Difference> entryDifference(int line, Trace.Entry want, Trace.Entry got, Trace run) {
    if (want instanceof Trace.Checkpoint wc) {
      List<String> w = wc.lines(run.sessions());
      List<String> g = ((Trace.Checkpoint) got).lines(run.sessions());
      for (int k = 0; k < Math.max(w.size(), g.size()); k++) {
        String a = k < w.size() ? w.get(k) : "<end of checkpoint>";
        String b = k < g.size() ? g.get(k) : "<end of checkpoint>";
        if (!a.equals(b)) return Optional.of(new Difference(line + 1 + Math.min(k, w.size()), a, b));
      }
      return Optional.empty();
    }
    Trace.StepResult ws = (Trace.StepResult) want;
    Trace.StepResult gs = (Trace.StepResult) got;
    Optional<Difference> d = releases(line, ws.releasedBefore(), gs.releasedBefore(), " (waited for before this step)");
    if (d.isPresent()) return d;
    if (!ws.outcome().equals(gs.outcome())) {
      return Optional.of(new Difference(line, "-- expect: " + ws.outcome().text(), "-- expect: " + gs.outcome().text()));
    }
    d = releases(line, ws.released(), gs.released(), "");
    if (d.isPresent()) return d;
    return deadlocks(line, ws.deadlocks(), gs.deadlocks());
  }

  private static Optional<Difference> releases(int line, List<Release> want, List<Release> got, String suffix) {
    for (int k = 0; k < Math.max(want.size(), got.size()); k++) {
      String a = k < want.size() ? "-- released: " + want.get(k).text() + suffix : "<no more released lines>";
      String b = k < got.size() ? "-- released: " + got.get(k).text() + suffix : "<no more released lines>";
      if (!a.equals(b)) return Optional.of(new Difference(line, a, b));
    }
    return Optional.empty();
  }

  private static Optional<Difference> deadlocks(int line, List<DeadlockEvent> want, List<DeadlockEvent> all) {
    // a file states the last deadlock of a step (the server's report keeps only the latest)
    List<DeadlockEvent> got = all.isEmpty() ? all : all.subList(all.size() - 1, all.size());
    for (int k = 0; k < Math.max(want.size(), got.size()); k++) {
      DeadlockEvent a = k < want.size() ? want.get(k) : null;
      DeadlockEvent b = k < got.size() ? got.get(k) : null;
      if (Objects.equals(a, b)) continue;
      List<String> al = a == null ? List.of("<no deadlock>") : Annotator.deadlockLines(a);
      List<String> bl = b == null ? List.of("<no deadlock>") : Annotator.deadlockLines(b);
      for (int j = 0; j < Math.max(al.size(), bl.size()); j++) {
        String x = j < al.size() ? al.get(j) : "<end of deadlock block>";
        String y = j < bl.size() ? bl.get(j) : "<end of deadlock block>";
        if (!x.equals(y)) return Optional.of(new Difference(line, x, y));
      }
    }
    return Optional.empty();
  }
}
