package dev.innosim.engine;

import dev.innosim.lock.LockReason;
import dev.innosim.schema.IsolationLevel;
import java.util.List;
import java.util.Optional;

/**
 * A read-only picture of the engine at one moment: transactions, every lock (table locks and one
 * entry per locked record of each record lock struct) and the wait-for edges; immutable. This is
 * what reports (lock tables, deadlock reports, pictures) are drawn from.
 */
public record Snapshot(List<TrxInfo> transactions, List<LockInfo> locks, List<WaitEdge> waits, List<IndexInfo> indexes) {
  public Snapshot {
    transactions = List.copyOf(transactions);
    locks = List.copyOf(locks);
    waits = List.copyOf(waits);
    indexes = List.copyOf(indexes);
  }

  /** A snapshot without index contents. */
  public Snapshot(List<TrxInfo> transactions, List<LockInfo> locks, List<WaitEdge> waits) {
    this(transactions, locks, waits, List.of());
  }

  /**
   * Every record of one index that holds at least one record lock, in key order, the supremum
   * last (what a picture of the index draws as a line of records and gaps).
   *
   * @param nHeap the heap numbers the index's page has handed out, infimum and supremum included
   *              (MySQL sizes a record lock's bitmap from it)
   */
  public record IndexInfo(String table, String index, boolean clustered, List<RecordInfo> records, int nHeap) {
    public IndexInfo { records = List.copyOf(records); }
  }

  /**
   * One active transaction.
   *
   * @param operation  InnoDB's op_info of the running statement ({@code inserting},
   *                   {@code starting index read}, {@code fetching rows}), empty when idle
   * @param constTable the running statement is a SELECT that reads one row by a whole unique key,
   *                   which the optimizer reads while it plans (stage {@code statistics})
   */
  public record TrxInfo(
      String session,
      long trxId,
      int sessionNo,
      boolean waiting,
      int lockStructs,
      int rowLocks,
      int undoEntries,
      IsolationLevel isolation,
      Optional<String> statement,
      int tablesInUse,
      int tablesLocked,
      String operation,
      boolean constTable) {}

  /** Lock kinds. */
  public enum Kind { TABLE, RECORD }

  /**
   * One table lock, or one record of a record lock struct ({@code structId} groups the records of
   * one struct, in the order their bits were set).
   *
   * @param typeMode   InnoDB's type mode bits (see {@code lock.LockType}); table locks: the mode
   * @param mode       the scenario-format mode text ({@code X,GAP}, {@code IX}, {@code AUTO-INC})
   * @param record     the locked record, for record locks
   * @param why        why this lock exists, if recorded
   */
  public record LockInfo(
      String session,
      long trxId,
      long structId,
      Kind kind,
      String table,
      Optional<String> index,
      int typeMode,
      String mode,
      boolean waiting,
      Optional<RecordInfo> record,
      Optional<LockReason> why) {

    /** The scenario-format text: {@code RECORD t.PRIMARY X,REC_NOT_GAP (20)} or {@code TABLE t IX}. */
    public String text() {
      if (kind == Kind.TABLE) return "TABLE " + table + " " + mode;
      RecordInfo r = record.orElseThrow();
      return "RECORD " + table + "." + index.orElseThrow() + " " + mode + " " + r.keyText()
          + (r.deleteMarked() ? " delete-marked" : "");
    }
  }

  /**
   * A locked index record.
   *
   * @param keyText      {@code (20, #2)} or {@code supremum}
   * @param lockData     MySQL 8.0's LOCK_DATA: the key values comma-separated, {@code supremum pseudo-record}
   * @param heapNo       heap number: 1 for the supremum, user records from 2 in insertion order
   * @param physical     the physical record's fields as InnoDB prints them in a deadlock report
   *                     (clustered: key, DB_TRX_ID, DB_ROLL_PTR, other columns; secondary: index fields);
   *                     {@code null} entries are SQL NULL
   * @param clustered    whether the index is the clustered index
   */
  public record RecordInfo(
      boolean supremum,
      boolean deleteMarked,
      String keyText,
      String lockData,
      int heapNo,
      List<byte[]> physical,
      boolean clustered) {}

  /** A waiting transaction and the transaction it waits for, with both locks. */
  public record WaitEdge(String waiter, String blocker, LockInfo requested, List<LockInfo> blocking) {
    public WaitEdge { blocking = List.copyOf(blocking); }
  }
}
