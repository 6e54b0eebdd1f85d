package dev.innosim.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.scenario.ScenarioParser;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each candidate's rewrite rule as a table: a program in, the diff it makes (or why it does not apply) out. */
class CandidateTest {
  static final String ACCOUNTS = "CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;\n"
      + "INSERT INTO accounts VALUES (1, 100), (2, 100);\n";
  static final String TB = "CREATE TABLE tb (order_id INT, KEY idx_order_id (order_id)) ENGINE=InnoDB;\nINSERT INTO tb VALUES (10),(20);\n";
  static final String UK = "CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, k INT NOT NULL, v INT NOT NULL DEFAULT 0, UNIQUE KEY uk_k (k)) ENGINE=InnoDB;\n"
      + "INSERT INTO t (k) VALUES (10), (20);\n";
  static final String MERGE = "CREATE TABLE r (id INT PRIMARY KEY, u INT NOT NULL, l VARCHAR(8) NOT NULL, s INT NOT NULL, st INT NOT NULL DEFAULT 0, "
      + "KEY idx_u (u), KEY idx_l (l)) ENGINE=InnoDB;\nINSERT INTO r VALUES (1, 1, 'a', 1, 0), (2, 1, 'b', 1, 0), (3, 2, 'c', 1, 0);\n";
  static final String JOBS = "CREATE TABLE jobs (id INT PRIMARY KEY, state INT NOT NULL, KEY idx_state (state)) ENGINE=InnoDB;\n"
      + "INSERT INTO jobs VALUES (1, 0), (2, 0), (3, 0);\n";
  static final String FK = "CREATE TABLE parent (id INT PRIMARY KEY, name VARCHAR(10)) ENGINE=InnoDB;\n"
      + "CREATE TABLE child (id INT PRIMARY KEY, parent_id INT NOT NULL, KEY idx_parent (parent_id), "
      + "CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id)) ENGINE=InnoDB;\nINSERT INTO parent VALUES (1, 'p1');\n";
  static final String STR = "CREATE TABLE f (id INT PRIMARY KEY, c VARCHAR(8) NOT NULL, KEY idx_c (c)) ENGINE=InnoDB;\nINSERT INTO f VALUES (1, '20');\n";

