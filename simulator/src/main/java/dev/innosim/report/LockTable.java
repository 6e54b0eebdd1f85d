package dev.innosim.report;

import dev.innosim.engine.Snapshot;
import dev.innosim.sql.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The locks of a snapshot as MySQL 8.0's {@code performance_schema.data_locks} and
 * {@code data_lock_waits} show them (spec 6.3), plus the session of each transaction; immutable.
 *
 * <p>One row per table lock and one per locked record of each record lock struct; LOCK_MODE never
 * shows the wait flag (LOCK_STATUS does); LOCK_DATA is NULL for table locks.
 */
public record LockTable(List<Row> locks, List<Wait> waits) {
  public LockTable {
    locks = List.copyOf(locks);
    waits = List.copyOf(waits);
  }

  /** Output formats. */
  public enum Format { TEXT, CSV, JSON }

  /** Column names of {@link Row}, in order. */
  public static final List<String> LOCK_COLUMNS = List.of("SESSION", "ENGINE_LOCK_ID", "ENGINE_TRANSACTION_ID", "OBJECT_NAME",
      "INDEX_NAME", "LOCK_TYPE", "LOCK_MODE", "LOCK_STATUS", "LOCK_DATA");
  /** Column names of {@link Wait}, in order. */
  public static final List<String> WAIT_COLUMNS = List.of("REQUESTING_ENGINE_LOCK_ID", "REQUESTING_ENGINE_TRANSACTION_ID",
      "REQUESTING_SESSION", "BLOCKING_ENGINE_LOCK_ID", "BLOCKING_ENGINE_TRANSACTION_ID", "BLOCKING_SESSION");

  /** One row of data_locks. {@code engineLockId} is {@code trx:struct} for table locks, {@code trx:struct:heap_no} for records. */
  public record Row(String session, String engineLockId, long engineTransactionId, String objectName, Optional<String> indexName,
                    String lockType, String lockMode, String lockStatus, Optional<String> lockData) {
    List<Object> values() {
      return Arrays.asList(session, engineLockId, engineTransactionId, objectName, indexName.orElse(null), lockType, lockMode,
          lockStatus, lockData.orElse(null));
    }
  }

  /** One row of data_lock_waits: a waiting lock and a lock it waits for. */
  public record Wait(String requestingEngineLockId, long requestingEngineTransactionId, String requestingSession,
                     String blockingEngineLockId, long blockingEngineTransactionId, String blockingSession) {
    List<Object> values() {
      return Arrays.asList(requestingEngineLockId, requestingEngineTransactionId, requestingSession, blockingEngineLockId,
          blockingEngineTransactionId, blockingSession);
    }
  }

  /** The lock table of a snapshot, transactions by session, each one's locks in acquisition order. */
  public static LockTable of(Snapshot s) {
    List<Row> rows = new ArrayList<>();
    for (Snapshot.LockInfo l : s.locks()) {
      boolean table = l.kind() == Snapshot.Kind.TABLE;
      rows.add(new Row(l.session(), lockId(l), l.trxId(), l.table(), l.index(), table ? "TABLE" : "RECORD",
          table ? l.mode().replace('-', '_') : l.mode(), l.waiting() ? "WAITING" : "GRANTED",
          table ? Optional.empty() : Optional.of(l.record().orElseThrow().lockData())));
    }
    List<Wait> waits = new ArrayList<>();
    for (Snapshot.WaitEdge w : s.waits()) {
      for (Snapshot.LockInfo b : Snapshots.blockingLocks(w)) {
        waits.add(new Wait(lockId(w.requested()), w.requested().trxId(), w.waiter(), lockId(b), b.trxId(), w.blocker()));
      }
    }
    return new LockTable(rows, waits);
  }

  /**
   * MySQL 5.7's {@code information_schema.INNODB_LOCKS} view of a snapshot (spec 6.4): only locks
   * that wait or block a waiting lock; LOCK_MODE can only be S, X, IS, IX, AUTO_INC, S,GAP, X,GAP
   * (a record-only lock shows as S/X, an insert intention as X,GAP).
   */
  public static LockTable innodbLocks(Snapshot s) {
    LockTable all = of(s);
    java.util.Set<String> contended = new java.util.HashSet<>();
    for (Wait w : all.waits()) {
      contended.add(w.requestingEngineLockId());
      contended.add(w.blockingEngineLockId());
    }
    List<Row> rows = new ArrayList<>();
    for (Row r : all.locks()) {
      if (!contended.contains(r.engineLockId())) continue;
      String mode = r.lockMode().replace(",REC_NOT_GAP", "").replace(",INSERT_INTENTION", "");
      if (r.lockType().equals("RECORD") && r.lockMode().contains("INSERT_INTENTION") && !mode.contains("GAP")) mode = mode + ",GAP";
      rows.add(new Row(r.session(), r.engineLockId(), r.engineTransactionId(), r.objectName(), r.indexName(), r.lockType(),
          mode, r.lockStatus(), r.lockData()));
    }
    return new LockTable(rows, all.waits());
  }

