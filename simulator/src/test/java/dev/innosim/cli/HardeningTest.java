package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 16's probes, each kept in {@code src/test/resources/hardening/}: the inputs that gave a
 * stack trace, a hang or an unhelpful message now give the server's answer or one line
 * {@code file:line: message}; the inputs people really have (BOM, CR endings, comments) run.
 */
class HardeningTest {
  static final String DIR = "src/test/resources/hardening/";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      limit-above-2-64    | F:3: syntax error near '18446744073709551616 FOR UPDATE' in: SELECT * FROM t LIMIT 18446744073709551616 FOR UPDATE
      prefix-above-2-31   | F:3: syntax error near '2147483648)))' in: CREATE TABLE p (id INT PRIMARY KEY, s VARCHAR(10), KEY (s(2147483648)))
      sleep-arabic-digit  | F:3: unknown column '١' in 'field list' (error 1054) in: DO SLEEP(١)
      sleep-infinite      | F:3: illegal double '1e400' value found during parsing (error 1367) in: DO SLEEP(1e400)
      in-empty            | F:3: syntax error near ') FOR UPDATE' in: SELECT * FROM t WHERE id IN () FOR UPDATE
      insert-column-twice | F:3: column 'id' specified twice (error 1110) in: INSERT INTO t (id, ID) VALUES (5, 6)
      prefix-on-int       | F:3: incorrect prefix key v(2) on INT (error 1089: the used key part isn't a string, the used length is longer than the key part, or the storage engine doesn't support unique prefix keys) in: CREATE TABLE p (id INT PRIMARY KEY, v INT, KEY (v(2)))
      prefix-zero         | F:3: key part 's' length cannot be 0 (error 1391) in: CREATE TABLE p (id INT PRIMARY KEY, s VARCHAR(10), KEY (s(0)))
      collate-unknown     | F:3: unknown collation: 'nosuch_ci' (error 1273) in: CREATE TABLE p (id INT PRIMARY KEY) ENGINE=InnoDB COLLATE=nosuch_ci
      fk-varchar-int      | "F:3: referencing column 'pid' (VARCHAR(10)) and referenced column 'id' (INT) in foreign key constraint 'c_ibfk_1' are incompatible (MySQL: error 3780; MariaDB: error 1005, errno 150 ""Foreign key constraint is incorrectly formed"") in: CREATE TABLE c (id INT PRIMARY KEY, pid VARCHAR(10), FOREIGN KEY (pid) REFERENCES t (id)) ENGINE=InnoDB"
      display-width       | F:3: display width out of range for column 'id' (max = 4294967295) (error 1439) in: CREATE TABLE p (id INT(99999999999) PRIMARY KEY)
      length-past-2-32    | F:3: display width out of range for column 's' (max = 4294967295) (error 1439) in: CREATE TABLE p (id INT PRIMARY KEY, s VARCHAR(99999999999))
      char-256            | F:3: column length too big for column 's' (max = 255); use BLOB or TEXT instead (error 1074) in: CREATE TABLE p (id INT PRIMARY KEY, s CHAR(256))
      decimal-66          | F:3: too big precision specified for column 'd' (max = 65) (error 1426) in: CREATE TABLE p (id INT PRIMARY KEY, d DECIMAL(66,2))
      datetime-7          | F:3: too big precision specified for column 'd' (max = 6) (error 1426) in: CREATE TABLE p (id INT PRIMARY KEY, d DATETIME(7))
      isolation-no-value  | F:1: @isolation needs a value: REPEATABLE READ, READ COMMITTED, READ UNCOMMITTED or SERIALIZABLE (or RR, RC, RU)
      invalid-utf8        | F:4: invalid UTF-8 byte 0xE9 at column 35 (scenario files are UTF-8; convert this one, e.g. iconv -f latin1 -t utf-8)
      cr-only-error       | F:4: unsupported statement: UPDAT t SET v = 1
      nested-101          | F:3: unsupported: parentheses nested 101 levels deep (innosim reads at most 100; the server reads up to about 30,000) in: SELECT * FROM t WHERE ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((... (241 characters)
      nested-10000        | F:3: unsupported: parentheses nested 10000 levels deep (innosim reads at most 100; the server reads up to about 30,000) in: SELECT * FROM t WHERE ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((... (20039 characters)
      long-identifier     | F:3: unknown column 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... (100002 characters) in table 't' in: UPDATE t SET aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa... (100030 characters)
      """)
  void run_probe_printsTheServersErrorOnOneLineAndExits2(String probe, String expected) {
    String file = DIR + probe + ".sql";
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("run", file));
    assertEquals(2, r.exit(), r.err());
    assertEquals(expected.replace("F:", file + ":") + System.lineSeparator(), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("\r"), "no stack trace, no raw CR");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"limit-above-2-63", "prefix-whole-int", "nested-50", "bom", "cr-only", "comments-in-statements"})
  void run_validProbe_runsEveryStep(String probe) throws IOException {
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("run", DIR + probe + ".sql"));
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    long steps = r.out().lines().filter(l -> l.matches("^\\s*T[1-9]:.*")).count();
    long expects = r.out().lines().filter(l -> l.contains("-- expect: ")).count();
    assertTrue(steps > 0 && expects > 0, r.out());
    assertFalse(r.out().startsWith("\uFEFF") || r.out().contains("\r"), "no BOM, no CR in the output");
  }

  @Test
  void check_rcUpdateWithPkOutOfRange_matchesTheServerRecording() {
    Run r = run("check", DIR + "rc-update-pk-out-of-range.sql");
    assertEquals("1 passed, 0 failed" + System.lineSeparator(), r.out(), r.out());
    assertEquals(0, r.exit());
  }

  @Test
  void check_bomAndCrOnlyFiles_compareLineByLine() throws IOException {
    Path bom = dir.resolve("bom.sql");
    Files.writeString(bom, run("run", DIR + "bom.sql").out().replace("\n", "\r"), StandardCharsets.UTF_8);
    Run r = run("check", bom.toString());
    assertEquals("1 passed, 0 failed" + System.lineSeparator(), r.out(), r.out());
  }

  @Test
  void run_commentsInsideStatements_areReadAsTheServerReadsThem() {
    Run r = run("run", DIR + "comments-in-statements.sql");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("      WHERE id = 1;                                -- expect: ok"), r.out());
    assertTrue(r.out().contains("      not 1 */ WHERE id = 2 FOR UPDATE;            -- expect: ok"), r.out());
  }

  @Test
  void run_longLiteral_isTheLargestDecimalAsOnTheServer() {
    Run r = run("run", DIR + "long-literal.sql");
    assertEquals(2, r.exit());
    // both servers truncate a 100-digit literal to 65 nines (warning 1916); VARCHAR(20) cannot hold them
    assertTrue(r.err().contains(": Data too long for VARCHAR(20): " + "9".repeat(65) + " in: "), r.err());
  }

  @Test
  void run_htmlReportOnTheInput_isRefusedAndTheInputKept() throws IOException {
    Path f = dir.resolve("a.sql");
    Files.copy(Path.of(DIR + "bom.sql"), f);
    byte[] before = Files.readAllBytes(f);
    Run r = run("run", "--html", f.toString(), f.toString());
    assertEquals(2, r.exit());
    assertEquals("innosim: --html " + f + " is the input file " + f + "; give another path (no command overwrites an input)"
        + System.lineSeparator(), r.err());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(f, StandardCharsets.UTF_8));
    Run viaOtherName = run("run", "--html", dir.resolve(".").resolve("a.sql").toString(), f.toString());
    assertEquals(2, viaOtherName.exit(), "the same file under another name");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "fa-IR"})
  void check_datetimeScenario_underLocale_printsAsciiDigits(String tag) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(tag));
      Run r = run("check", "../scenarios/types");
      assertEquals(0, r.exit(), r.out());
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void run_pendingStatementOf80000Lines_isReadInLinearTime() throws IOException {
    StringBuilder b = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nT1: SELECT *\n");
    for (int i = 0; i < 80_000; i++) b.append("  FROM\n");
    Path f = dir.resolve("long.sql");
    Files.writeString(f, b.toString());
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("run", f.toString()));
    assertEquals(f + ":2: unterminated statement (missing ';'): SELECT *" + System.lineSeparator(), r.err());
  }

  @Test
  void run_integerLiteralOfMillionsOfDigits_isReadAtOnce() throws IOException {
    Path f = dir.resolve("digits.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nT1: SELECT * FROM t WHERE id = "
        + "7".repeat(3_000_000) + " FOR UPDATE;\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> run("run", f.toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("-- expect: ok"));
  }

  @Test
  void run_displayWidth256_isError1439WithMax255() throws IOException {
    Path f = dir.resolve("w.sql");
    Files.writeString(f, "CREATE TABLE p (id INT(256) PRIMARY KEY);\nT1: BEGIN;\n");
    Run r = run("run", f.toString());
    assertEquals(f + ":1: display width out of range for column 'id' (max = 255) (error 1439) in: CREATE TABLE p (id INT(256)"
        + " PRIMARY KEY)" + System.lineSeparator(), r.err());
  }

  @Test
  void run_dataFileWithABadRow_isOneLineAtTheDataFilesLineAndExit2() throws IOException {
    Files.writeString(dir.resolve("rows.csv"), "1,10\n2,20\n3\n");
    Path f = dir.resolve("data.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\n-- @data t: rows.csv\nT1: BEGIN;\n");
    Run r = run("run", f.toString());
    assertEquals(2, r.exit());
    assertEquals(dir.resolve("rows.csv") + ":3: 1 fields, but table 't' has 2 columns" + System.lineSeparator(), r.err());
  }

  @Test
  void run_dataFile_loadsItsRowsInSetup() throws IOException {
    Files.writeString(dir.resolve("rows.tsv"), "1\t10\n2\t\\N\n5\t50\n");
    Path f = dir.resolve("data.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\n-- @data t: rows.tsv\n"
        + "T1: BEGIN;\nT1: SELECT * FROM t WHERE id > 2 FOR UPDATE;\n-- @locks\n");
    Run r = run("run", f.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("RECORD t.PRIMARY X (5)") && !r.out().contains("RECORD t.PRIMARY X (2)"), r.out());
  }

  @Test
  void run_literalInsertOfMoreThan100000Rows_loadsThroughTheFastPath() throws IOException {
    StringBuilder b = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t (id, v) VALUES (0,0)");
    for (int i = 1; i <= 100_000; i++) b.append(",(").append(i).append(",0)");
    b.append(";\nT1: SELECT * FROM t WHERE id = 100000 FOR UPDATE;\n");
    Path f = dir.resolve("rows.sql");
    Files.writeString(f, b.toString());
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("run", f.toString()));
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("WHERE id = 100000 FOR UPDATE;") && r.out().contains("-- expect: ok"), r.out());
  }

  @Test
  void run_insertOfMoreThan100000RowsWithAnExpression_isRefusedAtOnce() throws IOException {
    StringBuilder b = new StringBuilder("CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nINSERT INTO t (id, v) VALUES (0,0)");
    for (int i = 1; i < 100_000; i++) b.append(",(").append(i).append(",0)");
    b.append(",(100000,0+0)");
    b.append(";\nT1: BEGIN;\n");
    Path f = dir.resolve("rows.sql");
    Files.writeString(f, b.toString());
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("run", f.toString()));
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(f + ":2: unsupported: an INSERT of 100001 rows (innosim reads at most 100000 rows in one"
        + " statement; split it into several INSERTs) in: INSERT INTO t (id, v) VALUES (0,0),(1,0),"), r.err());
  }

  @Test
  void run_statementOverMaxAllowedPacket_isError1153() throws IOException {
    Path f = dir.resolve("packet.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, s TEXT) ENGINE=InnoDB;\nINSERT INTO t VALUES (1, '"
        + "x".repeat(17 * 1024 * 1024) + "');\nT1: BEGIN;\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("run", f.toString()));
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(f + ":2: got a packet bigger than 'max_allowed_packet' bytes (error 1153): a statement of"
        + " 17825820 characters; MariaDB 10.11 reads at most 16777216 bytes by default in: INSERT INTO t VALUES (1, 'xxx"), r.err());
    assertTrue(r.err().length() < 1000, "cut");
  }

  @Test
  void run_parenthesesNestedPastTheServersStack_isTheServersError() throws IOException {
    Path f = dir.resolve("deep.sql");
    Files.writeString(f, "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\nT1: SELECT * FROM t WHERE "
        + "(".repeat(40_000) + "id = 1" + ")".repeat(40_000) + ";\n");
    Run r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("run", f.toString()));
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith(f + ":2: parentheses nested 40000 levels deep: the server's parser runs out of stack"
        + " (MariaDB: error 1064 memory exhausted; MySQL: error 3950 Out of memory) in: SELECT"), r.err());
    assertTrue(r.err().length() < 1000);
  }
}
