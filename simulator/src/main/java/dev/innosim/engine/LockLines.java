package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.Lock;
import dev.innosim.lock.LockReason;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.TableLock;
import dev.innosim.mysql.SessionId;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import java.util.List;
import java.util.Map;

/**
 * Lock lines in the scenario format ({@code RECORD t.PRIMARY X,REC_NOT_GAP (20)}), sorted as the
 * oracle sorts them: by session, holds before waits, table locks first, then table, index rank,
 * key, mode; stateless.
 */
final class LockLines {
  private LockLines() {}

  /** One lock with its sort key and explanation. */
  private record Entry(boolean waits, LockRef lock, SortKey sort, LockReason why) {}

  /** A lock row of the engine and why it is there (empty when no reason was recorded). */
  record Explained(LockRow row, String why) {}

  /** The record lock of struct {@code s} on record {@code r}, as {@code data_locks} shows it. */
  static LockRef.Record recordRef(Catalog catalog, LockStruct s, Rec r) {
    return new LockRef.Record(r.index().table(), r.index().name(), recordModeText(s.typeMode()), catalog.keyText(r),
        r.isDeleteMarked());
  }

  /** A table lock as {@code data_locks} shows it. */
  static LockRef.Table tableRef(TableLock tl) {
    return new LockRef.Table(tl.table(), tableModeText(tl.mode()));
  }

  static String recordText(Catalog catalog, LockStruct s, Rec r) {
    return recordRef(catalog, s, r).text();
  }

  /** One field of the oracle's key sort: (class, number, lower-cased text), as its value_sort_key. */
  private record KeyItem(int cls, java.math.BigInteger num, String str) implements Comparable<KeyItem> {
    static final java.math.BigInteger ZERO = java.math.BigInteger.ZERO;

    @Override
    public int compareTo(KeyItem o) {
      int c = Integer.compare(cls, o.cls);
      if (c != 0) return c;
      c = num.compareTo(o.num);
      return c != 0 ? c : str.compareTo(o.str);
    }
  }

  /** The oracle's sort key of a lock line: (kind, table, index rank, index, key, mode). */
  private record SortKey(int kind, String table, int rank, String index, KeyItem[] key, String mode)
      implements Comparable<SortKey> {
    @Override
    public int compareTo(SortKey o) {
      int c = Integer.compare(kind, o.kind);
      if (c != 0) return c;
      c = table.compareTo(o.table);
      if (c != 0) return c;
      c = Integer.compare(rank, o.rank);
      if (c != 0) return c;
      c = index.compareTo(o.index);
      if (c != 0) return c;
      int n = Math.min(key.length, o.key.length);
      for (int i = 0; i < n; i++) {
        c = key[i].compareTo(o.key[i]);
        if (c != 0) return c;
      }
      c = Integer.compare(key.length, o.key.length);
      return c != 0 ? c : mode.compareTo(o.mode);
    }
  }

  private static final KeyItem[] NO_KEY = new KeyItem[0];

  private static KeyItem[] keySort(TableRt t, Rec r) {
    if (r.isSupremum()) return new KeyItem[] {new KeyItem(9, KeyItem.ZERO, "")};
    List<IndexTree.Field> fs = r.index().fields();
    KeyItem[] k = new KeyItem[fs.size()];
    for (int i = 0; i < fs.size(); i++) {
      Value v = r.field(i);
      IndexTree.Field f = fs.get(i);
      boolean column = f.columnIndex() < t.def.columns().size();
      if (v.isNull()) {
        k[i] = new KeyItem(0, KeyItem.ZERO, "");
      } else if (v instanceof Value.Int n) {
        k[i] = new KeyItem(1, n.value(), "");
      } else if ((v instanceof Value.Str || v instanceof Value.DateTime) && column) {
        String txt = Values.lockText(v, t.def.columns().get(f.columnIndex()).type());
        k[i] = new KeyItem(2, KeyItem.ZERO, unquote(txt).toLowerCase(java.util.Locale.ROOT));
      } else {
        String txt = column ? Values.lockText(v, t.def.columns().get(f.columnIndex()).type()) : v.toString();
        k[i] = new KeyItem(3, KeyItem.ZERO, txt.startsWith("0x") ? txt.substring(2) : txt);
      }
    }
    return k;
  }

  private static String unquote(String s) {
    if (s.startsWith("'")) {
      int end = s.lastIndexOf('\'');
      return end > 0 ? s.substring(1, end) : s.substring(1);
    }
    return s;
  }

  private static int indexRank(TableRt t, IndexTree idx) {
    return t.all.indexOf(idx);
  }

  /**
   * The locks of {@code sessions} in that order, each session's sorted as the oracle sorts them
   * (holds before waits, table locks first, then table, index rank, key, mode), each once, with the
   * reason when {@code why}.
   */
  static List<Explained> rows(Catalog catalog, Map<SessionId, Trx> active, List<SessionId> sessions, boolean why) {
    List<Explained> out = new ArrayList<>();
    for (SessionId sn : sessions) {
      Trx t = active.get(sn);
      if (t == null) continue;
      List<Entry> es = new ArrayList<>();
      for (Lock o : t.lockList()) {
        if (o instanceof TableLock tl) {
          es.add(new Entry(tl.isWaiting(), tableRef(tl), new SortKey(0, tl.table(), 0, "", NO_KEY, tableModeText(tl.mode())), tl.why()));
        } else {
          LockStruct s = (LockStruct) o;
          TableRt table = catalog.table(s.index().table());
          for (Rec r : s.recs()) {
            es.add(new Entry(s.isWaiting(), recordRef(catalog, s, r),
                new SortKey(1, table.name(), indexRank(table, s.index()), s.index().name(), keySort(table, r),
                    recordModeText(s.typeMode())), s.why(r)));
          }
        }
      }
      es.sort((a, b) -> {
        int c = Boolean.compare(a.waits(), b.waits());
        return c != 0 ? c : a.sort().compareTo(b.sort());
      });
      java.util.Set<LockRow> seen = new java.util.HashSet<>();
      for (Entry e : es) {
        LockRow row = new LockRow(sn, e.waits() ? LockRow.Status.WAITING : LockRow.Status.GRANTED, e.lock());
        if (!seen.add(row)) continue;
        String w = "";
        if (why) {
          w = e.why() == null ? "(no reason recorded)" : e.why().toString();
          if (e.waits() && t.waitTrx() != null) w += "; waits for " + t.waitTrx().name() + blockerText(catalog, t);
        }
        out.add(new Explained(row, w));
      }
    }
    return out;
  }

  private static String blockerText(Catalog catalog, Trx t) {
    LockStruct w = t.waitingRecordLock();
    if (w == null) return "";
    Rec r = w.firstRec();
    for (LockStruct s : dev.innosim.lock.LockSys.locksOn(r)) {
      if (s.trx() == t.waitTrx() && s != w) return ", which " + (s.isWaiting() ? "waits for " : "holds ") + recordText(catalog, s, r);
    }
    return "";
  }
}
