package dev.innosim.cli;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.explore.ExploreReport;
import dev.innosim.explore.Explorer;
import dev.innosim.log.DecodedDeadlock;
import dev.innosim.log.EarlierStatements;
import dev.innosim.log.LogSchema;
import dev.innosim.log.ScenarioDraft;
import dev.innosim.log.SearchSpace;
import dev.innosim.log.ShownStatement;
import dev.innosim.log.Signature;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Searches for a scenario with a decoded deadlock's signature: candidates (an isolation level, the
 * rows with their sibling variant, and per member a choice of earlier statements and a way to run
 * its shown statement) in order of cost, each explored with {@link Explorer} over every
 * interleaving of its sessions; the first candidate one of whose schedules deadlocks with the
 * log's signature is the shortest reproduction, written in that schedule's order and annotated by
 * {@code run}. Otherwise the closest candidate (fewest differences) and what differs. Stateless.
 */
final class Reconstruction {
  private Reconstruction() {}

  /** The verdict, the text that says it, and the scenario found (or the closest one). */
  record Outcome(boolean reproduced, String verdict, String text, Optional<String> scenario, Stats stats) {}

  /** How much was searched. */
  record Stats(int candidates, long states, long millis, boolean budgetReached) {
    String text() {
      return candidates + " candidate" + (candidates == 1 ? "" : "s") + ", " + states + " states explored in " + millis + " ms"
          + (budgetReached ? " (the time budget stopped the search)" : "");
    }
  }

  /** One candidate: indexes into the search space. */
  private record Candidate(int level, List<Integer> siblings, int[] earlier, int[] shown, int cost, boolean outsidePrograms) {}

  /** The closest candidate so far, with what its scenario is written from (the witness schedule; empty when it does not run). */
  private record Closest(List<String> differences, String assumption, Candidate candidate, String level, List<String> rows,
                         List<List<String>> programs, List<String> witness) {
    boolean runs() { return candidate != null; }
  }

  /** Where the search stands. */
  private static final class Search {
    final DecodedDeadlock d;
    final LogSchema schema;
    final String data;
    final ServerProfile profile;
    final String name;
    final SearchSpace space;
    final Signature want;
    final long deadline;
    int candidates;
    long states;
    boolean budgetReached;
    Closest closest;

    Search(DecodedDeadlock d, LogSchema schema, String data, ServerProfile profile, String name, SearchSpace space, long deadline) {
      this.d = d;
      this.schema = schema;
      this.data = data;
      this.profile = profile;
      this.name = name;
      this.space = space;
      this.want = Signature.of(d);
      this.deadline = deadline;
    }
  }

  static Outcome run(DecodedDeadlock d, LogSchema schema, String data, ServerProfile profile, String logName,
                     Map<SessionId, List<EarlierStatements.Choice>> programs, long budgetNanos) {
    long t0 = System.nanoTime();
    Stats none = new Stats(0, 0, 0, false);
    if (schema.isEmpty()) {
      return new Outcome(false, "not reproduced", "\nnot reproduced: a reconstruction needs the tables (--schema)\n", Optional.empty(), none);
    }
    if (d.log().tooDeep()) {
      return new Outcome(false, "not reproduced", "\nnot reproduced: a TOO DEEP report shows no cycle to reproduce\n", Optional.empty(), none);
    }
    String name = logName.replaceAll("\\.[^.]*$", "") + "-diagnosed";
    SearchSpace space = SearchSpace.of(d, schema);
    if (!programs.isEmpty()) {
      List<SearchSpace.Member> ms = new ArrayList<>();
      for (SearchSpace.Member m : space.members()) ms.add(m.withFirst(programs.getOrDefault(m.session(), List.of())));
      space = space.withMembers(ms);
    }
    Search s = new Search(d, schema, data, profile, name, space, t0 + budgetNanos);
    Set<String> seen = new HashSet<>();
    for (Candidate c : candidates(space)) {
      if (System.nanoTime() >= s.deadline) {
        s.budgetReached = true;
        break;
      }
      List<List<String>> programsOf = programs(space, c);
      List<String> steps = new ArrayList<>();
      for (int i = 0; i < programsOf.size(); i++) {
        String session = space.members().get(i).session().name();
        steps.add(session + ": BEGIN");
        for (String sql : programsOf.get(i)) steps.add(session + ": " + sql);
      }
      String level = space.levels().get(c.level());
      List<String> rows = space.rows().inserts(schema, c.siblings());
      String text = ScenarioDraft.scenario(name, d, schema, data, profile, level, rows, List.of(), steps);
      if (!seen.add(text)) continue;
      s.candidates++;
      Optional<String> found = explore(s, c, text, level, rows, programsOf);
      if (found.isPresent()) {
        Stats st = new Stats(s.candidates, s.states, (System.nanoTime() - t0) / 1_000_000, false);
        return new Outcome(true, "reproduced", "\nreproduced: " + mapping(d) + "\n" + assumptionLines(space, c, level) + "searched "
            + st.text() + "\n", found, st);
      }
    }
    Stats st = new Stats(s.candidates, s.states, (System.nanoTime() - t0) / 1_000_000, s.budgetReached);
    if (s.closest == null) {
      return new Outcome(false, "not reproduced", "\nnot reproduced: no candidate ran (searched " + st.text() + ")\n", Optional.empty(), st);
    }
    StringBuilder b = new StringBuilder("\nnot reproduced (searched " + st.text() + "); closest candidate (" + s.closest.assumption() + ") differs:\n");
    for (String diff : s.closest.differences()) b.append("  ").append(diff).append('\n');
    Closest c = s.closest;
    Optional<String> scenario = c.runs() ? Optional.of(annotated(s, c.candidate(), c.level(), c.rows(), c.programs(), c.witness())) : Optional.empty();
    return new Outcome(false, "not reproduced", b.toString(), scenario, st);
  }

