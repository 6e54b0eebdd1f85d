package dev.innosim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** check compares traces: each kind of stated line that differs is found, at its line, in the format's words. */
class ScenarioCheckTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      outcome      | golden/seed003-1-accounts-opposite-order.sql | -- expect: deadlock                       | -- expect: ok                     | 24 | `-- expect: ok` but innosim gives `-- expect: deadlock`
      victim       | golden/seed003-1-accounts-opposite-order.sql | -- deadlock: victim T2                    | -- deadlock: victim T1            | 24 | `-- deadlock: victim T1` but innosim gives `-- deadlock: victim T2`
      released     | golden/seed003-1-accounts-opposite-order.sql | -- released: T1 -> ok                     | -- released: T1 -> timeout        | 24 | `-- released: T1 -> timeout` but innosim gives `-- released: T1 -> ok`
      lock line    | golden/basic-03-pk-range-for-update.sql      | --   T1 holds  RECORD t.PRIMARY X (20)     | --   T1 holds  RECORD t.PRIMARY X (21) | 16 | `T1 holds  RECORD t.PRIMARY X (21)` but innosim gives `T1 holds  RECORD t.PRIMARY X (20)`
      """)
  void firstDifference_oneStatedLineChanged_namesItsLineAndBothSides(String what, String file, String from, String to, int line,
                                                                     String message) throws IOException {
    String text = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    String changed = text.replaceFirst(java.util.regex.Pattern.quote(from.strip()), java.util.regex.Matcher.quoteReplacement(to.strip()));
    Scenario sc = ScenarioParser.parse(file, changed);
    ScenarioRunner.Result r = ScenarioRunner.run(sc, Optional.empty());
    ScenarioCheck.Difference d = ScenarioCheck.firstDifference(sc, changed, r.trace()).orElseThrow();
    assertEquals(file + ":" + line + ": expected " + message, d.describe(file), what);
    assertEquals(Optional.empty(), ScenarioCheck.firstDifference(ScenarioParser.parse(file, text), text, r.trace()),
        "the unchanged file agrees");
  }

  /** Layouts run accepts and the docs describe: check accepts them too (issue 16). */
  @org.junit.jupiter.api.Test
  void firstDifference_expectOnItsOwnLineAndBlankLineAfterEndOfScript_agree() {
    String text = """
        CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;
        INSERT INTO t VALUES (1, 0);
        T1: BEGIN;
        -- expect: ok
        T1: UPDATE t SET v = 1 WHERE id = 1;
        -- expect: ok
        T2: UPDATE t SET v = 2 WHERE id = 1;
        -- expect: blocked -> timeout
        -- note: end of script
        -- released: T2 -> timeout

        """;
    Scenario sc = ScenarioParser.parse("layout.sql", text);
    ScenarioRunner.Result r = ScenarioRunner.run(sc, Optional.empty());
    assertEquals(Optional.empty(), ScenarioCheck.firstDifference(sc, text, r.trace()).map(d -> d.describe("layout.sql")));
  }
}
