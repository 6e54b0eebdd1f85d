package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file of the corpus ({@code scenarios/}, recorded on the real server) as one
 * dynamic test: innosim must reproduce every outcome, released line, deadlock block and lock line.
 *
 * <p>Cases innosim does not reproduce yet are listed in {@code scenarios/known-failures.txt}; the
 * list is checked both ways: a listed case that starts passing fails the build, so it only shrinks.
 */
class CorpusTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final Path KNOWN_FAILURES = ROOT.resolve("known-failures.txt");

  static List<Path> corpus() throws IOException {
    try (Stream<Path> s = Files.walk(ROOT)) {
      return s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
    }
  }

  static Set<String> knownFailures() throws IOException {
    Set<String> out = new LinkedHashSet<>();
    for (String l : Files.readAllLines(KNOWN_FAILURES, StandardCharsets.UTF_8)) {
      String t = l.strip();
      if (t.isEmpty() || t.startsWith("#")) continue;
      out.add(t.split("\\s+")[0]);
    }
    return out;
  }

  /** A MySQL 9.7 recording of a case ({@code NAME.mysql97.sql} beside the MariaDB {@code NAME.sql}). */
  static boolean isMysql97(Path p) {
    return p.getFileName().toString().endsWith(".mysql97.sql");
  }

  static String relative(Path p) {
    return ROOT.relativize(p).toString().replace('\\', '/');
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFile_reproducesTheServer() throws IOException {
    Set<String> known = knownFailures();
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : corpus()) {
      String rel = relative(p);
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Optional<String> problem;
        try {
          Template t = Template.read(p.toString(), text);
          if (!t.isPlain()) {
            problem = dev.innosim.explore.TemplateCheck.firstDifference(t, Optional.empty());
          } else {
          ScenarioRunner.Result r = ScenarioRunner.run(ScenarioParser.parse(p.toString(), text), Optional.empty());
          problem = ScenarioCheck.firstDifference(r.scenario(), text, r.trace()).map(d -> d.describe(rel));
          }
        } catch (ScenarioException e) {
          problem = Optional.of(e.getMessage());
        }
        if (known.contains(rel)) {
          if (problem.isEmpty()) {
            fail(rel + " is listed in known-failures.txt but now passes: remove it from the list");
          }
        } else if (problem.isPresent()) {
          fail(problem.get());
        }
      }));
    }
    return tests.stream();
  }

  @Test
  void knownFailures_listOnlyExistingFiles() throws IOException {
    for (String k : knownFailures()) {
      assertTrue(Files.exists(ROOT.resolve(k)), "known-failures.txt lists a missing file: " + k);
    }
  }

  @Test
  void corpus_holdsTheGoldenFilesAndTheProjectsOwnCases() throws IOException {
    long golden = corpus().stream().filter(p -> relative(p).startsWith("golden/") && !isMysql97(p)).count();
    long golden97 = corpus().stream().filter(p -> relative(p).startsWith("golden/") && isMysql97(p)).count();
    long own = corpus().stream().filter(p -> !relative(p).startsWith("golden/") && !relative(p).startsWith("spec/") && !isMysql97(p)).count();
    assertEquals(26, golden, "the 26 golden scenarios recorded on MariaDB 10.11");
    assertEquals(26, golden97, "the same 26 golden scenarios recorded on MySQL 9.7 (NAME.mysql97.sql)");
    assertTrue(own >= 40, "at least 40 recorded cases of the project's own, found " + own);
  }
}
