package dev.innosim.report;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every server deadlock report of the corpus ({@code scenarios/**}{@code /*.deadlock.txt}, golden
 * first) against innosim's report of the same scenario: same structure, lock phrases, counts and
 * record dumps, ignoring what {@link ReportNormalizer} masks.
 *
 * <p>Reports innosim does not match yet are listed in {@code scenarios/known-report-differences.txt},
 * checked both ways like {@code known-failures.txt}: a listed report that starts matching fails.
 */
class DeadlockReportCorpusTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final Path KNOWN = ROOT.resolve("known-report-differences.txt");

  static List<Path> reports() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".deadlock.txt"))
          .sorted(Comparator.comparing((Path p) -> !rel(p).startsWith("golden/")).thenComparing(DeadlockReportCorpusTest::rel))
          .toList();
    }
  }

  static String rel(Path p) {
    return ROOT.relativize(p).toString().replace('\\', '/');
  }

  static Set<String> known() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String l : Files.readAllLines(KNOWN, StandardCharsets.UTF_8)) {
      String t = l.strip();
      if (!t.isEmpty() && !t.startsWith("#")) out.add(t.split("\\s+")[0]);
    }
    return out;
  }

  /** innosim's reports for the scenario next to {@code report}, with the oracle's section headers. */
  static String innosimReports(Path report) throws IOException {
    String name = report.getFileName().toString().replace(".deadlock.txt", ".sql");
    Path sql = report.resolveSibling(name);
    String text = Files.readString(sql, StandardCharsets.UTF_8);
    ScenarioRunner.Result r = ScenarioRunner.runRecorded(ScenarioParser.parse(rel(sql), text), Optional.empty(), false);
    return DeadlockReports.serverStyle(r, ReportNames.DEFAULT);
  }

  /** The first difference between the normalized reports, if any. */
  static Optional<String> difference(Path report) throws IOException {
    List<String> want = ReportNormalizer.normalize(Files.readString(report, StandardCharsets.UTF_8));
    List<String> got = ReportNormalizer.normalize(innosimReports(report));
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String w = i < want.size() ? want.get(i) : "<end>";
      String g = i < got.size() ? got.get(i) : "<end>";
      if (!w.equals(g)) {
        return Optional.of(rel(report) + ": line " + (i + 1) + " of the normalized report\n  server:  " + w + "\n  innosim: " + g);
      }
    }
    return Optional.empty();
  }

  @TestFactory
  Stream<DynamicTest> everyServerReport_matchesInnosimsReport() throws IOException {
    Set<String> known = known();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : reports()) {
      String rel = rel(p);
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        Optional<String> d;
        try {
          d = difference(p);
        } catch (ScenarioException e) {
          d = Optional.of(e.getMessage()); // e.g. a MySQL 9.7 recording while no mysql-9.7 profile exists
        }
        if (known.contains(rel)) {
          if (d.isEmpty()) fail(rel + " is listed in known-report-differences.txt but now matches: remove it from the list");
        } else if (d.isPresent()) {
          fail(d.get());
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void knownDifferences_listOnlyExistingReports() throws IOException {
    for (String k : known()) assertTrue(Files.exists(ROOT.resolve(k)), "known-report-differences.txt lists a missing file: " + k);
  }

  @Test
  void reports_includeEveryGoldenServerReport() throws IOException {
    long golden = reports().stream().filter(p -> rel(p).startsWith("golden/")).count();
    assertTrue(golden >= 10, "golden server reports found: " + golden);
  }

  /** Prints every difference; run by hand: {@code mvn -o -q test -Dtest=DeadlockReportCorpusTest#printAll -Dreport.print=true}. */
  @Test
  void printAll() throws IOException {
    if (!Boolean.getBoolean("report.print")) return;
    int match = 0;
    List<Path> all = reports();
    for (Path p : all) {
      Optional<String> d = difference(p);
      if (d.isEmpty()) match++;
      else System.err.println(d.get());
    }
    System.err.println(match + " of " + all.size() + " server reports match");
  }

}
