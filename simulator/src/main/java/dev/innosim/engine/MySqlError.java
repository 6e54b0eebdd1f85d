package dev.innosim.engine;

/** MySQL / MariaDB error numbers the simulator produces. */
public final class MySqlError {
  private MySqlError() {}

  /** Duplicate entry for key. */
  public static final int ER_DUP_ENTRY = 1062;
  /** Lock wait timeout exceeded (also MariaDB's NOWAIT failure). */
  public static final int ER_LOCK_WAIT_TIMEOUT = 1205;
  /** Deadlock found when trying to get lock. */
  public static final int ER_LOCK_DEADLOCK = 1213;
  /** Field doesn't have a default value. */
  public static final int ER_NO_DEFAULT_FOR_FIELD = 1364;
  /** Cannot delete or update a parent row: a foreign key constraint fails. */
  public static final int ER_ROW_IS_REFERENCED_2 = 1451;
  /** Cannot add or update a child row: a foreign key constraint fails. */
  public static final int ER_NO_REFERENCED_ROW_2 = 1452;
  /** Column cannot be null. */
  public static final int ER_BAD_NULL_ERROR = 1048;
  /** MySQL 8.0's NOWAIT failure. */
  public static final int ER_LOCK_NOWAIT = 3572;
  /** Transaction characteristics can't be changed while a transaction is in progress. */
  public static final int ER_CANT_CHANGE_TX_CHARACTERISTICS = 1568;
  /** Cannot execute statement in a READ ONLY transaction. */
  public static final int ER_CANT_EXECUTE_IN_READ_ONLY_TRANSACTION = 1792;
  /** Syntax error (e.g. FOR SHARE on MariaDB). */
  public static final int ER_PARSE_ERROR = 1064;
}
