package dev.innosim.mysql;

import java.util.Optional;

/**
 * The MySQL / MariaDB errors innosim produces or reads back from a live server, each with its
 * number, its symbol's sentence and whether a statement that gets it takes part in lock waits;
 * immutable.
 */
public enum MySqlError {
  ER_DUP_ENTRY(1062, "Duplicate entry for key"),
  ER_PARSE_ERROR(1064, "You have an error in your SQL syntax"),
  ER_BAD_NULL_ERROR(1048, "Column cannot be null"),
  ER_BAD_FIELD_ERROR(1054, "Unknown column"),
  ER_NO_SUCH_TABLE(1146, "Table doesn't exist"),
  ER_UNKNOWN_SYSTEM_VARIABLE(1193, "Unknown system variable"),
  ER_SUBQUERY_NO_1_ROW(1242, "Subquery returns more than 1 row"),
  ER_LOCK_WAIT_TIMEOUT(1205, "Lock wait timeout exceeded; try restarting transaction"),
  ER_LOCK_DEADLOCK(1213, "Deadlock found when trying to get lock; try restarting transaction"),
  ER_NO_REFERENCED_ROW(1216, "Cannot add or update a child row: a foreign key constraint fails"),
  ER_ROW_IS_REFERENCED(1217, "Cannot delete or update a parent row: a foreign key constraint fails"),
  ER_WARN_DATA_OUT_OF_RANGE(1264, "Out of range value for column"),
  ER_TRUNCATED_WRONG_VALUE_FOR_FIELD(1366, "Incorrect value for column"),
  ER_TRUNCATED_WRONG_VALUE(1292, "Incorrect value"),
  ER_NO_DEFAULT_FOR_FIELD(1364, "Field doesn't have a default value"),
  ER_DATA_TOO_LONG(1406, "Data too long for column"),
  ER_TOO_BIG_DISPLAYWIDTH(1439, "Display width out of range for column"),
  ER_ROW_IS_REFERENCED_2(1451, "Cannot delete or update a parent row: a foreign key constraint fails"),
  ER_NO_REFERENCED_ROW_2(1452, "Cannot add or update a child row: a foreign key constraint fails"),
  ER_CANT_CHANGE_TX_CHARACTERISTICS(1568, "Transaction characteristics can't be changed while a transaction is in progress"),
  ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION(1792, "Cannot execute statement in a READ ONLY transaction"),
  ER_LOCK_NOWAIT(3572, "Statement aborted because lock(s) could not be acquired immediately and NOWAIT is set");

  private final int code;
  private final String sentence;

  MySqlError(int code, String sentence) {
    this.code = code;
    this.sentence = sentence;
  }

  /** The server's error number, e.g. 1062. */
  public int code() { return code; }

  /** The server's message without its placeholders, e.g. {@code Duplicate entry for key}. */
  public String sentence() { return sentence; }

  /** The known error with this number, if innosim knows it. */
  public static Optional<MySqlError> byCode(int code) {
    for (MySqlError e : values()) if (e.code == code) return Optional.of(e);
    return Optional.empty();
  }
}
