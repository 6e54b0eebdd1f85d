package dev.innosim.log;

import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.List;

/**
 * One lock struct of the log in the scenario format: one {@link LockRow} per locked record
 * ({@code T2 holds  RECORD tb.idx_order_id X,GAP (20, #2)}), with the decoded records; immutable.
 *
 * @param table the schema's table name (the log's own when the schema lacks it or none was given)
 */
public record DecodedLock(LoggedLock raw, SessionId owner, String table, List<LockRow> rows, List<DecodedRecord> records) {
  public DecodedLock {
    rows = List.copyOf(rows);
    records = List.copyOf(records);
  }
}
