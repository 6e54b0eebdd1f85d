package dev.innosim.log;

import java.util.List;

/** One lock struct as the log prints it: a table lock or a record lock with its records; immutable. */
public sealed interface LoggedLock permits LoggedLock.TableLock, LoggedLock.RecordLock {

  /** The database part of {@code `db`.`t`}. */
  String database();

  /** The table name. */
  String table();

  /** The owner's transaction id. */
  long trxId();

  /** Whether the struct is waiting. */
  boolean waiting();

  /** The 1-based line of the struct in the input. */
  int line();

  /** {@code TABLE LOCK table `db`.`t` trx id 5 lock mode IX waiting}; {@code mode} as printed ({@code IX}, {@code AUTO-INC}). */
  record TableLock(String database, String table, long trxId, String mode, boolean waiting, int line) implements LoggedLock {}

  /** {@code RECORD LOCKS space id 1 page no 4 n bits 72 index k of table `db`.`t` trx id 5 lock_mode X waiting} and its records. */
  record RecordLock(long space, long page, int nBits, String index, String database, String table, long trxId,
                    LockMode mode, boolean waiting, List<PhysicalRecord> records, int line) implements LoggedLock {
    public RecordLock {
      records = List.copyOf(records);
    }
  }
}