  /** Explores one candidate; the annotated scenario of its first schedule with the log's signature, if any. */
  private static Optional<String> explore(Search s, Candidate c, String text, String level, List<String> rows, List<List<String>> programsOf) {
    String assumption = assumption(s.space, c, level);
    Scenario sc;
    try {
      sc = ScenarioParser.parse(s.name + ".sql", text);
    } catch (ScenarioException e) {
      if (s.closest == null) s.closest = new Closest(List.of("the candidate does not run: " + e.getMessage()), assumption, null, level, rows, programsOf, List.of());
      return Optional.empty();
    }
    long left = Math.max(1, s.deadline - System.nanoTime());
    ExploreReport r;
    try {
      r = Explorer.explore(sc, ExploreOptions.exhaustive().withMaxStates(20_000).withProfile(Optional.of(s.profile))
          .withTimeBudget(left, System.nanoTime()).forCycles());
    } catch (ScenarioException | dev.innosim.engine.EngineException | dev.innosim.sql.SqlException | dev.innosim.schema.SchemaException e) {
      if (s.closest == null) s.closest = new Closest(List.of("the candidate does not run: " + e.getMessage()), assumption, null, level, rows, programsOf, List.of());
      return Optional.empty();
    }
    s.states += r.states();
    boolean anyDeadlock = false;
    for (ExploreReport.Result res : r.results()) {
      if (!res.deadlock() || res.cycle().isEmpty()) continue;
      anyDeadlock = true;
      List<String> diff = s.want.differences(Signature.ofBlock(block(res.cycle())));
      if (diff.isEmpty()) {
        Optional<String> written = written(s, c, level, rows, programsOf, res.witness());
        if (written.isPresent()) return written;
        continue;
      }
      if (s.closest == null || s.closest.differences().size() > diff.size() || !s.closest.runs()
          || s.closest.differences().get(0).startsWith("no schedule")) {
        s.closest = new Closest(diff, assumption, c, level, rows, programsOf, res.witness());
      }
    }
    if (!anyDeadlock && (s.closest == null || !s.closest.runs()) && !r.results().isEmpty()) {
      s.closest = new Closest(List.of("no schedule of the candidate deadlocks (" + r.schedules() + " schedules)"), assumption, c, level, rows,
          programsOf, r.results().get(0).witness());
    }
    return Optional.empty();
  }

  /** A cycle's lines as the {@code -- deadlock:} block writes them. */
  static List<String> block(List<String> cycle) {
    List<String> out = new ArrayList<>();
    for (String l : cycle) out.add(l.startsWith("victim ") ? "deadlock: " + l : l);
    return out;
  }

