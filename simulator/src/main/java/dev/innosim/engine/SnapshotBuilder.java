package dev.innosim.engine;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.index.RecordModifier;
import dev.innosim.lock.Lock;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.LockSys;
import dev.innosim.lock.LockType;
import dev.innosim.lock.TableLock;
import dev.innosim.lock.TrxLocks;
import dev.innosim.mysql.SessionId;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds {@link Snapshot}s from the live engine; stateless. */
final class SnapshotBuilder {
  private SnapshotBuilder() {}

  static Snapshot build(Catalog catalog, LockSys lockSys, Map<SessionId, Trx> active) {
    List<Snapshot.TrxInfo> trxs = new ArrayList<>();
    List<Snapshot.LockInfo> locks = new ArrayList<>();
    List<Snapshot.WaitEdge> waits = new ArrayList<>();
    for (Trx t : active.values()) {
      Set<String> tables = new HashSet<>();
      for (Lock o : t.lockList()) {
        if (o instanceof TableLock tl) tables.add(tl.table());
      }
      Exec cur = t.session.current;
      Optional<String> stmt = Optional.ofNullable(cur != null ? cur.stmt.text() : t.session.lastStatement);
      int inUse = tablesInUse(cur, catalog);
      trxs.add(new Snapshot.TrxInfo(t.name(), trxId(t), t.session.number, t.isWaiting(), t.lockStructCount(),
          t.rowLockCount(), t.undoNo(), t.isolation(), stmt, inUse, inUse, operation(cur),
          cur instanceof Exec.ScanExec se && se.constTable));
      for (Lock o : t.lockList()) locks.addAll(infos(catalog, t, o));
    }
    for (Trx t : active.values()) {
      if (!t.isWaiting()) continue;
      Snapshot.LockInfo req;
      List<Snapshot.LockInfo> blocking = new ArrayList<>();
      TrxLocks b = t.waitTrx();
      if (t.waitingRecordLock() != null) {
        LockStruct w = t.waitingRecordLock();
        Rec r = w.firstRec();
        req = recordInfo(catalog, t, w, r);
        for (LockStruct s : LockSys.locksOn(r)) {
          if (s.trx() == b && s != w) blocking.add(recordInfo(catalog, (Trx) s.trx(), s, r));
        }
      } else {
        TableLock w = t.waitingTableLock();
        req = tableInfo(t, w);
        for (TableLock s : lockSys.tableLocks(w.table())) if (s.trx() == b) blocking.add(tableInfo((Trx) s.trx(), s));
      }
      waits.add(new Snapshot.WaitEdge(t.name(), b == null ? "?" : b.name(), req, blocking));
    }
    return new Snapshot(trxs, locks, waits, indexes(catalog, active));
  }

  /** The contents of every index with a record lock, tables in creation order, indexes in table order. */
  private static List<Snapshot.IndexInfo> indexes(Catalog catalog, Map<SessionId, Trx> active) {
    Set<IndexTree> locked = new HashSet<>();
    for (Trx t : active.values()) {
      for (Lock o : t.lockList()) if (o instanceof LockStruct s) locked.add(s.index());
    }
    List<Snapshot.IndexInfo> out = new ArrayList<>();
    for (TableRt t : catalog.tables()) {
      for (IndexTree idx : t.all) {
        if (!locked.contains(idx)) continue;
        List<Snapshot.RecordInfo> recs = new ArrayList<>();
        for (Rec r : idx.records()) recs.add(record(catalog, r));
        recs.add(record(catalog, idx.supremum()));
        out.add(new Snapshot.IndexInfo(t.name(), idx.name(), idx.isClustered(), recs, idx.heapTop()));
      }
    }
    return out;
  }

  /** Tables the running statement has open: an index merge opens one handler per merged index besides the table's own. */
  static int tablesInUse(Exec cur, Catalog catalog) {
    if (cur == null) return 0;
    int n = cur instanceof Exec.ScanExec se && se.source.intersect ? 1 + se.source.scans.size() : 1;
    if (cur.sv.profile().fkChecksInSqlLayer()) n += foreignKeyTables(cur, catalog);
    return n;
  }

  /**
   * MySQL 9's foreign-key checks in the SQL layer open (prelock) the tables of the check: an
   * INSERT or UPDATE of a child its parents, an UPDATE or DELETE of a parent its children (recorded:
   * fk-report-tables-in-use-rr); an INSERT of a parent or a DELETE of a child opens nothing more.
   */
  static int foreignKeyTables(Exec cur, Catalog catalog) {
    if (cur instanceof Exec.InsertExec ie) return catalog.parents(ie.table).size();
    if (cur instanceof Exec.ScanExec se) {
      switch (se.kind) {
        case UPDATE: return catalog.parents(se.table).size() + catalog.children(se.table).size();
        case DELETE: return catalog.children(se.table).size();
        default: return 0;
      }
    }
    return 0;
  }

