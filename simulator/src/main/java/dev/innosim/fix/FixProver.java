package dev.innosim.fix;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.explore.ExploreReport;
import dev.innosim.explore.TemplateExplorer;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.Template;
import dev.innosim.schema.SchemaException;
import dev.innosim.sql.SqlException;
import dev.innosim.server.StatementRejected;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.innosim.mysql.SessionId;
import dev.innosim.scenario.ScenarioParser;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Applies every candidate fix to a scenario or template and explores the result exhaustively with
 * the original's parameters, value classes and options ({@link TemplateExplorer}); a candidate is
 * proven only when that exploration completes without a deadlock. Stateless.
 */
public final class FixProver {
  private FixProver() {}

  /** Every candidate for the template (a plain scenario is a template without parameters), ranked. */
  public static FixReport prove(Template t, ExploreOptions options) {
    return prove(t, options, names());
  }

  /** The candidates' names, in table order. */
  public static List<String> names() {
    return java.util.Arrays.stream(Candidate.values()).map(c -> c.id).toList();
  }

  /** The named candidates only (names from {@link #names()}), ranked. */
  public static FixReport prove(Template t, ExploreOptions options, java.util.Collection<String> only) {
    ExploreReport original = TemplateExplorer.explore(t, options);
    if (!original.deadlockPossible() && original.complete()) {
      return new FixReport(t.file(), original.profile(), original.verdict(), false, List.of());
    }
    List<FixResult> out = new ArrayList<>();
    for (Candidate c : Candidate.values()) if (only.contains(c.id)) out.add(prove(t, options, original, c));
    out.sort(Comparator.comparingInt((FixResult f) -> f.verdict().ordinal()).thenComparingLong(f -> f.diff().stream().filter(l -> l.startsWith("+")).count()));
    return new FixReport(t.file(), original.profile(), original.verdict(), original.deadlockPossible(), out);
  }

  /** The rewrites one exploration made, instance by instance (single-threaded, local to one candidate). */
  private static final class Applied implements UnaryOperator<Scenario> {
    final Candidate candidate;
    /** The statements the original's shortest deadlock issued, per session: the instance whose diff is shown. */
    final Map<SessionId, List<String>> witness;
    List<String> firstDiff = List.of();
    boolean diffOfWitness;
    Optional<String> firstReason = Optional.empty();
    long applied;

    Applied(Candidate candidate, Map<SessionId, List<String>> witness) {
      this.candidate = candidate;
      this.witness = witness;
    }

    @Override public Scenario apply(Scenario sc) {
      Program p = Program.of(sc);
      Rewrite r;
      Scenario fixed = null;
      try {
        r = candidate.rule.apply(p);
        if (r instanceof Rewrite.Applied a) fixed = a.fixed().scenario();
      } catch (SqlException | ScenarioException | SchemaException | IllegalArgumentException e) {
        r = new Rewrite.NotApplicable("the rewritten program is not valid: " + e.getMessage());
      }
      if (r instanceof Rewrite.Applied a && fixed != null) {
        applied++;
        if (!diffOfWitness) {
          boolean isWitness = isWitness(sc);
          if (isWitness || applied == 1) firstDiff = Diff.of(p, a.fixed());
          diffOfWitness = isWitness;
        }
        return fixed;
      }
      if (firstReason.isEmpty()) firstReason = Optional.of(((Rewrite.NotApplicable) r).why());
      return sc;
    }

    /** Whether this instance is the one the original's shortest deadlock ran: each session's issued statements begin its program. */
    private boolean isWitness(Scenario sc) {
      Map<SessionId, List<String>> mine = new TreeMap<>();
      for (Scenario.Step st : sc.steps()) mine.computeIfAbsent(st.session(), k -> new ArrayList<>()).add(st.sql());
      for (Map.Entry<SessionId, List<String>> e : witness.entrySet()) {
        List<String> all = mine.getOrDefault(e.getKey(), List.of());
        if (all.size() < e.getValue().size() || !all.subList(0, e.getValue().size()).equals(e.getValue())) return false;
      }
      return !witness.isEmpty();
    }
  }

  private static FixResult prove(Template t, ExploreOptions options, ExploreReport original, Candidate c) {
    Map<SessionId, List<String>> witness = original.deadlockWitness().map(w -> issued(w.witnessScenario())).orElse(Map.of());
    Applied rec = new Applied(c, witness);
    if (t.params().isEmpty()) {
      rec.apply(t.instantiate(Map.of()));
      if (rec.applied == 0) return notApplicable(c, rec);
      rec = new Applied(c, witness);
    }
    ExploreReport fixed;
    try {
      fixed = TemplateExplorer.explore(t, options, rec);
    } catch (ScenarioException | SqlException | SchemaException | StatementRejected e) {
      // the server rejects a rewritten statement (a hint or clause this profile lacks): the rule does not apply here
      rec.firstReason = Optional.of("the server rejects the rewritten program: " + e.getMessage());
      return notApplicable(c, rec);
    }
    if (rec.applied == 0) return notApplicable(c, rec);
    long assignments = fixed.parameters().map(ExploreReport.Parameters::assignments).orElse(1L);
    String over = " over " + assignments + " assignment" + (assignments == 1 ? "" : "s");
    if (fixed.deadlockPossible()) {
      ExploreReport.Result w = fixed.deadlockWitness().orElseThrow();
      BigInteger n = fixed.results().stream().filter(ExploreReport.Result::deadlock).map(ExploreReport.Result::schedules)
          .reduce(BigInteger.ZERO, BigInteger::add);
      String proof = "deadlock in " + n + " of " + fixed.schedules() + " schedules" + over + "; shortest: " + String.join(" ", w.witness())
          + (w.assignments().isEmpty() ? "" : " (" + w.assignments().get(0) + ")");
      return new FixResult(c.id, c.description, FixResult.Verdict.REFUTED, rec.firstDiff, fixed.schedules(), assignments,
          Optional.of(w.witnessScenario()), List.of(), proof);
    }
    if (!fixed.complete()) {
      return new FixResult(c.id, c.description, FixResult.Verdict.UNKNOWN, rec.firstDiff, fixed.schedules(), assignments,
          Optional.empty(), List.of(), "unknown: the search stopped (" + fixed.stopReason().orElseThrow() + ") after "
          + fixed.schedules() + " schedules" + over + "; none deadlocked");
    }
    List<String> changes = new ArrayList<>(Behaviour.changes(original, fixed));
    c.semanticChange.ifPresent(changes::add);
    String proof = "no deadlock in " + fixed.schedules() + " schedules" + over + " (" + fixed.states() + " states)";
    return new FixResult(c.id, c.description, changes.isEmpty() ? FixResult.Verdict.PROVEN : FixResult.Verdict.PROVEN_CHANGES_BEHAVIOUR,
        rec.firstDiff, fixed.schedules(), assignments, Optional.empty(), changes, proof);
  }

  /** The statements a witness scenario issues, per session. */
  private static Map<SessionId, List<String>> issued(String witnessScenario) {
    Map<SessionId, List<String>> out = new TreeMap<>();
    for (Scenario.Step st : ScenarioParser.parse("witness.sql", witnessScenario).steps()) {
      out.computeIfAbsent(st.session(), k -> new ArrayList<>()).add(st.sql());
    }
    return out;
  }

  private static FixResult notApplicable(Candidate c, Applied rec) {
    return new FixResult(c.id, c.description, FixResult.Verdict.NOT_APPLICABLE, List.of(), BigInteger.ZERO, 0, Optional.empty(),
        List.of(), "not applicable: " + rec.firstReason.orElse("the rule changes nothing"));
  }
}
