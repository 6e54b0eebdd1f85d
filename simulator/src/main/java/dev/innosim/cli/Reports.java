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
import java.util.Optional;

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
    if (deadlockReport) main.out.print(DeadlocksCommand.render(r, true));
    if (html != null) write(html, HtmlReport.render(r));
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
