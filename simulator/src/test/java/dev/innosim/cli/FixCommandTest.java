package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innosim fix}: text and JSON, exit codes, options and bad input, in-process. */
class FixCommandTest {
  static final Path ROOT = ReportCommandsTest.ROOT;
  static final String SEED1 = ROOT.resolve("golden/seed003-1-accounts-opposite-order.sql").toString();

  @TempDir Path dir;

  static ReportCommandsTest.Run run(String... args) {
    return ReportCommandsTest.run(args);
  }

  @Test
  void fix_oppositeOrder_textHasOneLinePerCandidateWithDiffAndProof() {
    ReportCommandsTest.Run r = run("fix", SEED1);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("-- fix " + SEED1 + " (mariadb-10.11): original: deadlock possible\n"), r.out());
    assertTrue(r.out().contains("fix lock-order: proven -- one lock order"), r.out());
    assertTrue(r.out().contains("    - T2: UPDATE accounts SET balance = balance - 20 WHERE id = 2;\n"), r.out());
    assertTrue(r.out().contains("    + T2: UPDATE accounts SET balance = balance + 20 WHERE id = 1;\n"), r.out());
    assertTrue(r.out().contains("  proof: no deadlock in "), r.out());
    assertTrue(r.out().contains("fix read-committed: refuted -- "), r.out());
    assertTrue(r.out().contains("  witness:\n    -- @name: seed003-1-accounts-opposite-order-schedule-"), r.out());
    long lines = r.out().lines().filter(l -> l.startsWith("fix ")).count();
    assertEquals(11, lines, r.out());
  }

  @Test
  void fix_sameInput_sameOutputByteForByte() {
    assertEquals(run("fix", SEED1, "--format", "json").out(), run("fix", SEED1, "--format", "json").out());
  }

  @Test
  void fix_json_hasTheIssuesFieldsPerFix() {
    ReportCommandsTest.Run r = run("fix", SEED1, "--format", "json", "--only", "lock-order,read-committed");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("\"fixes\": ["), r.out());
    Matcher m = Pattern.compile("\\{\"name\": \"lock-order\", \"description\": \"[^\"]+\", \"diff\": \\[\"- T2: [^]]+\\], "
        + "\"verdict\": \"proven\", \"schedules\": \\d+, \"assignments\": 1, \"witness\": null, \"changes\": \\[\\], \"proof\": \"no deadlock in ").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(r.out().contains("\"name\": \"read-committed\""), r.out());
    assertTrue(r.out().contains("\"verdict\": \"refuted\""), r.out());
  }

  @Test
  void fix_noCandidateProven_exits1() {
    ReportCommandsTest.Run r = run("fix", SEED1, "--only", "read-committed");
    assertEquals(1, r.exit(), r.out());
  }

  @Test
  void fix_scenarioThatCannotDeadlock_saysNothingToFixExit1() {
    ReportCommandsTest.Run r = run("fix", ROOT.resolve("golden/seed002b-string-literal-uses-index.sql").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().endsWith("-- nothing to fix: the original cannot deadlock\n"), r.out());
  }

  @Test
  void fix_unknownGranularity_refusedInOneLineExit2() {
    ReportCommandsTest.Run r = run("fix", SEED1, "--granularity", "page");
    assertEquals(2, r.exit());
    assertEquals("innosim: --granularity must be statement or row, not page\n", r.err());
  }

  @Test
  void fix_rowGranularity_provesTheUnsplitBookshelfUpsertsBySortingTheirRows() {
    ReportCommandsTest.Run r = run("fix", ROOT.resolve("explore/row-bookshelf-iodku-unsplit.sql").toString(), "--granularity", "row");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("fix order-by-key: proven"), r.out());
    assertTrue(r.out().contains("fix read-committed: refuted"), r.out());
  }

  @Test
  void fix_unknownCandidate_oneLineExit2() {
    ReportCommandsTest.Run r = run("fix", SEED1, "--only", "magic");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("innosim: --only: unknown candidate magic (known: lock-order, "), r.err());
  }

  @Test
  void fix_badScenario_fileLineOneLinerExit2() throws IOException {
    Path f = dir.resolve("bad.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;\nT1: UPDAT t SET id = 1;\n");
    ReportCommandsTest.Run r = run("fix", f.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(f + ":2: "), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
  }

  @Test
  void deadlocks_advice_listsOnlyProvenFixesWithTheirProofLines() {
    ReportCommandsTest.Run r = run("deadlocks", SEED1);
    assertEquals(0, r.exit(), r.err());
    String advice = r.out().substring(r.out().indexOf("-- What would break the cycle"));
    assertTrue(advice.contains("-- - lock-order: one lock order"), advice);
    assertTrue(advice.contains("--     proof: no deadlock in "), advice);
    assertTrue(!advice.contains("read-committed") && !advice.contains("READ COMMITTED"), advice);
  }

  @Test
  void runHtml_advice_showsTheProvenFixesOnly() throws IOException {
    Path html = dir.resolve("r.html");
    ReportCommandsTest.Run r = run("run", SEED1, "--html", html.toString());
    assertEquals(0, r.exit(), r.err());
    String page = Files.readString(html);
    assertTrue(page.contains("What would break the cycle (only fixes `./innosim fix` proved for this scenario):"), page);
    assertTrue(page.contains("- lock-order: one lock order"), page);
    assertTrue(page.contains("proof: no deadlock in "), page);
    assertTrue(!page.contains("- read-committed:"), page);
  }
}
