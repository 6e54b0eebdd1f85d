package dev.innosim.cli;

import dev.innosim.engine.EngineException;
import dev.innosim.profile.ServerProfile;
import dev.innosim.report.HtmlReport;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import dev.innosim.explore.ExploreOptions;
import dev.innosim.fix.FixProver;
import dev.innosim.fix.FixReport;
import dev.innosim.fix.FixResult;
import dev.innosim.report.Advice;
import dev.innosim.report.DeadlockReports;
import dev.innosim.scenario.Template;

/** Helpers shared by the report commands: recorded runs and writing report files; stateless. */
final class Reports {
  private Reports() {}

  /** Reads, parses and runs a scenario keeping a snapshot after every step; bad input becomes {@link Main.BadInput}. */
  static ScenarioRunner.Result runRecorded(Path f, Optional<ServerProfile> profile) {
    return runRecorded(f, profile, false);
  }

  static ScenarioRunner.Result runRecorded(Path f, Optional<ServerProfile> profile, boolean why) {
    String text = Main.read(f);
    Scenario sc = Main.parse(f, text);
    try {
      return ScenarioRunner.runRecorded(sc, profile, why);
    } catch (EngineException e) {
      throw new Main.BadInput(f + ": " + e.getMessage());
    }
  }

  /** {@code run FILE [--deadlock-report] [--html REPORT]}: the annotated scenario, its deadlock reports, the HTML page. */
  static void runAndReport(Main main, Path f, Optional<ServerProfile> p, boolean why, Path html, boolean deadlockReport) {
    ScenarioRunner.Result r = runRecorded(f, p, why);
    main.out.print(r.annotated());
    List<Advice> advice = (deadlockReport || html != null) ? advice(f, r, p, ADVICE_MAX_STATES) : List.of();
    if (deadlockReport) main.out.print(DeadlocksCommand.render(r, true, advice));
    if (html != null) write(html, HtmlReport.render(r, advice));
  }

  /** The distinct states each advice exploration may visit: a fix whose proof needs more is unknown, and not advised. */
  static final long ADVICE_MAX_STATES = 10_000;

  /**
   * The fixes {@code innosim fix} proves for a scenario that deadlocked, as the reports offer them
   * (none when the run did not deadlock); the same exploration and verdicts as the {@code fix} command,
   * with at most {@code maxStates} states per exploration (the commands' default {@link #ADVICE_MAX_STATES}) and
   * no time budget, so the advice is deterministic.
   */
  static List<Advice> advice(Path f, ScenarioRunner.Result r, Optional<ServerProfile> p, long maxStates) {
    if (DeadlockReports.of(r).isEmpty()) return List.of();
    Template t = Template.read(f.toString(), Main.read(f));
    FixReport fr = FixProver.prove(t, ExploreOptions.exhaustive().withMaxStates(maxStates).withProfile(p));
    return advice(fr);
  }

  /** The proven fixes of a report as advice values. */
  static List<Advice> advice(FixReport fr) {
    List<Advice> out = new ArrayList<>();
    for (FixResult x : fr.proven()) out.add(new Advice(x.name(), x.description(), x.diff(), x.proof(), x.changes()));
    return out;
  }

  /** Writes a report file (UTF-8); a path that cannot be written is bad input. */
  static void write(Path p, String content) {
    try {
      Path parent = p.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) throw new Main.BadInput(p + ": no such directory: " + parent);
      Files.writeString(p, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Main.BadInput(p + ": cannot write: " + e.getMessage());
    }
  }
}
