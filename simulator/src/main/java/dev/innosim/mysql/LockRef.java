package dev.innosim.mysql;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lock without its owner: a table lock ({@code TABLE t IX}) or a record lock
 * ({@code RECORD t.idx_k X,GAP (20, 3) delete-marked}); immutable.
 */
public sealed interface LockRef permits LockRef.Table, LockRef.Record {

  /** The table's name as the server prints it. */
  String table();

  /** The lock mode as {@code data_locks.LOCK_MODE} prints it: {@code IX}, {@code X,GAP}, {@code AUTO_INC}, ... */
  String mode();

  /** The lock in the scenario format's words. */
  String text();

  /** A table lock. */
  record Table(String table, String mode) implements LockRef {
    @Override public String text() { return "TABLE " + table + " " + mode; }
  }

  /**
   * A record lock on one index record; {@code data} is {@code supremum} or the record's key fields
   * as {@code (20, 3)}, as {@code data_locks.LOCK_DATA} shows them.
   */
  record Record(String table, String index, String mode, String data, boolean deleteMarked) implements LockRef {
    /** Whether this lock is on the supremum pseudo-record (the gap after the last record). */
    public boolean onSupremum() { return data.equals("supremum"); }

    @Override public String text() {
      return "RECORD " + table + "." + index + " " + mode + " " + data + (deleteMarked ? " delete-marked" : "");
    }
  }

  Pattern TABLE = Pattern.compile("TABLE (\\S+) (\\S+)");
  Pattern RECORD = Pattern.compile("RECORD (\\S+?)\\.([^.\\s]+) (\\S+) (supremum|\\(.*\\))( delete-marked)?");

  /** Reads the lock part of a lock line; empty if it is not one. */
  static Optional<LockRef> parse(String text) {
    String t = text.strip();
    Matcher m = TABLE.matcher(t);
    if (m.matches()) return Optional.of(new Table(m.group(1), m.group(2)));
    m = RECORD.matcher(t);
    if (m.matches()) return Optional.of(new Record(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5) != null));
    return Optional.empty();
  }
}
