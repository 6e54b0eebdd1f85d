package dev.innosim.engine;

import static dev.innosim.lock.LockType.*;

import dev.innosim.index.IndexTree;
import dev.innosim.index.Rec;
import dev.innosim.lock.LockStruct;
import dev.innosim.lock.TableLock;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Lock lines in the scenario format ({@code RECORD t.PRIMARY X,REC_NOT_GAP (20)}), sorted as the
 * oracle sorts them: by session, holds before waits, table locks first, then table, index rank,
 * key, mode; stateless.
 */
final class LockLines {
  private LockLines() {}

  /** One lock line with its sort key and explanation. */
  private record Entry(String session, boolean waits, String text, List<Object> sort, Object why) {}

  static int compareSessions(String a, String b) {
    return Integer.compare(sessionNo(a), sessionNo(b));
  }

  private static int sessionNo(String s) {
    try {
      return Integer.parseInt(s.substring(1));
    } catch (RuntimeException e) {
      return Integer.MAX_VALUE;
    }
  }

  static String recordText(Engine eng, LockStruct s, Rec r) {
    return "RECORD " + r.index().table() + "." + r.index().name() + " " + recordModeText(s.typeMode()) + " "
        + keyText(eng, r) + (r.isDeleteMarked() ? " delete-marked" : "");
  }

  static String keyText(Engine eng, Rec r) {
    if (r.isSupremum()) return "supremum";
    TableRt t = eng.tableRt(r.index().table());
    StringBuilder b = new StringBuilder("(");
    List<IndexTree.Field> fs = r.index().fields();
    for (int i = 0; i < fs.size(); i++) {
      if (i > 0) b.append(", ");
      b.append(fieldText(t, fs.get(i), r.field(i)));
    }
    return b.append(')').toString();
  }

  private static String fieldText(TableRt t, IndexTree.Field f, Value v) {
    if (f.columnIndex() >= t.def.columns().size()) return "#" + v;
    ColumnType type = t.def.columns().get(f.columnIndex()).type();
    return Values.lockText(v, type);
  }

  private static List<Object> keySort(TableRt t, Rec r) {
    List<Object> k = new ArrayList<>();
    if (r.isSupremum()) {
      k.add(List.of(9, java.math.BigDecimal.ZERO, ""));
      return k;
    }
    List<IndexTree.Field> fs = r.index().fields();
    for (int i = 0; i < fs.size(); i++) {
      Value v = r.field(i);
      IndexTree.Field f = fs.get(i);
      if (v.isNull()) k.add(List.of(0, java.math.BigDecimal.ZERO, ""));
      else if (v instanceof Value.Int n) k.add(List.of(1, new java.math.BigDecimal(n.value()), ""));
      else if (v instanceof Value.Str s && f.columnIndex() < t.def.columns().size()) {
        String txt = Values.lockText(v, t.def.columns().get(f.columnIndex()).type());
        k.add(List.of(2, java.math.BigDecimal.ZERO, unquote(txt).toLowerCase(java.util.Locale.ROOT)));
      } else if (v instanceof Value.DateTime) {
        String txt = Values.lockText(v, t.def.columns().get(f.columnIndex()).type());
        k.add(List.of(2, java.math.BigDecimal.ZERO, unquote(txt).toLowerCase(java.util.Locale.ROOT)));
      } else {
        String txt = f.columnIndex() < t.def.columns().size() ? Values.lockText(v, t.def.columns().get(f.columnIndex()).type()) : v.toString();
        k.add(List.of(3, java.math.BigDecimal.ZERO, txt.startsWith("0x") ? txt.substring(2) : txt));
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

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static final Comparator<Object> SORT = (a, b) -> compareAny(a, b);

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static int compareAny(Object a, Object b) {
    if (a instanceof List la && b instanceof List lb) {
      int n = Math.min(la.size(), lb.size());
      for (int i = 0; i < n; i++) {
        int c = compareAny(la.get(i), lb.get(i));
        if (c != 0) return c;
      }
      return Integer.compare(la.size(), lb.size());
    }
    return ((Comparable) a).compareTo(b);
  }

  private static int indexRank(TableRt t, IndexTree idx) {
    return t.all.indexOf(idx);
  }

  static List<String> checkpoint(Engine eng, List<String> sessionNames) {
    return checkpoint(eng, sessionNames, false);
  }

  /** As above; with {@code why}, each lock line is followed by {@code "  why: ..."}. */
  static List<String> checkpoint(Engine eng, List<String> sessionNames, boolean why) {
    Map<String, Trx> active = eng.activeTransactions();
    List<String> out = new ArrayList<>();
    for (String sn : sessionNames) {
      Trx t = active.get(sn);
      List<Entry> es = new ArrayList<>();
      if (t != null) {
        for (Object o : t.lockList()) {
          if (o instanceof TableLock tl) {
            es.add(new Entry(sn, tl.isWaiting(), "TABLE " + tl.table() + " " + tableModeText(tl.mode()),
                List.of(0, tl.table(), 0, "", List.of(), tableModeText(tl.mode())), tl.why()));
          } else {
            LockStruct s = (LockStruct) o;
            TableRt table = eng.tableRt(s.index().table());
            for (Rec r : s.recs()) {
              es.add(new Entry(sn, s.isWaiting(), recordText(eng, s, r),
                  List.of(1, table.name(), indexRank(table, s.index()), s.index().name(), keySort(table, r),
                      recordModeText(s.typeMode())), s.why(r)));
            }
          }
        }
      }
      es.sort((a, b) -> {
        int c = Boolean.compare(a.waits(), b.waits());
        return c != 0 ? c : SORT.compare(a.sort(), b.sort());
      });
      LinkedHashSet<String> lines = new LinkedHashSet<>();
      for (Entry e : es) {
        String line = sn + " " + (e.waits() ? "waits" : "holds") + "  " + e.text();
        if (!lines.add(line) || !why) continue;
        String w = e.why() == null ? "(no reason recorded)" : e.why().toString();
        if (e.waits() && t != null && t.waitTrx() != null) w += "; waits for " + t.waitTrx().name() + blockerText(eng, t);
        lines.add(line + "\u0000  why: " + w);
      }
      if (lines.isEmpty()) lines.add(sn + " holds  nothing");
      for (String l : lines) {
        int z = l.indexOf('\u0000');
        out.add(z < 0 ? l : l.substring(z + 1));
      }
    }
    return out;
  }

  private static String blockerText(Engine eng, Trx t) {
    LockStruct w = t.waitingRecordLock();
    if (w == null) return "";
    Rec r = w.recs().get(0);
    for (LockStruct s : dev.innosim.lock.LockSys.locksOn(r)) {
      if (s.trx() == t.waitTrx() && s != w) return ", which " + (s.isWaiting() ? "waits for " : "holds ") + recordText(eng, s, r);
    }
    return "";
  }

  /** Sorts "Tn holds  RECORD ..." lines by session and drops duplicates. */
  static List<String> sortAndDedupe(List<String> lines) {
    List<String> out = new ArrayList<>(new LinkedHashSet<>(lines));
    out.sort((a, b) -> compareSessions(a.substring(0, a.indexOf(' ')), b.substring(0, b.indexOf(' '))));
    return out;
  }
}
