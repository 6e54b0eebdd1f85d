package dev.innosim.explore;

import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.scenario.Template;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.server.Command;
import dev.innosim.server.SimulatedServer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Explores a template for every assignment of its parameters (declared domains, else value
 * classes), merging the end results: each result says which assignments reach it. Sessions that run
 * the same program with the same domains and isolation are interchangeable, so of the assignments
 * that differ only by renaming them one is explored (symmetry). Stateless.
 */
public final class TemplateExplorer {
  private TemplateExplorer() {}

  /** Explores a template; a plain scenario (no parameters, no programs) as {@link Explorer#explore} does. */
  public static ExploreReport explore(Template t, ExploreOptions options) {
    return explore(t, options, UnaryOperator.identity());
  }

  /**
   * Explores a template whose every instance is first rewritten by {@code rewrite} (a candidate
   * fix): the parameters, their value classes and the symmetry come from the template itself, so
   * the rewritten program is explored over exactly the original's assignments.
   */
  public static ExploreReport explore(Template t, ExploreOptions options, UnaryOperator<Scenario> rewrite) {
    if (t.params().isEmpty()) return Explorer.explore(rewrite.apply(t.instantiate(Map.of())), options);
    Map<Template.Param, ParamUse> uses = ParamUse.of(t);
    Scenario probe = t.instantiate(sentinels(t));
    ServerProfile profile = ScenarioServers.profileFor(probe, options.profile());
    SimulatedServer data = ScenarioServers.simulated(probe, Optional.of(profile)).captureDeadlockSnapshots(false);
    for (Scenario.Setup s : probe.setup()) data.setup(new Command(s.sql(), s.statement(), s.line()));
    ValueClasses.Data d = new ValueClasses.Data() {
      @Override public TableDef table(String name) { return data.tableDef(name); }

      @Override public List<Value> values(String table, String column) { return data.columnValues(table, column); }
    };
    Map<Template.Param, ValueClasses.Domain> domains = ValueClasses.domains(t, uses, d);
    List<Template.Param> params = new ArrayList<>(domains.keySet());
    List<List<SessionId>> groups = symmetricGroups(t, probe, domains);

    long t0 = options.startNanos() != 0 ? options.startNanos() : System.nanoTime();
    int[] idx = new int[params.size()];
    long explored = 0;
    long skipped = 0;
    long states = 0;
    BigInteger schedules = BigInteger.ZERO;
    Optional<String> stop = Optional.empty();
    Map<List<Object>, Merged> merged = new LinkedHashMap<>();
    java.util.Set<List<String>> shapes = new java.util.HashSet<>();
    long sameShape = 0;
    List<String> sessions = List.of();
    while (true) {
      boolean canon = canonical(params, idx, groups);
      if (canon && !shapes.add(shape(params, idx, domains))) {
        sameShape++;
      } else if (canon) {
        long left = options.maxStates() - states;
        if (left <= 0) {
          stop = Optional.of("--max-states " + options.maxStates() + " reached after " + explored + " parameter assignments");
          break;
        }
        Map<Template.Param, String> values = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) values.put(params.get(i), domains.get(params.get(i)).values().get(idx[i]));
        Scenario sc = rewrite.apply(t.instantiate(values));
        ExploreReport r = Explorer.explore(sc, options.withMaxStates(left).withTimeBudget(options.timeBudgetNanos(), t0));
        sessions = r.sessions();
        explored++;
        states += r.states();
        schedules = schedules.add(r.schedules());
        String assignment = assignmentText(values);
        for (ExploreReport.Result res : r.results()) {
          List<Object> key = List.of(res.description(), res.deadlock(), res.stuck());
          Merged m = merged.computeIfAbsent(key, k -> new Merged());
          m.add(res, assignment);
        }
        if (r.stopReason().isPresent()) {
          stop = Optional.of(r.stopReason().get() + " in parameter assignment " + explored + " (" + assignment + ")");
          break;
        }
      } else {
        skipped++;
      }
      if (!next(idx, params, domains)) break;
    }
    List<ExploreReport.Result> out = new ArrayList<>();
    for (Merged m : merged.values()) out.add(m.result());
    out.sort((a, b) -> {
      int c = b.schedules().compareTo(a.schedules());
      return c != 0 ? c : Integer.compare(a.witness().size(), b.witness().size());
    });
    List<String> domainLines = new ArrayList<>();
    for (Template.Param p : params) {
      ValueClasses.Domain dom = domains.get(p);
      domainLines.add(p + ": " + dom.values().size() + " value" + (dom.values().size() == 1 ? "" : "s") + " ("
          + dom.origin() + "): " + String.join(", ", dom.values()));
    }
    boolean exact = ValueClasses.exact(uses);
    String why = exact ? "every parameter is compared with a column by =, <, <=, >, >=, BETWEEN or IN, or inserted as a literal: "
        + "every value of a class behaves like its representative"
        : "not exact: " + ValueClasses.firstInexact(uses).map(u -> u.param() + " is used " + u.how()).orElse("")
        + "; the verdict covers the values listed";
    ExploreReport.Parameters ps = new ExploreReport.Parameters(params.stream().map(Template.Param::toString).toList(), explored, skipped,
        sameShape, domainLines, exact, why);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return new ExploreReport(t.file(), profile.name(), sessions, options.isRandom(), options.seed(), schedules, states, out, stop, ms,
        Optional.of(ps), options.granularity(), options.reduction() && !options.isRandom());
  }

  /** One merged end result: the counts add up, the shortest witness is kept, with the assignments reaching it. */
  private static final class Merged {
    ExploreReport.Result best;
    String bestAssignment;
    BigInteger count = BigInteger.ZERO;
    final List<String> assignments = new ArrayList<>();

    void add(ExploreReport.Result r, String assignment) {
      count = count.add(r.schedules());
      assignments.add(assignment);
      if (best == null || r.witness().size() < best.witness().size()) {
        best = r;
        bestAssignment = assignment;
      }
    }

    ExploreReport.Result result() {
      List<String> as = new ArrayList<>();
      as.add(bestAssignment);
      for (String a : assignments) if (!a.equals(bestAssignment)) as.add(a);
      return new ExploreReport.Result(best.description(), best.deadlock(), best.stuck(), count, best.witness(),
          best.witnessScenario(), best.cycle(), as);
    }
  }

  static String assignmentText(Map<Template.Param, String> values) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Template.Param, String> e : values.entrySet()) parts.add(e.getKey() + "=" + e.getValue());
    return String.join(" ", parts);
  }

  private static Map<Template.Param, String> sentinels(Template t) {
    Map<Template.Param, String> out = new LinkedHashMap<>();
    List<Template.Param> ps = t.params();
    for (int i = 0; i < ps.size(); i++) out.put(ps.get(i), Long.toString(900_000_001L + i));
    return out;
  }

  /**
   * Sessions that are interchangeable: they run the same program, start with the same isolation
   * level, have the same statements once each parameter is replaced by its name, and the same
   * domain for each parameter name.
   */
  static List<List<SessionId>> symmetricGroups(Template t, Scenario probe, Map<Template.Param, ValueClasses.Domain> domains) {
    List<List<SessionId>> out = new ArrayList<>();
    for (List<SessionId> ss : t.sessionsByProgram().values()) {
      Map<List<Object>, List<SessionId>> byShape = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
      for (SessionId s : ss) {
        List<Object> shape = new ArrayList<>();
        shape.add(probe.sessionIsolation().getOrDefault(s, probe.isolation()));
        for (Scenario.Step st : probe.steps()) if (st.session().equals(s)) shape.add(normalized(st.sql(), s, t));
        for (Map.Entry<Template.Param, ValueClasses.Domain> e : new TreeMap<>(domains).entrySet()) {
          if (e.getKey().session().equals(s)) shape.add(e.getKey().name() + "=" + e.getValue().values());
        }
        byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(s);
      }
      for (List<SessionId> g : byShape.values()) if (g.size() > 1) out.add(g);
    }
    return out;
  }

  /** A step's SQL with the session's sentinel values replaced by parameter names. */
  private static String normalized(String sql, SessionId s, Template t) {
    String out = sql;
    List<Template.Param> ps = t.params();
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).session().equals(s)) out = out.replace(Long.toString(900_000_001L + i), ":" + ps.get(i).name());
    }
    return out;
  }

  /**
   * What an assignment means for the engine: each parameter's class, and for parameters in the same
   * gap of the same column their order (ties included). Assignments of equal shape behave alike.
   */
  static List<String> shape(List<Template.Param> params, int[] idx, Map<Template.Param, ValueClasses.Domain> domains) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      ValueClasses.Domain d = domains.get(params.get(i));
      if (!d.inGap(idx[i])) {
        out.add(d.classes().get(idx[i]));
        continue;
      }
      // rank among the distinct values that parameters on this column take in this gap
      java.util.TreeSet<Integer> used = new java.util.TreeSet<>();
      for (int j = 0; j < params.size(); j++) {
        ValueClasses.Domain dj = domains.get(params.get(j));
        if (dj.column().equals(d.column()) && dj.classes().get(idx[j]).equals(d.classes().get(idx[i]))) used.add(idx[j]);
      }
      out.add(d.classes().get(idx[i]) + "#" + used.headSet(idx[i]).size());
    }
    return out;
  }

  /** Whether the assignment is the representative of its symmetry class: each group's value vectors ascend. */
  private static boolean canonical(List<Template.Param> params, int[] idx, List<List<SessionId>> groups) {
    for (List<SessionId> g : groups) {
      List<Integer> prev = null;
      for (SessionId s : g) {
        List<Integer> vec = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) if (params.get(i).session().equals(s)) vec.add(idx[i]);
        if (prev != null && compare(prev, vec) > 0) return false;
        prev = vec;
      }
    }
    return true;
  }

  private static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(a.size(), b.size());
  }

  private static boolean next(int[] idx, List<Template.Param> params, Map<Template.Param, ValueClasses.Domain> domains) {
    for (int i = idx.length - 1; i >= 0; i--) {
      if (++idx[i] < domains.get(params.get(i)).values().size()) return true;
      idx[i] = 0;
    }
    return false;
  }

}
