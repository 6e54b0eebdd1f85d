package dev.innosim.report;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Snapshot;
import dev.innosim.profile.ServerProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * A deadlock in plain words: the cycle, who waited for whom and why each lock was there, the
 * victim and why, and the fixes that break the cycle, offered only when {@code innosim fix}
 * proved them for the scenario (passed in as {@link Advice}); stateless.
 */
public final class DeadlockExplanation {
  private DeadlockExplanation() {}

  /**
   * The explanation, several lines, each starting with {@code "-- "} so it can sit in a scenario file;
   * the fixes it offers are {@code proven}, those {@code innosim fix} proved for the scenario.
   */
  public static String explain(Engine.DeadlockReport d, ServerProfile profile, List<Advice> proven) {
    Snapshot s = d.atDetection();
    List<String> cycle = d.cycle();
    List<String> out = new ArrayList<>();
    out.add("In plain words: " + String.join(" -> ", cycle) + " -> " + cycle.get(0)
        + " (each waits for the next); " + d.requester() + "'s request closed the cycle.");
    for (String name : cycle) {
      Snapshot.TrxInfo t = Snapshots.trx(s, name);
      Snapshot.WaitEdge w = Snapshots.edge(s, name);
      Snapshot.LockInfo req = w.requested();
      out.add("- " + name + " (" + t.isolation().sqlName() + ") runs " + t.statement().map(x -> "\"" + shorten(x) + "\"").orElse("a statement")
          + " and waits for " + req.mode() + " on " + object(req) + ".");
      req.why().ifPresent(y -> out.add("    wanted because: " + y));
      for (Snapshot.LockInfo b : Snapshots.blockingLocks(w)) {
        out.add("    blocked by " + w.blocker() + ", which " + (b.waiting() ? "waits for " : "holds ") + b.mode() + " there"
            + b.why().map(y -> ": " + y).orElse("."));
      }
    }
    ServerProfile.VictimRule rule = profile.victimRule();
    out.add("Victim: " + d.victim() + ". " + rule.choice() + " (undo log entries + lock structs: "
        + weights(s, cycle) + "); " + rule.tie() + ".");
    out.add("What would break the cycle (only fixes `./innosim fix` proved for this scenario):");
    if (proven.isEmpty()) {
      out.add("- no candidate fix is proven for this scenario (`./innosim fix FILE` gives each candidate's verdict and counterexample); "
          + "retry the victim's transaction.");
    }
    for (Advice a : proven) {
      out.add("- " + a.name() + ": " + a.description());
      for (String line : a.diff()) out.add("    " + line);
      for (String c : a.changes()) out.add("    changes: " + c);
      out.add("    proof: " + a.proof());
    }
    StringBuilder b = new StringBuilder();
    for (String l : out) b.append("-- ").append(l).append('\n');
    return b.toString();
  }

  private static String weights(Snapshot s, List<String> cycle) {
    List<String> w = new ArrayList<>();
    for (String name : cycle) {
      Snapshot.TrxInfo t = Snapshots.trx(s, name);
      w.add(name + " " + t.undoEntries() + " + " + t.lockStructs() + " = " + (t.undoEntries() + t.lockStructs()));
    }
    return String.join(", ", w);
  }

  static String object(Snapshot.LockInfo l) {
    if (l.kind() == Snapshot.Kind.TABLE) return "table " + l.table();
    return l.table() + "." + l.index().orElseThrow() + " " + l.record().orElseThrow().keyText();
  }

  private static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 100 ? s.substring(0, 97) + "..." : s;
  }
}
