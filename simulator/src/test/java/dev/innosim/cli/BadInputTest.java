package dev.innosim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad input as a new user writes it: each gives exactly one line {@code file:line: message}
 * naming the culprit, exit code 2, and no stack trace.
 */
class BadInputTest {
  static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB;\n";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      typo in a keyword      | TABLE + 'T1: BEGIN;\\nT1: UPDAT t SET v=1 WHERE id=1;\\n'       | f.sql:3: unsupported statement: UPDAT t SET v=1 WHERE id=1
      typo inside SELECT     | TABLE + 'T1: SELECT * FROM t FRM t;\\n'                          | f.sql:2: syntax error near 't' in: SELECT * FROM t FRM t
      unknown table          | TABLE + 'T1: BEGIN;\\nT1: UPDATE nosuch SET v=1 WHERE id=1;\\n'  | f.sql:3: unknown table 'nosuch' in: UPDATE nosuch SET v=1 WHERE id=1
      unknown column in SET  | TABLE + 'T1: UPDATE t SET w=1 WHERE id=1;\\n'                    | f.sql:2: unknown column 'w' in table 't' in: UPDATE t SET w=1 WHERE id=1
      unknown column in WHERE| TABLE + 'T1: UPDATE t SET v=1 WHERE idx=1;\\n'                   | f.sql:2: unknown column 'idx' in table 't' in: UPDATE t SET v=1 WHERE idx=1
      a step for T0          | TABLE + 'T0: BEGIN;\\n'                                          | f.sql:2: session T0 is out of range (T1..T9): T0: BEGIN;
      missing semicolon      | TABLE + 'T1: BEGIN\\nT1: COMMIT;\\n'                             | f.sql:2: missing ';' at the end of the statement: BEGIN
      missing final semicolon| TABLE + 'T1: SELECT * FROM t FOR UPDATE\\n'                      | f.sql:2: unterminated statement (missing ';'): SELECT * FROM t FOR UPDATE
      duplicate @name        | '-- @name: a\\n-- @name: b\\n' + TABLE + 'T1: BEGIN;\\n'         | f.sql:2: duplicate @name: b (first set to a on line 1)
      empty file             | ''                                                               | f.sql: empty scenario: no setup and no steps
      unsupported statement  | TABLE + 'T1: LOCK TABLES t WRITE;\\n'                            | f.sql:2: unsupported: LOCK TABLES (a table lock of the server, not of InnoDB: MySQL 9.7 lists no InnoDB lock for it and another session waits on the server's lock; not modelled): LOCK TABLES t WRITE
      unknown isolation      | '-- @isolation: SNAPSHOT\\n' + TABLE + 'T1: BEGIN;\\n'           | f.sql:1: unknown isolation level: SNAPSHOT
      unknown directive      | '-- @isolaton: RC\\n' + TABLE + 'T1: BEGIN;\\n'                  | f.sql:1: unknown directive: @isolaton (expected one of @name, @isolation, @server, @source, @note, @locks, @pause, @data)
      unknown server         | '-- @server: oracle-23\\n' + TABLE + 'T1: BEGIN;\\n'             | f.sql:1: unknown server profile: oracle-23 (known: mysql-9.7, mysql-8.0, mysql-5.7, mariadb-10.11)
      duplicate table        | TABLE + TABLE + 'T1: BEGIN;\\n'                                  | f.sql:2: table 't' already exists in: CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE=InnoDB
      setup that fails       | TABLE + 'INSERT INTO t VALUES (1,0),(1,0);\\nT1: BEGIN;\\n'      | f.sql:2: setup statement failed with error 1062 in: INSERT INTO t VALUES (1,0),(1,0)
      malformed @pause       | TABLE + '-- @pause T1: 2\\nT1: BEGIN;\\n'                       | f.sql:2: malformed @pause: -- @pause T1: 2 (expected '-- @pause T2: after 2 rows')
      RESUME with no pause   | TABLE + 'T1: BEGIN;\\nT1: RESUME;\\n'                           | f.sql:3: T1 has no paused statement to RESUME
      paused session goes on | TABLE + 'INSERT INTO t VALUES (1,0),(2,0);\\n-- @pause T1: after 1 row\\nT1: DELETE FROM t WHERE id >= 0;\\nT1: COMMIT;\\n' | f.sql:5: T1's statement is paused inside its rows: RESUME it before the next statement in: COMMIT
      """)
  void run_badInput_printsOneLineAndExits2(String what, String content, String expected) throws IOException {
    String text = content.replace("TABLE + ", TABLE).replace(" + TABLE", TABLE).replace(" + ", "")
        .replace("'", "").replace("\\n", "\n");
    Path f = dir.resolve("f.sql");
    Files.writeString(f, text, StandardCharsets.UTF_8);
    Run r = run("run", f.toString());
    assertEquals(2, r.exit(), what);
    assertEquals(expected.replace("f.sql", f.toString()) + System.lineSeparator(), r.err(), what);
    assertFalse(r.err().contains("\tat "), "no stack trace");
  }

  @org.junit.jupiter.api.Test
  void run_missingFile_exits2() {
    Run r = run("run", dir.resolve("nope.sql").toString());
    assertEquals(2, r.exit());
    assertEquals(dir.resolve("nope.sql") + ": no such file" + System.lineSeparator(), r.err());
  }

  @org.junit.jupiter.api.Test
  void run_unknownOption_exits2() {
    Run r = run("run", "--frobnicate", "x.sql");
    assertEquals(2, r.exit());
  }
}
