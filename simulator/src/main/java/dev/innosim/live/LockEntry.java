package dev.innosim.live;

import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One lock of one owner on one record (or table) as the oracle lists it, with what the oracle
 * sorts and matches it by (index rank, decoded key, page and heap number); immutable.
 *
 * @param owner  the session ({@code T1}) or, for a transaction outside the scenario, {@code trxN}
 * @param values the decoded key (empty for tables, supremum, infimum)
 */
record LockEntry(String owner, boolean waiting, boolean record, String table, String index, String mode, String key,
                 List<KeyValue> values, boolean deleteMarked, int page, int heapNo, int rank, List<KeyValue.SortKey> keySort) {
  LockEntry {
    values = List.copyOf(values);
    keySort = List.copyOf(keySort);
  }

  /** The lock part of the line: {@code RECORD t.PRIMARY X (20) delete-marked} or {@code TABLE t IX}. */
  String text() {
    if (!record) return "TABLE " + table + " " + mode;
    return "RECORD " + table + "." + index + " " + mode + " " + key + (deleteMarked ? " delete-marked" : "");
  }

  /** The same entry with the delete mark set. */
  LockEntry deleteMarked(boolean on) {
    return new LockEntry(owner, waiting, record, table, index, mode, key, values, on, page, heapNo, rank, keySort);
  }

  /** {@code holds} or {@code waits}. */
  String status() { return waiting ? "waits" : "holds"; }

  /** The seam's lock row, when the owner is a scenario session. */
  Optional<LockRow> row() {
    if (!owner.matches("T[1-9][0-9]*")) return Optional.empty();
    LockRef ref = record ? new LockRef.Record(table, index, mode, key, deleteMarked) : new LockRef.Table(table, mode);
    return Optional.of(new LockRow(SessionId.parse(owner), waiting ? LockRow.Status.WAITING : LockRow.Status.GRANTED, ref));
  }

  /** The lock without its owner. */
  LockRef ref() {
    return record ? new LockRef.Record(table, index, mode, key, deleteMarked) : new LockRef.Table(table, mode);
  }

  /** The record (or table) a lock is on: what the oracle matches a wait with the locks it waits behind by. */
  record Target(boolean record, String table, String index, int page, int heapNo) {}

  Target target() {
    return new Target(record, table, index, page, heapNo);
  }

  /** Entries from one STATUS lock struct: one per record it covers (one for a table lock). */
  static List<LockEntry> expand(StatusDump.Lock lock, String owner, String db, IndexLayouts layouts) {
    String tname = lock.db().equals(db) ? lock.table() : lock.db() + "." + lock.table();
    if (!lock.record()) {
      return List.of(new LockEntry(owner, lock.waiting(), false, tname, "", lock.mode(), "", List.of(), false, -1, -1, 0, List.of()));
    }
    List<String> modeParts = new ArrayList<>();
    modeParts.add(lock.mode());
    modeParts.addAll(lock.flags());
    String mode = String.join(",", modeParts);
    List<LockEntry> out = new ArrayList<>();
    int rank = layouts.rank(lock.table(), lock.index());
    for (StatusDump.Dumped rec : lock.records()) {
      String key;
      List<KeyValue> values = List.of();
      List<KeyValue.SortKey> sort;
      if (rec.heapNo() == 1) {
        key = "supremum";
        sort = List.of(KeyValue.SortKey.SUPREMUM);
      } else if (rec.heapNo() == 0) {
        key = "infimum";
        sort = List.of(KeyValue.SortKey.INFIMUM);
      } else {
        values = layouts.decode(lock.table(), lock.index(), rec.fields());
        key = KeyValue.key(values);
        sort = values.stream().map(KeyValue::sortKey).toList();
      }
      out.add(new LockEntry(owner, lock.waiting(), true, tname, lock.index(), mode, key, values, rec.deleteMarked(),
          lock.page(), rec.heapNo(), rank, sort));
    }
    return out;
  }

  /** An entry from one {@code performance_schema.data_locks} row (no delete mark: that comes from STATUS). */
  static LockEntry fromDataLock(String owner, String table, String index, String type, String lmode, String lstatus,
                                String data, IndexLayouts layouts) {
    boolean waiting = "WAITING".equals(lstatus);
    if ("TABLE".equals(type)) {
      String mode = "AUTO_INC".equals(lmode) ? "AUTO-INC" : lmode;
      return new LockEntry(owner, waiting, false, table, "", mode, "", List.of(), false, -1, -1, 0, List.of());
    }
    String key;
    List<KeyValue> values = List.of();
    List<KeyValue.SortKey> sort;
    if (data == null) {
      key = "?";
      sort = List.of(KeyValue.SortKey.UNKNOWN);
    } else if (data.equals("supremum pseudo-record")) {
      key = "supremum";
      sort = List.of(KeyValue.SortKey.SUPREMUM);
    } else if (data.equals("infimum pseudo-record")) {
      key = "infimum";
      sort = List.of(KeyValue.SortKey.INFIMUM);
    } else {
      values = layouts.decodeLockData(table, index, data);
      key = KeyValue.key(values);
      sort = values.stream().map(KeyValue::sortKey).toList();
    }
    return new LockEntry(owner, waiting, true, table, index == null ? "" : index, lmode, key, values, false, -1, -1,
        layouts.rank(table, index), sort);
  }

  /** Owners as the oracle orders them: T1, T2, ... by number, anything else after by name. */
  static final Comparator<String> OWNER = (a, b) -> {
    boolean sa = a.matches("T\\d+");
    boolean sb = b.matches("T\\d+");
    if (sa && sb) return Integer.compare(Integer.parseInt(a.substring(1)), Integer.parseInt(b.substring(1)));
    if (sa != sb) return sa ? -1 : 1;
    return a.compareTo(b);
  };

  private static final Comparator<LockEntry> ORDER = Comparator.comparing(LockEntry::owner, OWNER)
      .thenComparing(e -> e.waiting ? 1 : 0)
      .thenComparing(e -> e.record ? 1 : 0)
      .thenComparing(LockEntry::table)
      .thenComparing(LockEntry::rank)
      .thenComparing(LockEntry::index)
      .thenComparing(LockEntry::keySort, KeyValue.TUPLE)
      .thenComparing(LockEntry::mode);

  /** Duplicates (same owner, status and text) removed, then sorted as the oracle's {@code sort_entries}. */
  static List<LockEntry> sorted(List<LockEntry> entries) {
    Set<String> seen = new HashSet<>();
    List<LockEntry> uniq = new ArrayList<>();
    for (LockEntry e : entries) {
      if (seen.add(e.owner + "\0" + e.status() + "\0" + e.text())) uniq.add(e);
    }
    uniq.sort(ORDER);
    return uniq;
  }
}