  static String steps(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  static Stream<Arguments> applied() {
    return Stream.of(
        Arguments.of("lock-order", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;",
            "T1: UPDATE accounts SET balance = 2 WHERE id = 1;", "T1: COMMIT;"),
            List.of("- T1: UPDATE accounts SET balance = 1 WHERE id = 2;", "- T1: UPDATE accounts SET balance = 2 WHERE id = 1;",
                "+ T1: UPDATE accounts SET balance = 2 WHERE id = 1;", "+ T1: UPDATE accounts SET balance = 1 WHERE id = 2;")),
        Arguments.of("lock-up-front", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;",
            "T1: UPDATE accounts SET balance = 2 WHERE id = 1;", "T1: COMMIT;"),
            List.of("+ T1: SELECT * FROM accounts WHERE id IN (1, 2) ORDER BY id FOR UPDATE;")),
        Arguments.of("lock-up-front", FK + steps("T1: BEGIN;", "T1: INSERT INTO child VALUES (10, 1);", "T1: COMMIT;"),
            List.of("+ T1: SELECT * FROM parent WHERE id = 1 ORDER BY id FOR UPDATE;")),
        Arguments.of("read-committed", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;", "T1: COMMIT;"),
            List.of("+ T1: SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;")),
        Arguments.of("add-index", MERGE + steps("T1: UPDATE r SET st = 1 WHERE u = 1 AND l = 'a' AND s = 1;"),
            List.of("- CREATE TABLE r (id INT PRIMARY KEY, u INT NOT NULL, l VARCHAR(8) NOT NULL, s INT NOT NULL, st INT NOT NULL DEFAULT 0, "
                + "KEY idx_u (u), KEY idx_l (l)) ENGINE=InnoDB;",
                "+ CREATE TABLE r (id INT PRIMARY KEY, u INT NOT NULL, l VARCHAR(8) NOT NULL, s INT NOT NULL, st INT NOT NULL DEFAULT 0, "
                + "KEY idx_u (u), KEY idx_l (l), KEY fix_u_l_s (u, l, s)) ENGINE=InnoDB;")),
        Arguments.of("ignore-index", MERGE + steps("T1: UPDATE r SET st = 1 WHERE u = 1 AND l = 'a' AND s = 1;"),
            List.of("- T1: UPDATE r SET st = 1 WHERE u = 1 AND l = 'a' AND s = 1;",
                "+ T1: UPDATE r IGNORE INDEX (idx_l) SET st = 1 WHERE u = 1 AND l = 'a' AND s = 1;")),
        Arguments.of("match-type", STR + steps("T1: DELETE FROM f WHERE c = 20;"),
            List.of("- T1: DELETE FROM f WHERE c = 20;", "+ T1: DELETE FROM f WHERE c = '20';")),
        Arguments.of("upsert", TB + steps("T1: BEGIN;", "T1: DELETE FROM tb WHERE order_id = 15;", "T1: INSERT INTO tb VALUES (15);", "T1: COMMIT;"),
            List.of("- T1: DELETE FROM tb WHERE order_id = 15;", "- T1: INSERT INTO tb VALUES (15);", "+ T1: INSERT IGNORE INTO tb VALUES (15);")),
        Arguments.of("upsert", UK + steps("T1: BEGIN;", "T1: SELECT * FROM t WHERE k = 15 FOR UPDATE;", "T1: INSERT INTO t (k) VALUES (15);", "T1: COMMIT;"),
            List.of("- T1: SELECT * FROM t WHERE k = 15 FOR UPDATE;", "- T1: INSERT INTO t (k) VALUES (15);", "+ T1: INSERT IGNORE INTO t (k) VALUES (15);")),
        Arguments.of("upsert", UK + steps("T1: BEGIN;", "T1: DELETE FROM t WHERE k = 15;", "T1: INSERT INTO t (k, v) VALUES (15, 3);", "T1: COMMIT;"),
            List.of("- T1: DELETE FROM t WHERE k = 15;", "- T1: INSERT INTO t (k, v) VALUES (15, 3);",
                "+ T1: INSERT INTO t (k, v) VALUES (15, 3) ON DUPLICATE KEY UPDATE v = VALUES(v);")),
        Arguments.of("upsert", UK + steps("T1: BEGIN;", "T1: UPDATE t SET v = v + 1 WHERE k = 15;", "T1: INSERT INTO t (k, v) VALUES (15, 1);", "T1: COMMIT;"),
            List.of("- T1: UPDATE t SET v = v + 1 WHERE k = 15;", "- T1: INSERT INTO t (k, v) VALUES (15, 1);",
                "+ T1: INSERT INTO t (k, v) VALUES (15, 1) ON DUPLICATE KEY UPDATE v = v + 1;")),
        Arguments.of("by-primary-key", JOBS + steps("T1: UPDATE jobs SET state = 1 WHERE state = 0;"),
            List.of("- T1: UPDATE jobs SET state = 1 WHERE state = 0;", "+ T1: SELECT id FROM jobs WHERE state = 0;",
                "+ T1: UPDATE jobs SET state = 1 WHERE id IN (1, 2, 3) AND (state = 0);")),
        Arguments.of("skip-locked", JOBS + steps("T1: SELECT id FROM jobs WHERE state = 0 ORDER BY id LIMIT 1 FOR UPDATE;"),
            List.of("- T1: SELECT id FROM jobs WHERE state = 0 ORDER BY id LIMIT 1 FOR UPDATE;",
                "+ T1: SELECT id FROM jobs WHERE state = 0 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED;")),
        Arguments.of("order-by-key", JOBS + steps("T1: UPDATE jobs SET state = 1 WHERE state = 0 LIMIT 1;"),
            List.of("- T1: UPDATE jobs SET state = 1 WHERE state = 0 LIMIT 1;", "+ T1: UPDATE jobs SET state = 1 WHERE state = 0 ORDER BY id LIMIT 1;")),
        Arguments.of("order-by-key", UK + steps("T1: INSERT INTO t (k, v) VALUES (30, 1), (5, 1) ON DUPLICATE KEY UPDATE v = 2;"),
            List.of("- T1: INSERT INTO t (k, v) VALUES (30, 1), (5, 1) ON DUPLICATE KEY UPDATE v = 2;",
                "+ T1: INSERT INTO t (k, v) VALUES (5, 1), (30, 1) ON DUPLICATE KEY UPDATE v = 2;")),
        Arguments.of("shorter-transactions", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;",
            "T1: UPDATE accounts SET balance = 2 WHERE id = 1;", "T1: COMMIT;"),
            List.of("+ T1: COMMIT;", "+ T1: BEGIN;")));
  }

  static Stream<Arguments> notApplicable() {
    return Stream.of(
        Arguments.of("lock-order", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 1;",
            "T1: UPDATE accounts SET balance = 2 WHERE id = 2;", "T1: COMMIT;"), "already locks"),
        Arguments.of("lock-order", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET id = 5 WHERE id = 2;",
            "T1: UPDATE accounts SET balance = 2 WHERE id = 1;", "T1: COMMIT;"), "do not commute: statement 2 changes a column of PRIMARY"),
        Arguments.of("lock-order", MERGE + steps("T1: BEGIN;", "T1: UPDATE r SET st = 1 WHERE id = 2;",
            "T1: UPDATE r SET st = 2 WHERE u = 1;", "T1: COMMIT;"), "by different indexes (PRIMARY, idx_u)"),
        Arguments.of("lock-up-front", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;", "T1: COMMIT;"),
            "nothing to lock up front"),
        Arguments.of("lock-up-front", UK + steps("T1: BEGIN;", "T1: SELECT * FROM t WHERE k = 15 FOR UPDATE;", "T1: INSERT INTO t (k) VALUES (15);",
            "T1: COMMIT;"), "its first lock is already its only search"),
        Arguments.of("read-committed", "-- @isolation: READ COMMITTED\n" + ACCOUNTS + steps("T1: UPDATE accounts SET balance = 1 WHERE id = 2;"),
            "already runs READ COMMITTED"),
        Arguments.of("add-index", ACCOUNTS + steps("T1: UPDATE accounts SET balance = 1 WHERE id = 2;"), "already lead an index"),
        Arguments.of("ignore-index", ACCOUNTS + steps("T1: UPDATE accounts SET balance = 1 WHERE id = 2;"), "nothing to merge"),
        Arguments.of("match-type", STR + steps("T1: DELETE FROM f WHERE c = '20';"), "literal of its own type"),
        Arguments.of("upsert", UK + steps("T1: BEGIN;", "T1: SELECT * FROM t WHERE k = 15 FOR UPDATE;", "T1: INSERT INTO t (k) VALUES (16);", "T1: COMMIT;"),
            "then inserts it"),
        Arguments.of("upsert", UK + steps("T1: BEGIN;", "T1: SELECT * FROM t WHERE k = 15 FOR UPDATE;", "T1: INSERT IGNORE INTO t (k) VALUES (15);", "T1: COMMIT;"),
            "already an upsert"),
        Arguments.of("by-primary-key", TB + steps("T1: DELETE FROM tb WHERE order_id = 15;"), "tb has no primary key"),
        Arguments.of("by-primary-key", JOBS + steps("T1: UPDATE jobs SET state = 1 WHERE state = 9;"), "matches no row of the setup data"),
        Arguments.of("skip-locked", JOBS + steps("T1: SELECT id FROM jobs WHERE state = 0 FOR UPDATE;"), "no queue claim"),
        Arguments.of("order-by-key", UK + steps("T1: INSERT INTO t (k, v) VALUES (5, 1), (30, 1);"), "no multi-row INSERT has unsorted keys"),
        Arguments.of("shorter-transactions", ACCOUNTS + steps("T1: BEGIN;", "T1: UPDATE accounts SET balance = 1 WHERE id = 2;", "T1: COMMIT;"),
            "more than one locking statement"));
  }

  static Candidate candidate(String name) {
    return Arrays.stream(Candidate.values()).filter(c -> c.id.equals(name)).findFirst().orElseThrow();
  }

  static Program program(String text) {
    return Program.of(ScenarioParser.parse("t.sql", text));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("applied")
  void rule_applicableProgram_makesTheDiff(String name, String text, List<String> diff) {
    Program p = program(text);
    Rewrite r = candidate(name).rule.apply(p);
    assertTrue(r instanceof Rewrite.Applied, () -> name + ": " + r);
    Program fixed = ((Rewrite.Applied) r).fixed();
    assertEquals(diff, Diff.of(p, fixed));
    assertEquals(Program.of(fixed.scenario()), Program.of(fixed.scenario()), "the fixed program is a scenario that parses");
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("notApplicable")
  void rule_inapplicableProgram_saysWhy(String name, String text, String why) {
    Rewrite r = candidate(name).rule.apply(program(text));
    assertTrue(r instanceof Rewrite.NotApplicable na && na.why().contains(why), () -> name + ": " + r);
  }

  @org.junit.jupiter.api.Test
  void candidates_table_namesEveryCandidateOfTheIssueOnce() {
    assertEquals(List.of("lock-order", "lock-up-front", "read-committed", "add-index", "ignore-index", "match-type", "upsert",
        "by-primary-key", "skip-locked", "order-by-key", "shorter-transactions"), FixProver.names());
    for (Candidate c : Candidate.values()) assertTrue(!c.description.isBlank() && !c.description.contains("\n"), c.id);
  }
}
