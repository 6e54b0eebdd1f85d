package dev.innosim.cli;

import dev.innosim.fix.FixReport;
import dev.innosim.fix.FixResult;
import dev.innosim.sql.Json;
import java.util.List;

/** The text and JSON forms of a {@link FixReport} (fields in {@code docs/fix.md}); stateless. */
final class FixText {
  private FixText() {}

  static String text(FixReport r) {
    StringBuilder b = new StringBuilder();
    b.append("-- fix ").append(r.file()).append(" (").append(r.profile()).append("): original: ").append(r.original()).append('\n');
    if (!r.originalDeadlocks() && r.fixes().isEmpty()) {
      b.append("-- nothing to fix: the original cannot deadlock\n");
      return b.toString();
    }
    for (FixResult f : r.fixes()) {
      b.append("fix ").append(f.name()).append(": ").append(f.verdict().text()).append(" -- ").append(f.description()).append('\n');
      for (String d : f.diff()) b.append("    ").append(d).append('\n');
      for (String c : f.changes()) b.append("  changes: ").append(c).append('\n');
      b.append("  proof: ").append(f.proof()).append('\n');
      f.witness().ifPresent(w -> {
        b.append("  witness:\n");
        for (String l : w.split("\n", -1)) if (!l.isEmpty()) b.append("    ").append(l).append('\n');
      });
    }
    long proven = r.proven().size();
    b.append("-- ").append(proven).append(" of ").append(r.fixes().size()).append(" candidate fixes proven\n");
    return b.toString();
  }

  static String json(FixReport r) {
    StringBuilder b = new StringBuilder("{\n");
    b.append("  \"file\": ").append(Json.string(r.file())).append(",\n");
    b.append("  \"server\": ").append(Json.string(r.profile())).append(",\n");
    b.append("  \"original\": ").append(Json.string(r.original())).append(",\n");
    b.append("  \"original_deadlocks\": ").append(r.originalDeadlocks()).append(",\n");
    b.append("  \"fixes\": [");
    for (int i = 0; i < r.fixes().size(); i++) {
      FixResult f = r.fixes().get(i);
      b.append(i == 0 ? "\n" : ",\n").append("    {");
      b.append("\"name\": ").append(Json.string(f.name()));
      b.append(", \"description\": ").append(Json.string(f.description()));
      b.append(", \"diff\": ").append(strings(f.diff()));
      b.append(", \"verdict\": ").append(Json.string(f.verdict().text()));
      b.append(", \"schedules\": ").append(f.schedules());
      b.append(", \"assignments\": ").append(f.assignments());
      b.append(", \"witness\": ").append(f.witness().map(Json::string).orElse("null"));
      b.append(", \"changes\": ").append(strings(f.changes()));
      b.append(", \"proof\": ").append(Json.string(f.proof()));
      b.append("}");
    }
    b.append(r.fixes().isEmpty() ? "]\n" : "\n  ]\n").append("}\n");
    return b.toString();
  }

  private static String strings(List<String> xs) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < xs.size(); i++) b.append(i == 0 ? "" : ", ").append(Json.string(xs.get(i)));
    return b.append(']').toString();
  }
}