  /** The scenario of a schedule, annotated, if its deadlock still has the log's signature. */
  private static Optional<String> written(Search s, Candidate c, String level, List<String> rows, List<List<String>> programsOf, List<String> witness) {
    String annotated = annotated(s, c, level, rows, programsOf, witness);
    List<List<String>> blocks = blocks(annotated);
    if (blocks.isEmpty() || !s.want.differences(Signature.ofBlock(blocks.get(blocks.size() - 1))).isEmpty()) return Optional.empty();
    if (!earlierStatementsRanThrough(annotated, s.space.members(), programsOf)) return Optional.empty();
    return Optional.of(annotated);
  }

  private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("^(T\\d+): .*-- expect: (.*)$");

  /**
   * Whether every member's earlier statements completed ({@code -- expect: ok}): the log shows each
   * member waiting in its shown statement, so a schedule whose member waits in an earlier one is
   * another deadlock, even with the same locks.
   */
  static boolean earlierStatementsRanThrough(String annotated, List<SearchSpace.Member> members, List<List<String>> programsOf) {
    int[] seen = new int[members.size()];
    for (String line : annotated.split("\n")) {
      java.util.regex.Matcher m = STEP.matcher(line);
      if (!m.matches()) continue;
      int i = -1;
      for (int k = 0; k < members.size(); k++) if (members.get(k).session().name().equals(m.group(1))) i = k;
      if (i < 0) continue;
      int step = seen[i]++;  // 0 is BEGIN, then the program; the last program statement is the shown one
      boolean earlier = step >= 1 && step < programsOf.get(i).size();
      if (earlier && !m.group(2).strip().equals("ok")) return false;
    }
    return true;
  }

  /** The candidate's statements in the schedule's order, each session rolled back at the end, run and annotated. */
  private static String annotated(Search s, Candidate c, String level, List<String> rows, List<List<String>> programsOf, List<String> witness) {
    List<SearchSpace.Member> members = s.space.members();
    int[] pc = new int[members.size()];
    List<String> steps = new ArrayList<>();
    for (String session : witness) {
      int i = indexOf(members, session);
      String sql = pc[i] == 0 ? "BEGIN" : programsOf.get(i).get(pc[i] - 1);
      pc[i]++;
      steps.add(session + ": " + sql);
    }
    for (SearchSpace.Member m : members) steps.add(m.session().name() + ": ROLLBACK");
    List<String> comments = new ArrayList<>();
    comments.add("@source: innosim diagnose " + s.name.replaceAll("-diagnosed$", "") + " (deadlock " + s.d.log().ordinal() + " of the file)");
    comments.add(mapping(s.d));
    for (String l : assumptionLines(s.space, c, level).split("\n")) if (!l.isBlank()) comments.add(l.strip());
    String text = ScenarioDraft.scenario(s.name, s.d, s.schema, s.data, s.profile, level, rows, comments, steps);
    try {
      return ScenarioRunner.run(ScenarioParser.parse(s.name + ".sql", text), Optional.of(s.profile)).annotated();
    } catch (ScenarioException | dev.innosim.engine.EngineException | dev.innosim.sql.SqlException | dev.innosim.schema.SchemaException e) {
      return text;
    }
  }

  private static int indexOf(List<SearchSpace.Member> members, String session) {
    for (int i = 0; i < members.size(); i++) if (members.get(i).session().name().equals(session)) return i;
    throw new IllegalStateException("no member " + session);
  }

  /** {@code log transaction (1) is session T1, (2) is T2}. */
  static String mapping(DecodedDeadlock d) {
    List<String> parts = new ArrayList<>();
    for (var t : d.transactions()) parts.add("(" + t.logged().number() + ") is session " + t.session().name());
    return "log transaction " + String.join(", ", parts);
  }

  private static String assumption(SearchSpace space, Candidate c, String level) {
    return assumptionLines(space, c, level).strip().replace("\n", "; ");
  }

