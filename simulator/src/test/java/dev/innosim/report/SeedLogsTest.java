package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.engine.Engine;
import dev.innosim.log.DeadlockLog;
import dev.innosim.log.DeadlockLogParser;
import dev.innosim.log.LoggedLock;
import dev.innosim.log.LoggedTransaction;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The production deadlock logs (MySQL 5.7 / Percona 5.7) against their scenarios run under the
 * {@code mysql-5.7} profile: the same index and lock modes in the same (1)/(2) roles, and the same
 * victim.
 */
class SeedLogsTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  /**
   * The roles a 5.7 report shows: (1) waiting, (2) holding, (2) waiting, and the victim, read by
   * the main-code reader {@link DeadlockLogParser} (the inverse of {@code InnodbStatus}).
   */
  static TreeSet<String> facts(String report) {
    TreeSet<String> out = new TreeSet<>();
    List<DeadlockLog> all = DeadlockLogParser.parse("report", report);
    DeadlockLog d = all.get(all.size() - 1);
    for (LoggedTransaction t : d.transactions()) {
      t.waits().ifPresent(w -> role(out, "(" + t.number() + ") waits", w));
      if (t.number() != 1) for (LoggedLock h : t.holds()) role(out, "(" + t.number() + ") holds", h);
    }
    d.printedVictim().ifPresent(v -> out.add("victim (" + v + ")"));
    return out;
  }

  private static void role(TreeSet<String> out, String role, LoggedLock l) {
    if (l instanceof LoggedLock.RecordLock r) out.add(role + " " + r.index() + " " + r.mode().text());
  }

  /** The scenarios in seeds/ whose {@code -- @source:} cites this log. */
  static List<Path> scenariosFor(String log) throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("seeds"))) {
      List<Path> out = new ArrayList<>();
      for (Path p : s.filter(x -> x.toString().endsWith(".sql")).sorted().toList()) {
        for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (l.startsWith("-- @source:") && l.contains("logs/" + log + ".txt")) out.add(p);
        }
      }
      return out;
    }
  }

  /** The 5.7 report of a scenario's last deadlock, or null when it does not deadlock under mysql-5.7. */
  static String report57(Path scenario) throws IOException {
    ScenarioRunner.Result r = ScenarioRunner.runRecorded(
        ScenarioParser.parse(scenario.getFileName().toString(), Files.readString(scenario, StandardCharsets.UTF_8)),
        Optional.of(ServerProfile.MYSQL_5_7), false);
    if (r.deadlocks().isEmpty()) return null;
    Engine.DeadlockReport d = r.deadlocks().get(r.deadlocks().size() - 1);
    return DeadlockLayout.MYSQL_5_7.render(d, ReportNames.DEFAULT);
  }

  @TestFactory
  Stream<DynamicTest> everyProductionLog_isReproducedUnderMysql57() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    java.util.Set<String> known = new java.util.HashSet<>();
    for (String l : Files.readAllLines(ROOT.resolve("seeds/known-mysql57-differences.txt"), StandardCharsets.UTF_8)) {
      if (!l.isBlank() && !l.startsWith("#")) known.add(l.strip().split("\\s+")[0]);
    }
    try (Stream<Path> logs = Files.list(ROOT.resolve("seeds/logs"))) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = log.getFileName().toString().replace(".txt", "");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          TreeSet<String> want = facts(Files.readString(log, StandardCharsets.UTF_8));
          List<Path> candidates = scenariosFor(name);
          assertFalse(candidates.isEmpty(), "no scenario in seeds/ cites logs/" + name + ".txt");
          List<String> tried = new ArrayList<>();
          boolean matched = false;
          for (Path sc : candidates) {
            String ours = report57(sc);
            if (ours != null && facts(ours).equals(want)) matched = true;
            tried.add(sc.getFileName() + ": " + (ours == null ? "no deadlock under mysql-5.7" : facts(ours)));
          }
          if (known.contains(name)) {
            assertFalse(matched, name + " is listed in known-mysql57-differences.txt but now matches: remove it");
          } else {
            assertTrue(matched, "log " + want + " not reproduced under mysql-5.7 by " + tried);
          }
        }));
      }
    }
    return tests.stream();
  }
}
