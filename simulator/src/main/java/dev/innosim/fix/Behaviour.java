package dev.innosim.fix;

import dev.innosim.explore.ExploreReport;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.scenario.TraceRunner;
import dev.innosim.schema.Value;
import dev.innosim.server.SimulatedServer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a proven fix changes, from the end results of the original's schedules that did not
 * deadlock and of the fixed program's: hangs that end in lock wait timeouts, errors the original
 * never returned or always could and the fix never does, and table contents the original never
 * ends with (read on each end result's shortest witness); stateless.
 */
final class Behaviour {
  private Behaviour() {}

  private static final Pattern ERROR = Pattern.compile(": error (\\d+)$");

  static List<String> changes(ExploreReport original, ExploreReport fixed) {
    List<ExploreReport.Result> base = original.results().stream().filter(r -> !r.deadlock()).toList();
    List<String> out = new ArrayList<>();
    boolean baseStuck = base.stream().anyMatch(ExploreReport.Result::stuck);
    long stuck = fixed.results().stream().filter(ExploreReport.Result::stuck).count();
    if (stuck > 0 && !baseStuck) {
      java.math.BigInteger n = fixed.results().stream().filter(ExploreReport.Result::stuck).map(ExploreReport.Result::schedules)
          .reduce(java.math.BigInteger.ZERO, java.math.BigInteger::add);
      out.add("new waits that end in lock wait timeouts (1205): " + n + " schedules leave every unfinished session waiting");
    }
    Set<Integer> baseErrors = errors(base);
    for (int code : errors(fixed.results())) {
      if (!baseErrors.contains(code)) out.add("new error " + code + ": " + firstWith(fixed.results(), code));
    }
    Set<Integer> fixedErrors = errors(fixed.results());
    for (int code : baseErrors) {
      if (!fixedErrors.contains(code)) out.add("error " + code + " no longer happens: " + firstWith(base, code));
    }
    Set<String> baseData = new LinkedHashSet<>();
    for (ExploreReport.Result r : base) if (!r.stuck()) baseData.add(data(r));
    Set<String> fixedData = new LinkedHashSet<>();
    for (ExploreReport.Result r : fixed.results()) if (!r.stuck() && !r.deadlock()) fixedData.add(data(r));
    for (String d : fixedData) {
      if (!baseData.contains(d)) {
        out.add("different rows changed: an end state the original never reaches: " + d);
        break;
      }
    }
    if (fixedData.size() > 1 && baseData.size() <= 1) {
      out.add("the end state now depends on the schedule (" + fixedData.size() + " different end states, the original has " + baseData.size() + ")");
    }
    return out;
  }

  private static Set<Integer> errors(List<ExploreReport.Result> rs) {
    Set<Integer> out = new TreeSet<>();
    for (ExploreReport.Result r : rs) {
      for (String l : r.description()) {
        Matcher m = ERROR.matcher(l);
        if (m.find()) out.add(Integer.parseInt(m.group(1)));
      }
    }
    return out;
  }

  private static String firstWith(List<ExploreReport.Result> rs, int code) {
    for (ExploreReport.Result r : rs) for (String l : r.description()) if (l.endsWith(": error " + code)) return l;
    return "";
  }

  /** The tables' contents after the result's witness schedule: one {@code table: (row), (row)} part per table. */
  static String data(ExploreReport.Result r) {
    Scenario sc = ScenarioParser.parse("witness.sql", r.witnessScenario());
    SimulatedServer server = ScenarioServers.simulated(sc, Optional.empty()).captureDeadlockSnapshots(false);
    TraceRunner.run(sc, server, TraceRunner.NONE);
    List<String> tables = new ArrayList<>();
    for (String t : new TreeSet<>(server.tableNames())) {
      List<String> cols = server.tableDef(t).columns().stream().map(c -> c.name())
          .filter(c -> !c.equals(dev.innosim.schema.TableDef.ROW_ID_COLUMN)).toList();
      List<List<Value>> byCol = cols.stream().map(c -> server.columnValues(t, c)).toList();
      List<String> rows = new ArrayList<>();
      int n = byCol.isEmpty() ? 0 : byCol.get(0).size();
      for (int i = 0; i < n; i++) {
        List<String> vs = new ArrayList<>();
        for (List<Value> c : byCol) vs.add(Sql.literal(c.get(i)));
        rows.add("(" + String.join(", ", vs) + ")");
      }
      rows.sort(null);
      tables.add(t + ": " + (rows.isEmpty() ? "empty" : String.join(", ", rows)));
    }
    return String.join("; ", tables);
  }
}
