package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The assertion a user's JUnit test calls (docs/explore.md shows these tests). */
class DeadlockAssertionsTest {
  static final String TABLE = """
      CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB;
      INSERT INTO accounts VALUES (1, 100), (2, 100);
      """;

  @Test
  void userTest_transferLockingBothRowsInKeyOrder_cannotDeadlock() {
    DeadlockAssertions.assertNoDeadlock("transfer.sql", TABLE + """
        -- @program transfer
        BEGIN;
        SELECT * FROM accounts WHERE id IN (:from, :to) ORDER BY id FOR UPDATE;
        UPDATE accounts SET balance = balance - 10 WHERE id = :from;
        UPDATE accounts SET balance = balance + 10 WHERE id = :to;
        COMMIT;
        -- @end
        -- @run T1, T2: transfer
        -- @param from: 1, 2
        -- @param to: 1, 2
        """);
  }

  @Test
  void userTest_transferInCallOrder_failsWithTheWitnessScenario() {
    AssertionError e = assertThrows(AssertionError.class, () -> DeadlockAssertions.assertNoDeadlock("transfer.sql", TABLE + """
        -- @program transfer
        BEGIN;
        UPDATE accounts SET balance = balance - 10 WHERE id = :from;
        UPDATE accounts SET balance = balance + 10 WHERE id = :to;
        COMMIT;
        -- @end
        -- @run T1, T2: transfer
        -- @param from: 1, 2
        -- @param to: 1, 2
        """));
    assertTrue(e.getMessage().startsWith("transfer.sql: deadlock possible with T1.from=1 T1.to=2 T2.from=2 T2.to=1;"), e.getMessage());
    assertTrue(e.getMessage().contains("-- deadlock: victim"), e.getMessage());
  }
}
