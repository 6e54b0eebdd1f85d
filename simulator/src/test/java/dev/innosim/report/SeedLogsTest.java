package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.innosim.engine.Engine;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  static final Pattern LOCK = Pattern.compile(
      "\\*\\*\\* \\((\\d)\\) (WAITING FOR THIS LOCK TO BE GRANTED|HOLDS THE LOCK\\(S\\)):\\s*RECORD LOCKS space id \\d+ page no \\d+ "
          + "n bits \\d+ index `?([\\w$]+)`? of table \\S+ trx id \\d+ "
          + "(lock[ _]mode [SX](?: locks (?:gap before rec|rec but not gap))?(?: insert intention)?(?: waiting)?)");
  static final Pattern VICTIM = Pattern.compile("WE ROLL BACK TRANSACTION \\((\\d)\\)");

  /** The roles a 5.7 report shows: (1) waiting, (2) holding, (2) waiting, and the victim. */
  static TreeSet<String> facts(String report) {
    TreeSet<String> out = new TreeSet<>();
    Matcher m = LOCK.matcher(report);
    while (m.find()) {
      String role = "(" + m.group(1) + ") " + (m.group(2).startsWith("WAITING") ? "waits" : "holds");
      if (role.equals("(1) holds")) continue;
      out.add(role + " " + m.group(3) + " " + m.group(4).replace("lock_mode", "lock mode"));
    }
    Matcher v = VICTIM.matcher(report);
    if (v.find()) out.add("victim (" + v.group(1) + ")");
    return out;
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
        Path scenario = ROOT.resolve("seeds/" + name + ".sql");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          if (known.contains(name)) {
            boolean matches;
            try {
              matches = matches(scenario, name, log);
            } catch (AssertionError | RuntimeException e) {
              matches = false;
            }
            assertFalse(matches, name + " is listed in known-mysql57-differences.txt but now matches: remove it");
            return;
          }
          ScenarioRunner.Result r = ScenarioRunner.runRecorded(
              ScenarioParser.parse(name + ".sql", Files.readString(scenario, StandardCharsets.UTF_8)),
              Optional.of(ServerProfile.MYSQL_5_7), false);
          assertFalse(r.deadlocks().isEmpty(), "no deadlock under mysql-5.7");
          Engine.DeadlockReport d = r.deadlocks().get(r.deadlocks().size() - 1);
          String ours = DeadlockLayout.MYSQL_5_7.render(d, ReportNames.DEFAULT);
          assertEquals(facts(Files.readString(log, StandardCharsets.UTF_8)), facts(ours), ours);
        }));
      }
    }
    return tests.stream();
  }

  private static boolean matches(Path scenario, String name, Path log) throws IOException {
    ScenarioRunner.Result r = ScenarioRunner.runRecorded(
        ScenarioParser.parse(name + ".sql", Files.readString(scenario, StandardCharsets.UTF_8)),
        Optional.of(ServerProfile.MYSQL_5_7), false);
    if (r.deadlocks().isEmpty()) return false;
    String ours = DeadlockLayout.MYSQL_5_7.render(r.deadlocks().get(r.deadlocks().size() - 1), ReportNames.DEFAULT);
    return facts(Files.readString(log, StandardCharsets.UTF_8)).equals(facts(ours));
  }
}