  /**
   * InnoDB's op_info of a running statement: {@code inserting} for INSERT; for a locking scan,
   * {@code starting index read} while its cursor is still on the record it was positioned on,
   * {@code fetching rows} once it has moved on.
   */
  static String operation(Exec cur) {
    if (cur == null) return "";
    if (cur instanceof Exec.InsertExec) return "inserting";
    if (!(cur instanceof Exec.ScanExec se)) return "";
    Scan last = null;
    for (Scan s : se.source.scans) {
      if (s.pos == null) continue;
      if (se.source.intersect && !s.pos.equals(startOf(s))) return "fetching rows";
      last = s;
    }
    return last != null && !last.pos.equals(startOf(last)) ? "fetching rows" : "starting index read";
  }

  private static Rec startOf(Scan s) {
    return s.range.low() == null ? s.index.first() : s.index.seek(s.range.low(), !s.range.lowInclusive());
  }

  static long trxId(Trx t) {
    return t.trxId;
  }

  private static List<Snapshot.LockInfo> infos(Catalog catalog, Trx t, Lock o) {
    List<Snapshot.LockInfo> out = new ArrayList<>();
    if (o instanceof TableLock tl) {
      out.add(tableInfo(t, tl));
    } else {
      LockStruct s = (LockStruct) o;
      for (Rec r : s.recs()) out.add(recordInfo(catalog, t, s, r));
    }
    return out;
  }

  static Snapshot.LockInfo tableInfo(Trx t, TableLock tl) {
    return new Snapshot.LockInfo(t.name(), trxId(t), tl.seq(), Snapshot.Kind.TABLE, tl.table(), Optional.empty(),
        tl.mode(), LockType.tableModeText(tl.mode()), tl.isWaiting(), Optional.empty(), Optional.ofNullable(tl.why()));
  }

  static Snapshot.LockInfo recordInfo(Catalog catalog, Trx t, LockStruct s, Rec r) {
    IndexTree idx = r.index();
    return new Snapshot.LockInfo(t.name(), trxId(t), s.seq(), Snapshot.Kind.RECORD, idx.table(), Optional.of(idx.name()),
        s.typeMode(), LockType.recordModeText(s.typeMode()), s.isWaiting(), Optional.of(record(catalog, r)),
        Optional.ofNullable(s.why(r)));
  }

  static Snapshot.RecordInfo record(Catalog catalog, Rec r) {
    IndexTree idx = r.index();
    if (r.isSupremum()) {
      return new Snapshot.RecordInfo(true, false, "supremum", "supremum pseudo-record", 1,
          List.of("supremum".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), idx.isClustered());
    }
    TableRt t = catalog.table(idx.table());
    List<String> data = new ArrayList<>();
    List<byte[]> phys = new ArrayList<>();
    List<IndexTree.Field> fs = idx.fields();
    for (int i = 0; i < fs.size(); i++) {
      IndexTree.Field f = fs.get(i);
      Value v = r.field(i);
      if (f.columnIndex() >= t.def.columns().size()) {
        data.add("0x" + hex(rowIdBytes(v)));
        phys.add(rowIdBytes(v));
      } else {
        ColumnType type = t.def.columns().get(f.columnIndex()).type();
        data.add(v.isNull() ? "NULL" : Values.lockText(v, type));
        phys.add(v.isNull() ? null : Values.storedBytes(v, type));
      }
    }
    if (idx.isClustered() && r.row() != null) {
      RecordModifier m = r.lastModifier();
      long id = m == null ? 0 : m.trxId();
      phys.add(fixed(id, 6));
      phys.add(new byte[] {(byte) 0x80, 0, 0, 0, 0, 0, 0});
      Value[] row = r.row();
      List<ColumnDef> cols = t.def.columns();
      for (int c = 0; c < cols.size(); c++) {
        boolean inKey = false;
        for (IndexTree.Field f : fs) if (f.columnIndex() == c) inKey = true;
        if (inKey) continue;
        Value v = row[c];
        phys.add(v.isNull() ? null : Values.storedBytes(v, cols.get(c).type()));
      }
    }
    return new Snapshot.RecordInfo(false, r.isDeleteMarked(), catalog.keyText(r), String.join(", ", data),
        r.heapNo(), phys, idx.isClustered());
  }

  private static byte[] rowIdBytes(Value v) {
    return fixed(((Value.Int) v).value().longValue(), 6);
  }

  private static byte[] fixed(long v, int n) {
    byte[] b = new byte[n];
    for (int i = n - 1; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }

  static String hex(byte[] b) {
    StringBuilder s = new StringBuilder();
    for (byte x : b) s.append(String.format("%02x", x & 0xff));
    return s.toString();
  }
}
