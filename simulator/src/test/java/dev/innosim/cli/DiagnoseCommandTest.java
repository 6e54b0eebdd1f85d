package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.sql.Statement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code innosim diagnose}, in-process: verdicts and exit codes, formats, bad input, and every corpus report (MariaDB 10.11 and MySQL 9.7) reconstructed. */
class DiagnoseCommandTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(DiagnoseCommandTest.class.getResource("/dev/innosim/log/" + name).toURI());
  }

  static final String SEED = "delete-missing-then-insert-same-key";

  @Test
  void diagnose_withFix_provesTheFixesOfTheReconstructedScenario() throws Exception {
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--fix");
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("\nfixes of the reconstructed scenario (innosim fix):\n"), r.out());
    // the post's own fix (an upsert) and READ COMMITTED are proven on the reconstruction, as on the seed
    assertTrue(r.out().contains("\nfix upsert: proven -- "), r.out());
    assertTrue(r.out().contains("\nfix read-committed: proven -- "), r.out());
    assertFalse(r.out().contains("\nnext: ./innosim fix"), r.out());
  }

  @Test
  void diagnose_productionLogWithSchema_reproducesAndWritesTheScenario() throws Exception {
    Path out = dir.resolve("found.sql");
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("\nreproduced: log transaction (1) is session T1, (2) is session T2\n"), r.out());
    assertTrue(r.out().contains("\nnext: ./innosim fix " + out + ", or run diagnose again with --fix\n"), r.out());
    String scenario = Files.readString(out);
    assertTrue(scenario.contains("-- deadlock: victim T2"), scenario);
    assertTrue(scenario.contains("--   T1 waits  RECORD tb.idx_order_id X,GAP,INSERT_INTENTION (20, #2)"), scenario);
    assertEquals(0, run("check", out.toString()).exit(), "the written scenario passes check");
  }

  @Test
  void diagnose_programs_bindsTheUsersStatementsToTheLogsValuesAndSearchesThemFirst() throws Exception {
    Path programs = dir.resolve("orders.sql");
    Files.writeString(programs, "-- @program replace_order\nBEGIN;\nDELETE FROM tb WHERE order_id = :id;\nINSERT INTO tb SELECT :id;\nCOMMIT;\n-- @end\n");
    Path out = dir.resolve("found.sql");
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--programs", programs.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("  T1: program replace_order's statements before the shown one with id = 15\n"), r.out());
    assertTrue(r.out().contains("searched 1 candidate,"), "the programs' candidate is the first searched: " + r.out());
    String scenario = Files.readString(out);
    assertTrue(scenario.contains("T1: DELETE FROM tb WHERE order_id = 15;"), scenario);
    assertTrue(scenario.contains("T2: DELETE FROM tb WHERE order_id = 15;"), scenario);
  }

  @Test
  void diagnose_programsFileWithoutProgram_exits2() throws Exception {
    Path programs = dir.resolve("none.sql");
    Files.writeString(programs, "DELETE FROM tb WHERE order_id = ?;\n");
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--programs", programs.toString());
    assertEquals(2, r.exit(), r.out());
    assertEquals(programs + ":1: no program (expected '-- @program NAME', statements, '-- @end')\n", r.err());
  }

  @Test
  void diagnose_outNamingAnInput_exits2AndLeavesItAlone() throws Exception {
    Path log = dir.resolve("log.txt");
    Files.copy(ROOT.resolve("seeds/logs/" + SEED + ".txt"), log);
    String before = Files.readString(log);
    Run r = run("diagnose", log.toString(), "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--out", log.toString());
    assertEquals(2, r.exit(), r.out());
    assertTrue(r.err().contains("--out " + log + " is an input of the command"), r.err());
    assertEquals(before, Files.readString(log));
  }

  @Test
  void diagnose_notReproduced_namesTheClosestCandidateAndEachDifferenceAndExits1() throws Exception {
    Path report = ROOT.resolve("spec/spec-T25-insert-vs-waiting-nextkey.mysql97.deadlock.txt");
    Path ddl = dir.resolve("t25.sql");
    Files.writeString(ddl, "CREATE TABLE t (id INT PRIMARY KEY, k INT, v INT, KEY idx_k (k)) ENGINE=InnoDB;\n");
    Run r = run("diagnose", report.toString(), "--schema", ddl.toString(), "--budget", "5");
    assertEquals(1, r.exit(), r.err() + r.out());
    assertTrue(r.out().contains("\nnot reproduced (searched "), r.out());
    assertTrue(r.out().contains("differs:\n  victim: T2 in the log, T1 in the run\n"), r.out());
    assertFalse(r.out().contains("next: ./innosim fix"), r.out());
  }

  @Test
  void diagnose_withData_loadsTheRowsBeforeTheTransactions() throws Exception {
    Path data = dir.resolve("rows.sql");
    Files.writeString(data, "INSERT INTO tb VALUES (12);\nINSERT INTO tb VALUES (30);\n");
    Path out = dir.resolve("found.sql");
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--data", data.toString(), "--out", out.toString());
    assertEquals(0, r.exit(), r.err() + r.out());
    String scenario = Files.readString(out);
    assertTrue(scenario.contains("INSERT INTO tb VALUES (12);\nINSERT INTO tb VALUES (30);\n"), scenario);
    assertTrue(scenario.indexOf("INSERT INTO tb VALUES (12)") < scenario.indexOf("T1: BEGIN"), scenario);
  }

  @Test
  void diagnose_withoutSchema_showsRawFieldsAndSaysWhatTheSchemaWouldAdd() throws Exception {
    Run r = run("diagnose", resource("public/mysql97-error-log-titled.log").toString(), "--nth", "1");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.out().contains("T1 holds  RECORD orders.PRIMARY X,REC_NOT_GAP (0x80000001)"), r.out());
    assertTrue(r.out().contains("note: no schema given: fields are shown as the raw bytes"), r.out());
    assertTrue(r.out().contains("not reproduced: a reconstruction needs the tables (--schema)"), r.out());
  }

  @Test
  void diagnose_jsonFormat_printsOneObjectWithTheVerdict() throws Exception {
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(),
        "--schema", ROOT.resolve("seeds/logs/" + SEED + ".ddl").toString(), "--format", "json");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("{\"deadlock\":1,\"deadlocks_in_file\":1,"), r.out());
    assertTrue(r.out().contains("\"verdict\":\"reproduced\""), r.out());
    assertEquals(1, r.out().strip().split("\n").length, "one line");
  }

  @Test
  void diagnose_nthOutOfRange_exits2WithOneLine() throws Exception {
    Run r = run("diagnose", resource("public/mariadb1011-error-log.log").toString(), "--nth", "3");
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(r.err().strip().endsWith("--nth 3 is out of range: the file holds 2 deadlock(s)"), r.err());
  }

  @Test
  void diagnose_fileWithoutDeadlock_exits2NamingFileAndLine() throws IOException {
    Path garbage = dir.resolve("notes.txt");
    Files.writeString(garbage, "\nhello, this is not an InnoDB status\n");
    Run r = run("diagnose", garbage.toString());
    assertEquals(2, r.exit());
    assertEquals(garbage + ":2: no deadlock report (expected LATEST DETECTED DEADLOCK or *** (1) TRANSACTION:): hello, this is not an InnoDB status\n", r.err());
  }

  @Test
  void diagnose_malformedLockLine_exits2WithTheOffendingText() throws IOException {
    Path log = dir.resolve("cut.txt");
    Files.writeString(log, "*** (1) TRANSACTION:\nTRANSACTION 5, ACTIVE 1 sec\n*** (1) WAITING FOR THIS LOCK TO BE GRANTED:\nRECORD LOCKS space id 1 page no x\n");
    Run r = run("diagnose", log.toString());
    assertEquals(2, r.exit());
    assertEquals(log + ":4: not a lock line of a deadlock report: RECORD LOCKS space id 1 page no x\n", r.err());
  }

  @Test
  void diagnose_indexTheSchemaLacks_exits2() throws Exception {
    Path ddl = dir.resolve("ddl.sql");
    Files.writeString(ddl, "CREATE TABLE tb (order_id INT, KEY idx_other (order_id));\n");
    Run r = run("diagnose", ROOT.resolve("seeds/logs/" + SEED + ".txt").toString(), "--schema", ddl.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(":11: index idx_order_id is not in table tb of the schema (has: GEN_CLUST_INDEX, idx_other): idx_order_id"), r.err());
  }

  /** The signature a scenario file's last {@code -- deadlock:} block has. */
  static dev.innosim.log.Signature lastBlock(String scenario) {
    List<List<String>> blocks = Reconstruction.blocks(scenario);
    assertFalse(blocks.isEmpty(), "no -- deadlock: block in\n" + scenario);
    return dev.innosim.log.Signature.ofBlock(blocks.get(blocks.size() - 1));
  }

  /** The log's signature, read and decoded as diagnose does. */
  static dev.innosim.log.Signature logSignature(Path log, Path ddl) throws IOException {
    List<dev.innosim.log.DeadlockLog> all = dev.innosim.log.DeadlockLogParser.parse(log.toString(), Files.readString(log));
    dev.innosim.log.LogSchema schema = dev.innosim.log.LogSchema.parse(ddl.toString(), Files.readString(ddl));
    return dev.innosim.log.Signature.of(dev.innosim.log.DeadlockDecoder.decode(log.toString(), all.get(all.size() - 1), schema));
  }

  @TestFactory
  Stream<DynamicTest> everyProductionLog_reproducesWithItsDdlAndHasItsSeedScenariosDeadlock() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> logs = Files.list(ROOT.resolve("seeds/logs"))) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = log.getFileName().toString().replace(".txt", "");
        tests.add(DynamicTest.dynamicTest(name, () -> {
          Path ddl = log.resolveSibling(name + ".ddl");
          Path out = dir.resolve(name + "-found.sql");
          Run r = run("diagnose", log.toString(), "--schema", ddl.toString(), "--out", out.toString());
          assertEquals(0, r.exit(), r.err() + r.out());
          dev.innosim.log.Signature want = logSignature(log, ddl);
          String found = Files.readString(out);
          assertEquals(List.of(), want.differences(lastBlock(found)), "the found scenario has the log's deadlock");
          String seed = Files.readString(ROOT.resolve("seeds/" + name + ".sql"));
          assertEquals(List.of(), want.differences(lastBlock(seed)), "the seed scenario has the log's deadlock too");
          assertEquals(0, run("check", out.toString()).exit(), "the written scenario passes check");
        }));
      }
    }
    assertEquals(5, tests.size(), "the five production logs");
    return tests.stream();
  }

  /** Reports whose reconstruction is known not to reproduce yet, with the reason; the list only shrinks. */
  static Map<String, String> notReproduced() throws IOException, URISyntaxException {
    Map<String, String> out = new TreeMap<>();
    for (String l : Files.readAllLines(resource("not-reproduced.txt"))) {
      if (l.isBlank() || l.startsWith("#")) continue;
      String[] p = l.split("\\s+", 2);
      out.put(p[0], p.length > 1 ? p[1] : "");
    }
    return out;
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusReport_isReconstructedFromItsScenariosDdl() throws IOException, URISyntaxException {
    Map<String, String> known = notReproduced();
    List<Path> reports = new ArrayList<>();
    try (Stream<Path> s = Files.walk(ROOT)) {
      reports.addAll(s.filter(p -> p.toString().endsWith(".deadlock.txt")).sorted().toList());
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (Path report : reports) {
      String name = ROOT.relativize(report).toString();
      tests.add(DynamicTest.dynamicTest(name, () -> {
        Path scenario = report.resolveSibling(report.getFileName().toString().replace(".deadlock.txt", ".sql"));
        Scenario sc = ScenarioParser.parse(scenario.toString(), Files.readString(scenario));
        StringBuilder ddl = new StringBuilder();
        for (Scenario.Setup st : sc.setup()) if (st.statement() instanceof Statement.CreateTable) ddl.append(st.sql()).append(";\n");
        Path schema = dir.resolve("schema.sql");
        Files.writeString(schema, ddl);
        // a listed report searches to its budget: a shorter one keeps the build fast
        Run r = known.containsKey(name) ? run("diagnose", report.toString(), "--schema", schema.toString(), "--budget", "6")
            : run("diagnose", report.toString(), "--schema", schema.toString());
        if (known.containsKey(name)) {
          assertEquals(1, r.exit(), name + " is listed in not-reproduced.txt but " + (r.exit() == 0 ? "now reproduces: remove it" : r.err()));
        } else {
          assertEquals(0, r.exit(), r.err() + r.out());
          assertFalse(r.out().contains("not reproduced"), r.out());
        }
      }));
    }
    return tests.stream();
  }
}