  /** One line per assumption of the candidate: isolation, rows, and per member its earlier statements and shown variant. */
  private static String assumptionLines(SearchSpace space, Candidate c, String level) {
    StringBuilder b = new StringBuilder();
    b.append("  isolation: ").append(level).append(space.levels().size() > 1 ? " (the log prints none)" : " (printed)").append('\n');
    int siblings = c.siblings().stream().mapToInt(Integer::intValue).sum();
    if (siblings > 0) b.append("  rows: ").append(siblings).append(" sibling row(s) of the index-merge targets, for the optimizer's statistics\n");
    for (int i = 0; i < space.members().size(); i++) {
      SearchSpace.Member m = space.members().get(i);
      EarlierStatements.Choice e = m.earlier().get(c.earlier()[i]);
      b.append("  ").append(m.session().name()).append(": ").append(e.sql().isEmpty() ? "no earlier statement" : e.why());
      if (!m.shown().isEmpty()) {
        ShownStatement.Variant v = m.shown().get(c.shown()[i]);
        if (!v.why().equals("the shown statement")) b.append("; ").append(v.why());
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Each member's statements after BEGIN: its earlier choice, then its shown variant. */
  private static List<List<String>> programs(SearchSpace space, Candidate c) {
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < space.members().size(); i++) {
      SearchSpace.Member m = space.members().get(i);
      List<String> p = new ArrayList<>(m.earlier().get(c.earlier()[i]).sql());
      if (!m.shown().isEmpty()) {
        List<String> shown = m.shown().get(c.shown()[i]).sql();
        for (String x : shown) if (!p.contains(x) || x.equals(shown.get(shown.size() - 1))) p.add(x);
      }
      out.add(p);
    }
    return out;
  }

  /**
   * Every candidate of the space: those whose members all take a choice from the user's programs
   * (where they have one) first, then the rest; cheapest first within each (earlier statements,
   * splits, then sibling rows).
   */
  private static List<Candidate> candidates(SearchSpace space) {
    List<SearchSpace.Member> ms = space.members();
    int n = ms.size();
    int cap = Math.max(2, (int) Math.floor(Math.pow(20_000, 1.0 / Math.max(1, n))));
    List<List<int[]>> per = new ArrayList<>();
    for (SearchSpace.Member m : ms) {
      List<int[]> opts = new ArrayList<>();
      int shownCount = Math.max(1, m.shown().size());
      for (int e = 0; e < Math.max(1, m.earlier().size()); e++) {
        for (int v = 0; v < shownCount; v++) {
          int cost = (m.earlier().isEmpty() ? 0 : m.earlier().get(e).sql().size()) + (m.shown().isEmpty() ? 0 : m.shown().get(v).sql().size() - 1);
          opts.add(new int[] {e, v, cost, m.fromPrograms() > 0 && e >= m.fromPrograms() ? 1 : 0});
        }
      }
      opts.sort((a, b) -> a[3] != b[3] ? Integer.compare(a[3], b[3]) : Integer.compare(a[2], b[2]));
      per.add(opts.size() > cap ? opts.subList(0, cap) : opts);
    }
    List<Candidate> out = new ArrayList<>();
    List<List<Integer>> siblingVariants = space.siblingVariants();
    for (int level = 0; level < space.levels().size(); level++) {
      for (List<Integer> sib : siblingVariants) {
        int sibCost = sib.stream().mapToInt(Integer::intValue).sum();
        product(per, 0, new int[n], new int[n], 0, level, sib, sibCost, out);
      }
    }
    out.sort((a, b) -> a.outsidePrograms() != b.outsidePrograms() ? Boolean.compare(a.outsidePrograms(), b.outsidePrograms())
        : Integer.compare(a.cost(), b.cost()));
    return out;
  }

  private static void product(List<List<int[]>> per, int i, int[] earlier, int[] shown, int cost, int level, List<Integer> sib, int sibCost,
                              List<Candidate> out) {
    product(per, i, earlier, shown, cost, false, level, sib, sibCost, out);
  }

  private static void product(List<List<int[]>> per, int i, int[] earlier, int[] shown, int cost, boolean outside, int level, List<Integer> sib,
                              int sibCost, List<Candidate> out) {
    if (i == per.size()) {
      out.add(new Candidate(level, sib, earlier.clone(), shown.clone(), cost * 4 + sibCost, outside));
      return;
    }
    for (int[] o : per.get(i)) {
      earlier[i] = o[0];
      shown[i] = o[1];
      product(per, i + 1, earlier, shown, cost + o[2], outside || o[3] == 1, level, sib, sibCost, out);
    }
  }

  /** The {@code -- deadlock:} blocks of an annotated scenario, each with its lines. */
  static List<List<String>> blocks(String annotated) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = null;
    for (String l : annotated.split("\n")) {
      if (l.startsWith("-- deadlock:")) {
        cur = new ArrayList<>();
        out.add(cur);
        cur.add(l);
      } else if (cur != null && l.startsWith("--   ")) {
        cur.add(l);
      } else {
        cur = null;
      }
    }
    return out;
  }
}
