package dev.innosim.log;

import dev.innosim.schema.IsolationLevel;
import java.util.List;
import java.util.Optional;

/**
 * One transaction of a deadlock report ({@code trx_print_low}) with the locks the report shows
 * for it; immutable. Counts the server did not print are 0.
 *
 * @param number      the report's number, {@code (1)}, {@code (2)}, ...
 * @param state       what follows {@code ACTIVE n sec}: {@code inserting}, {@code fetching rows}, ...
 * @param isolation   the isolation level, if the report prints one (most servers do not)
 * @param statement   the statement text the report shows (the transaction's current statement only)
 * @param holds       the {@code HOLDS THE LOCK(S)} structs
 * @param waits       the {@code WAITING FOR THIS LOCK TO BE GRANTED} struct
 * @param conflicting MariaDB's {@code CONFLICTING WITH} structs
 */
public record LoggedTransaction(int number, long trxId, int activeSeconds, String state, Optional<IsolationLevel> isolation,
                                boolean lockWait, int tablesInUse, int tablesLocked, int lockStructs, int heapSize,
                                int rowLocks, int undoEntries, long threadId, String threadInfo, String statement,
                                List<LoggedLock> holds, Optional<LoggedLock> waits, List<LoggedLock> conflicting, int line) {
  public LoggedTransaction {
    holds = List.copyOf(holds);
    conflicting = List.copyOf(conflicting);
  }
}
