package dev.innosim.report;

import dev.innosim.engine.Snapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Queries over a {@link Snapshot} that several reports share; stateless. */
final class Snapshots {
  private Snapshots() {}

  static Snapshot.TrxInfo trx(Snapshot s, String session) {
    return s.transactions().stream().filter(t -> t.session().equals(session)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no transaction " + session + " in the snapshot"));
  }

  static Snapshot.WaitEdge edge(Snapshot s, String session) {
    return s.waits().stream().filter(w -> w.waiter().equals(session)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(session + " does not wait in the snapshot"));
  }

  /** The locks that block a wait: the blocker's granted locks on the object, or its waiting ones if it has none granted there. */
  static List<Snapshot.LockInfo> blockingLocks(Snapshot.WaitEdge w) {
    List<Snapshot.LockInfo> granted = w.blocking().stream().filter(l -> !l.waiting()).toList();
    return granted.isEmpty() ? w.blocking() : granted;
  }

  /** Whether two lock entries lock the same record (or, for table locks, the same table). */
  static boolean sameObject(Snapshot.LockInfo a, Snapshot.LockInfo b) {
    if (a.kind() != b.kind() || !a.table().equals(b.table())) return false;
    if (a.kind() == Snapshot.Kind.TABLE) return true;
    Snapshot.RecordInfo ra = a.record().orElseThrow();
    Snapshot.RecordInfo rb = b.record().orElseThrow();
    return a.index().equals(b.index()) && ra.heapNo() == rb.heapNo() && ra.keyText().equals(rb.keyText());
  }

  /**
   * The granted locks on the record (or table) of {@code req}, one entry per lock struct, in queue
   * (creation) order: what MariaDB prints under {@code CONFLICTING WITH}.
   */
  static List<Snapshot.LockInfo> grantedOnSameObject(Snapshot s, Snapshot.LockInfo req) {
    Map<String, Snapshot.LockInfo> byStruct = new LinkedHashMap<>();
    for (Snapshot.LockInfo l : s.locks()) {
      if (l.waiting() || !sameObject(l, req)) continue;
      byStruct.putIfAbsent(l.trxId() + ":" + l.structId(), l);
    }
    List<Snapshot.LockInfo> out = new ArrayList<>(byStruct.values());
    out.sort(Comparator.comparingLong(Snapshot.LockInfo::structId));
    return out;
  }

  /** Every record entry of the lock struct {@code l} belongs to, by heap number. */
  static List<Snapshot.LockInfo> structRecords(Snapshot s, Snapshot.LockInfo l) {
    List<Snapshot.LockInfo> out = new ArrayList<>();
    for (Snapshot.LockInfo x : s.locks()) {
      if (x.kind() == Snapshot.Kind.RECORD && x.trxId() == l.trxId() && x.structId() == l.structId()
          && Objects.equals(x.index(), l.index()) && x.waiting() == l.waiting()) {
        out.add(x);
      }
    }
    if (out.isEmpty()) out.add(l);
    out.sort(Comparator.comparingInt(x -> x.record().orElseThrow().heapNo()));
    return out;
  }
}
