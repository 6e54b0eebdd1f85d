package dev.innosim.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Error messages are golden strings: one line naming the offending text, and its column when known. */
class SqlParserErrorTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      LOCK TABLES t WRITE;                                     | unsupported: LOCK TABLES (a table lock of the server, not of InnoDB: MySQL 9.7 lists no InnoDB lock for it and another session waits on the server's lock; not modelled): LOCK TABLES t WRITE | 1
      CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 | unsupported: CREATE TRIGGER (the locks a trigger's reads take are not modelled): CREATE TRIGGER g BEFORE INSERT ON t FOR EACH ROW SET NEW.a = 1 | 1
      SELECT * FROM t WHERE                                    | syntax error near 'WHERE'                                               | 17
      SELECT * FROM t WHER id = 1                              | syntax error near 'id = 1'                                              | 22
      SET foo = 1                                              | unsupported variable: foo                                               | 5
      SET @x = (SELECT 1)                                      | unsupported subquery in SET: SET @x = (SELECT 1)                        | 0
      SET @x = 1, @y = 2                                       | unsupported: more than one variable in SET                              | 11
      SET NAMES utf8mb4                                        | unsupported statement: SET NAMES utf8mb4                                | 1
      SET SESSION TRANSACTION ISOLATION LEVEL READ SOMETHING   | unknown isolation level: READ SOMETHING                                 | 41
      SET SESSION transaction_isolation = 'SNAPSHOT'           | unknown isolation level: SNAPSHOT                                       | 37
      SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED    | unsupported: SET GLOBAL TRANSACTION (it affects only new connections)   | 5
      SET GLOBAL innodb_lock_wait_timeout = 5                  | unsupported: SET GLOBAL innodb_lock_wait_timeout = 5                    | 12
      SET @@global.autocommit = 0                              | unsupported: SET GLOBAL autocommit = 0                                  | 5
      SET autocommit = maybe                                   | invalid value for autocommit: maybe                                     | 18
      SET innodb_lock_wait_timeout = 1, autocommit = 0         | unsupported: more than one variable in SET                              | 33
      SELECT * FROM t LEFT JOIN u ON t.id = u.id               | unsupported join type (only an inner JOIN ... ON or a comma join is modelled): LEFT JOIN u ON t.id = u.id | 17
      SELECT * FROM t WHERE id NOT IN (SELECT id FROM u)       | unsupported NOT IN (SELECT ...): id NOT IN (SELECT id FROM u)           | 23
      SELECT * FROM t WHERE NOT EXISTS (SELECT 1 FROM u WHERE u.a = t.a) | unsupported NOT EXISTS: NOT EXISTS (SELECT 1 FROM u WHERE u.a = t.a) | 23
      SELECT * FROM t WHERE id IN (SELECT a FROM u LIMIT 1)   | unsupported subquery with a join, GROUP BY, ORDER BY, LIMIT, DISTINCT, hint or locking clause: (SELECT a FROM u LIMIT 1) | 29
      SELECT k, COUNT(*) FROM t GROUP BY k                     | unsupported GROUP BY: GROUP BY k                                        | 27
      SELECT * FROM t WHERE a = 1 XOR b = 2                    | unsupported XOR: a = 1 XOR b = 2                                        | 23
      SELECT * FROM t LIMIT 2, 3                               | unsupported LIMIT with offset: LIMIT 2, 3                               | 17
      SELECT * FROM t WHERE x = MD5('a')                       | unsupported function: MD5('a')                                          | 27
      SELECT * FROM t WHERE x = IFNULL(a)                      | incorrect parameter count in the call to native function 'IFNULL' (error 1582) | 0
      SELECT * FROM t WHERE id = 1 FOR UPDATE OF t             | unsupported locking clause: FOR UPDATE OF t                             | 30
      SELECT * FROM t WHERE id = 1 FOR UPDATE WAIT 5           | unsupported locking clause: FOR UPDATE WAIT 5                           | 30
      SELECT * FROM t FORCE INDEX (a) USE INDEX (b)            | unsupported: more than one index hint                                   | 33
      SELECT * FROM t FORCE INDEX FOR ORDER BY (a)             | unsupported index hint: FORCE INDEX FOR ORDER BY                        | 17
      UPDATE t, u, w SET t.v = 1 WHERE t.id = u.id             | unsupported join of more than two tables: UPDATE t, u, w SET t.v = 1 WHERE t.id = u.id | 1
      UPDATE IGNORE t SET v = 1                                | unsupported UPDATE IGNORE: UPDATE IGNORE t SET v = 1                    | 1
      DELETE t, u FROM t JOIN u ON t.id = u.id                 | unsupported DELETE from more than one table: DELETE t, u FROM t JOIN u ON t.id = u.id | 1
      SAVEPOINT s1                                             | unsupported statement: SAVEPOINT s1                                     | 1
      ROLLBACK TO SAVEPOINT s1                                 | unsupported statement: ROLLBACK TO SAVEPOINT s1                         | 1
      COMMIT AND CHAIN                                         | unsupported statement: COMMIT AND CHAIN                                 | 1
      DO 1                                                     | unsupported statement: DO 1                                             | 1
      CREATE INDEX i ON t (a)                                  | unsupported statement: CREATE INDEX i ON t (a)                          | 1
      BEGIN; COMMIT                                            | unsupported: more than one statement                                    | 6
      SELECT * FROM db.t                                       | unsupported qualified table name: db.t                                  | 15
      SELECT * FROM t WHERE u.id = 1                           | unknown table 'u' in column u.id                                        | 0
      INSERT INTO t (a, b) VALUES (1)                          | column count doesn't match value count at row 1                         | 0
      SELECT * FROM t ORDER BY a + 1                           | unsupported ORDER BY expression: a + 1                                  | 26
      SELECT * FROM t WHERE a = 0x0A                           | unsupported expression: 0x0A                                            | 27
      "SELECT 'abc"                                            | unterminated string: 'abc                                               | 8
      CREATE TABLE t (id INT PRIMARY KEY) ENGINE=MyISAM        | unsupported storage engine: MyISAM                                      | 0
      CREATE TABLE t (d DATETIME(7))                           | too big precision specified for column 'd' (max = 6) (error 1426)       | 28
      CREATE TABLE t (id INT, PRIMARY KEY (id), PRIMARY KEY (id)) | duplicate key name 'PRIMARY' in table t                              | 0
      CREATE TABLE t (id INT, KEY k (nope))                    | key column 'nope' doesn't exist in table t                              | 0
      CREATE TABLE t (id INT, id INT)                          | duplicate column name 'id' in table t                                   | 0
      """)
  void parse_badStatement_goldenMessage(String sql, String message, int column) {
    SqlException e = assertThrows(SqlException.class, () -> SqlParser.parse(sql));
    assertEquals(message, e.message());
    assertEquals(column, e.column());
  }
}
