package dev.innosim.explore;

import dev.innosim.sql.Json;
import java.util.List;

/** The JSON form of an {@link ExploreReport} (fields in {@code docs/explore.md}); stateless. */
public final class ExploreJson {
  private ExploreJson() {}

  public static String toJson(ExploreReport r) {
    StringBuilder b = new StringBuilder("{\n");
    field(b, 1, "file", Json.string(r.file()), true);
    field(b, 1, "server", Json.string(r.profile()), true);
    field(b, 1, "sessions", strs(r.sessions()), true);
    field(b, 1, "mode", Json.string(r.random() ? "random" : "exhaustive"), true);
    field(b, 1, "granularity", Json.string(r.granularity().text()), true);
    field(b, 1, "reduction", Boolean.toString(r.reduced()), true);
    if (r.random()) field(b, 1, "seed", Long.toString(r.seed()), true);
    field(b, 1, "schedules", r.schedules().toString(), true);
    field(b, 1, "states", Long.toString(r.states()), true);
    field(b, 1, "stopped", r.stopReason().map(Json::string).orElse("null"), true);
    field(b, 1, "complete", Boolean.toString(r.complete()), true);
    field(b, 1, "deadlock_possible", r.deadlockPossible() || r.complete() ? Boolean.toString(r.deadlockPossible()) : "null", true);
    field(b, 1, "stuck_possible", Boolean.toString(r.stuckPossible()), true);
    field(b, 1, "verdict", Json.string(r.verdict()), true);
    if (r.parameters().isPresent()) {
      ExploreReport.Parameters p = r.parameters().get();
      b.append("  \"parameters\": {\n");
      field(b, 2, "names", strs(p.names()), true);
      field(b, 2, "assignments", Long.toString(p.assignments()), true);
      field(b, 2, "symmetric", Long.toString(p.symmetric()), true);
      field(b, 2, "same_shape", Long.toString(p.sameShape()), true);
      field(b, 2, "domains", strs(p.domains()), true);
      field(b, 2, "exact", Boolean.toString(p.exact()), true);
      field(b, 2, "why", Json.string(p.why()), false);
      b.append("  },\n");
    }
    b.append("  \"results\": [");
    for (int i = 0; i < r.results().size(); i++) {
      ExploreReport.Result res = r.results().get(i);
      b.append(i == 0 ? "\n" : ",\n").append("    {\n");
      field(b, 3, "schedules", res.schedules().toString(), true);
      field(b, 3, "deadlock", Boolean.toString(res.deadlock()), true);
      field(b, 3, "stuck", Boolean.toString(res.stuck()), true);
      field(b, 3, "description", strs(res.description()), true);
      field(b, 3, "witness", strs(res.witness()), true);
      field(b, 3, "cycle", strs(res.cycle()), true);
      if (r.parameters().isPresent()) field(b, 3, "assignments", strs(res.assignments()), true);
      field(b, 3, "witness_scenario", Json.string(res.witnessScenario()), false);
      b.append("    }");
    }
    b.append(r.results().isEmpty() ? "]\n" : "\n  ]\n");
    return b.append("}").toString();
  }

  private static void field(StringBuilder b, int indent, String name, String value, boolean comma) {
    b.append("  ".repeat(indent)).append('"').append(name).append("\": ").append(value).append(comma ? ",\n" : "\n");
  }

  private static String strs(List<String> l) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < l.size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(l.get(i)));
    return b.append(']').toString();
  }
}
