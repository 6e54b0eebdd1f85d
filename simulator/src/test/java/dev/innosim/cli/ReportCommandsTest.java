package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code locks}, {@code deadlocks}, {@code run --html} and {@code run --deadlock-report}, in-process. */
class ReportCommandsTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final String SEED5 = ROOT.resolve("golden/seed003-5-delete-missing-then-insert.sql").toString();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void locks_afterStep_printsDataLocksAndWaits() {
    Run r = run("locks", SEED5, "--after", "5");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("-- after step 5 (line 18): T1: INSERT INTO tb VALUES (15);\n"), r.out());
    assertTrue(r.out().contains("| T1      | 1006:6:3       |                  1006 | tb          | idx_order_id | RECORD    | X,GAP,INSERT_INTENTION | WAITING     |"));
    assertTrue(r.out().contains("1 row in set"));
  }

  @Test
  void locks_afterLine_picksTheLastStepEndingThere() {
    assertEquals(run("locks", SEED5, "--after", "5", "--format", "json").out(), run("locks", SEED5, "--after-line", "19", "--format", "json").out());
  }

  @Test
  void locks_stepOutOfRange_oneLineExit2() {
    Run r = run("locks", SEED5, "--after", "99");
    assertEquals(2, r.exit());
    assertEquals(SEED5 + ": --after 99: the scenario has 8 steps (1..8)\n", r.err());
  }

  @Test
  void locks_unknownFormat_oneLineExit2() {
    Run r = run("locks", SEED5, "--format", "xml");
    assertEquals(2, r.exit());
    assertEquals("innosim: unknown --format xml (known: text, csv, json)\n", r.err());
  }

  @Test
  void deadlocks_seed5_printsServerReportThenExplanation() throws IOException {
    Run r = run("deadlocks", SEED5);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("==== deadlock during step 6 ====\n------------------------\nLATEST DETECTED DEADLOCK\n"));
    assertTrue(r.out().contains("lock_mode X locks gap before rec insert intention waiting\n"));
    assertTrue(r.out().contains("*** WE ROLL BACK TRANSACTION (1)\n"));
    assertTrue(r.out().contains("-- In plain words: T2 -> T1 -> T2"));
  }

  @Test
  void runHtml_writesPageAndPrintsAnnotatedScenario() throws IOException {
    Path html = dir.resolve("r.html");
    Run r = run("run", SEED5, "--html", html.toString(), "--deadlock-report");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("-- deadlock: victim T2\n"));
    assertTrue(r.out().contains("*** WE ROLL BACK TRANSACTION (1)\n"));
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void runHtml_missingDirectory_oneLineExit2() {
    Run r = run("run", SEED5, "--html", dir.resolve("no/such/r.html").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().endsWith(": no such directory: " + dir.resolve("no/such") + "\n"), r.err());
  }

  @Test
  void serverHelp_namesEveryProfileAndTheDefault() {
    String help = Main.SERVER_HELP;
    for (var p : dev.innosim.profile.ServerProfile.all()) assertTrue(help.contains(p.name()), p.name());
    assertTrue(help.endsWith("else " + dev.innosim.profile.ServerProfile.defaultProfile().name() + "."), help);
  }

  @Test
  void everyCommand_hasHelp() {
    for (String cmd : new String[] {"run", "check", "explore", "locks", "deadlocks", "fix"}) {
      Run r = run(cmd, "--help");
      assertEquals(0, r.exit(), cmd + ": " + r.err());
      assertTrue(r.out().startsWith("Usage: innosim " + cmd + " "), r.out());
      assertTrue(r.out().contains("--server=PROFILE"), r.out());
    }
  }
}
