package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.StepOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The scenario writer is the parser's inverse: on every corpus file and on generated scripts. */
class ScenarioWriterProperties {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  @TestFactory
  Stream<DynamicTest> everyCorpusFile_writtenAndParsedAgain_isTheSameScriptAndRunsTheSame() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : dev.innosim.scenario.CorpusFiles.plainScenarios(ROOT)) {
      String rel = ROOT.relativize(p).toString();
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        Scenario sc = ScenarioParser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        Script script = Script.of(sc);
        String written = ScenarioWriter.write(script);
        Scenario again = ScenarioParser.parse(p.toString(), written);
        assertEquals(script, Script.of(again), written);
        assertEquals(ScenarioRunner.run(sc, Optional.empty()).trace(), ScenarioRunner.run(again, Optional.empty()).trace(),
            "the written scenario runs exactly as the file");
      }));
    }
    return tests.stream();
  }

  @Property(tries = 300)
  void generatedScript_writtenAndParsedAgain_isEqual(@ForAll("scripts") Script s) {
    assertEquals(s, Script.of(ScenarioParser.parse("gen.sql", ScenarioWriter.write(s))), ScenarioWriter.write(s));
  }

  static final List<String> SQL = List.of(
      "BEGIN", "COMMIT", "ROLLBACK", "SELECT * FROM t WHERE id = 10 FOR UPDATE", "UPDATE t SET v = v + 1 WHERE id = 20",
      "INSERT INTO t VALUES (15, 1)", "DELETE FROM t WHERE id > 30", "SELECT * FROM t WHERE id BETWEEN 10 AND 20 LOCK IN SHARE MODE",
      "INSERT INTO t VALUES (5, 'a;b')", "SELECT *\n  FROM t\n  WHERE id = 1 FOR UPDATE");
  static final List<String> COMMENTS = List.of("", "RR, a gap lock before 20", "T1 waits; T2 -> deadlock?", "@source: a blog post",
      "note the next-key lock", "x -- y");

  @Provide
  Arbitrary<Script> scripts() {
    Arbitrary<Integer> pause = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 3)));
    Arbitrary<Script.Line> step = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(SQL), outcomes(), pause)
        .as((n, sql, o, p) -> new Script.StepLine(SessionId.of(n), sql, o, p));
    Arbitrary<Script.Line> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, step),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(new Script.LocksLine())),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(COMMENTS).map(Script.CommentLine::new)));
    Arbitrary<List<Script.Line>> body = line.list().ofMinSize(0).ofMaxSize(12)
        .map(ls -> {
          List<Script.Line> out = new ArrayList<>(ls);
          out.add(0, new Script.StepLine(SessionId.of(1), "BEGIN", Optional.empty()));
          return out;
        });
    Arbitrary<Map<SessionId, IsolationLevel>> iso = Arbitraries.maps(
        Arbitraries.integers().between(1, 4).map(SessionId::of), Arbitraries.of(IsolationLevel.class)).ofMaxSize(2)
        .map(TreeMap::new);
    return Combinators.combine(Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(12),
            Arbitraries.of(Optional.<String>empty(), Optional.of("mariadb-10.11"), Optional.of("mysql-8.0")),
            Arbitraries.of(IsolationLevel.class), iso, Arbitraries.of(COMMENTS).list().ofMaxSize(3), body)
        .as((name, server, level, si, comments, b) -> new Script(name, server, level, si, comments,
            List.of("CREATE TABLE t (id INT PRIMARY KEY, v INT)", "INSERT INTO t VALUES (10, 0), (20, 0)"), b));
  }

  private static Arbitrary<Optional<StepOutcome>> outcomes() {
    return Arbitraries.of(Optional.empty(), Optional.of(StepOutcome.OK), Optional.of(StepOutcome.DEADLOCK),
        Optional.of(new StepOutcome.Failed(1062)), Optional.of(new StepOutcome.Blocked(StepOutcome.OK)),
        Optional.of(new StepOutcome.Blocked(StepOutcome.TIMEOUT)));
  }
}