  static String lockId(Snapshot.LockInfo l) {
    String id = l.trxId() + ":" + l.structId();
    return l.kind() == Snapshot.Kind.TABLE ? id : id + ":" + l.record().orElseThrow().heapNo();
  }

  /** The table in a format; text and CSV give data_locks, an empty line, then data_lock_waits. */
  public String render(Format f) {
    switch (f) {
      case CSV: return csv(LOCK_COLUMNS, rowsOf(locks)) + "\n" + csv(WAIT_COLUMNS, waitsOf(waits));
      case JSON: return json();
      default: return text(LOCK_COLUMNS, rowsOf(locks)) + "\n" + text(WAIT_COLUMNS, waitsOf(waits));
    }
  }

  private static List<List<Object>> rowsOf(List<Row> rows) {
    return rows.stream().map(Row::values).toList();
  }

  private static List<List<Object>> waitsOf(List<Wait> ws) {
    return ws.stream().map(Wait::values).toList();
  }

  /** The mysql client's boxed layout; {@code Empty set} when there are no rows. */
  static String text(List<String> columns, List<List<Object>> rows) {
    if (rows.isEmpty()) return "Empty set\n";
    int[] w = new int[columns.size()];
    for (int i = 0; i < w.length; i++) w[i] = columns.get(i).length();
    for (List<Object> r : rows) for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], cell(r.get(i)).length());
    StringBuilder line = new StringBuilder("+");
    for (int x : w) line.append("-".repeat(x + 2)).append('+');
    StringBuilder b = new StringBuilder().append(line).append('\n');
    appendRow(b, new ArrayList<>(columns), w);
    b.append(line).append('\n');
    for (List<Object> r : rows) appendRow(b, r, w);
    b.append(line).append('\n');
    b.append(rows.size()).append(rows.size() == 1 ? " row in set\n" : " rows in set\n");
    return b.toString();
  }

  private static void appendRow(StringBuilder b, List<?> r, int[] w) {
    b.append('|');
    for (int i = 0; i < w.length; i++) {
      String c = cell(r.get(i));
      boolean number = r.get(i) instanceof Number;
      b.append(' ').append(number ? " ".repeat(w[i] - c.length()) + c : c + " ".repeat(w[i] - c.length())).append(" |");
    }
    b.append('\n');
  }

  private static String cell(Object o) {
    return o == null ? "NULL" : o.toString();
  }

  /** RFC 4180: a header line, fields quoted when they hold a comma, quote or line break; NULL is an empty field. */
  static String csv(List<String> columns, List<List<Object>> rows) {
    StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
    for (List<Object> r : rows) {
      List<String> cells = new ArrayList<>();
      for (Object o : r) cells.add(o == null ? "" : csvField(o.toString()));
      b.append(String.join(",", cells)).append('\n');
    }
    return b.toString();
  }

  private static String csvField(String s) {
    if (s.isEmpty() || s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** {@code {"data_locks": [...], "data_lock_waits": [...]}}, one object per row keyed by column name. */
  String json() {
    StringBuilder b = new StringBuilder("{\n  \"data_locks\": [");
    jsonRows(b, LOCK_COLUMNS, rowsOf(locks));
    b.append("],\n  \"data_lock_waits\": [");
    jsonRows(b, WAIT_COLUMNS, waitsOf(waits));
    return b.append("]\n}\n").toString();
  }

  private static void jsonRows(StringBuilder b, List<String> columns, List<List<Object>> rows) {
    for (int r = 0; r < rows.size(); r++) {
      b.append(r == 0 ? "\n" : ",\n").append("    {");
      for (int i = 0; i < columns.size(); i++) {
        if (i > 0) b.append(", ");
        b.append(Json.string(columns.get(i))).append(": ").append(Json.value(rows.get(r).get(i)));
      }
      b.append('}');
    }
    if (!rows.isEmpty()) b.append("\n  ");
  }
}
