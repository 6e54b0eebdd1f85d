package dev.innosim.cli;

import dev.innosim.log.DecodedDeadlock;
import dev.innosim.log.LogSchema;
import dev.innosim.log.ScenarioDraft;
import dev.innosim.log.Signature;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs the candidate scenarios of a decoded deadlock and keeps the first whose deadlock has the log's signature; stateless. */
final class Reconstruction {
  private Reconstruction() {}

  /** The verdict, the text that says it, and the scenario found (or the closest one). */
  record Outcome(boolean reproduced, String verdict, String text, Optional<String> scenario) {}

  static Outcome run(DecodedDeadlock d, LogSchema schema, String data, ServerProfile profile, Path out, Path log) {
    if (schema.isEmpty()) {
      return new Outcome(false, "not reproduced", "\nnot reproduced: a reconstruction needs the tables (--schema)\n", Optional.empty());
    }
    if (d.log().tooDeep()) {
      return new Outcome(false, "not reproduced", "\nnot reproduced: a TOO DEEP report shows no cycle to reproduce\n", Optional.empty());
    }
    Signature want = Signature.of(d);
    String name = log.getFileName().toString().replaceAll("\\.[^.]*$", "") + "-diagnosed";
    String closest = null;
    List<String> closestDiff = List.of("no candidate scenario ran");
    String closestAssumption = "";
    for (ScenarioDraft.Candidate c : ScenarioDraft.candidates(name, d, schema, data, profile)) {
      ScenarioRunner.Result r;
      try {
        Scenario sc = ScenarioParser.parse(name + ".sql", c.text());
        r = ScenarioRunner.run(sc, Optional.of(profile));
      } catch (ScenarioException | dev.innosim.engine.EngineException | dev.innosim.sql.SqlException | dev.innosim.schema.SchemaException e) {
        if (closest == null) {
          closestDiff = List.of("the candidate does not run: " + e.getMessage());
          closestAssumption = c.assumption();
        }
        continue;
      }
      List<List<String>> blocks = blocks(r.annotated());
      if (blocks.isEmpty()) {
        if (closest == null || closestDiff.get(0).startsWith("the candidate does not run")) {
          closest = r.annotated();
          closestDiff = List.of("the candidate runs without a deadlock");
          closestAssumption = c.assumption();
        }
        continue;
      }
      List<String> diff = want.differences(Signature.ofBlock(blocks.get(blocks.size() - 1)));
      if (diff.isEmpty()) {
        write(out, r.annotated());
        return new Outcome(true, "reproduced", "\nreproduced (" + c.assumption() + "): log transaction (n) is session Tn\n"
            + (out == null ? "" : "scenario written to " + out + "\n") + "\n" + r.annotated(), Optional.of(r.annotated()));
      }
      if (closest == null || closestDiff.size() > diff.size() || closestDiff.get(0).startsWith("the candidate")) {
        closest = r.annotated();
        closestDiff = diff;
        closestAssumption = c.assumption();
      }
    }
    if (closest != null) write(out, closest);
    StringBuilder b = new StringBuilder("\nnot reproduced; closest candidate (" + closestAssumption + ") differs:\n");
    for (String s : closestDiff) b.append("  ").append(s).append('\n');
    if (closest != null) b.append('\n').append(closest);
    return new Outcome(false, "not reproduced", b.toString(), Optional.ofNullable(closest));
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

  private static void write(Path out, String text) {
    if (out == null) return;
    try {
      Files.writeString(out, text);
    } catch (IOException e) {
      throw new Main.BadInput(out + ": cannot write: " + e.getMessage());
    }
  }
}
