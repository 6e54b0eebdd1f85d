package dev.innosim.report;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Snapshot;
import dev.innosim.lock.LockType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code SHOW ENGINE INNODB STATUS} texts: transaction headers, lock lines with their physical
 * record dumps ({@code lock_rec_print}), and MariaDB's deadlock section; stateless.
 *
 * <p>Example lock line: T2 waits for an insert intention before (20) on idx_order_id →
 * {@code RECORD LOCKS space id 1 page no 4 n bits 320 index idx_order_id of table `test`.`tb`
 * trx id 1006 lock_mode X locks gap before rec insert intention waiting}.
 */
final class InnodbStatus {
  private InnodbStatus() {}

  /** The timestamp and thread id line; fixed, so that reports are deterministic. */
  static final String TIMESTAMP_LINE = "2000-01-01 00:00:00 0x7f0000000000";
  /** {@code heap size} of a transaction's lock heap as MariaDB 10.11 prints it for small transactions. */
  static final int HEAP_SIZE = 1128;
  /** {@code n bits} of a record lock struct on a small page, as MariaDB 10.11 prints it. */
  static final int N_BITS = 320;
  /** Longest field prefix {@code rec_print} shows. */
  static final int MAX_PRINTED_BYTES = 30;

  static String mariaDb(Engine.DeadlockReport d, ReportNames names) {
    Snapshot s = d.atDetection();
    Spaces spaces = new Spaces(s);
    List<String> order = printOrder(d.cycle(), d.requester());
    StringBuilder b = new StringBuilder();
    b.append("------------------------\nLATEST DETECTED DEADLOCK\n------------------------\n");
    b.append(TIMESTAMP_LINE).append('\n');
    for (int i = 0; i < order.size(); i++) {
      String session = order.get(i);
      Snapshot.TrxInfo t = Snapshots.trx(s, session);
      Snapshot.WaitEdge w = Snapshots.edge(s, session);
      if (i > 0) b.append('\n');
      b.append("*** (").append(i + 1).append(") TRANSACTION:\n");
      transaction(b, t, names, Layout.MARIADB, false);
      b.append("*** WAITING FOR THIS LOCK TO BE GRANTED:\n");
      Snapshot.LockInfo req = w.requested();
      struct(b, s, req, names, spaces);
      b.append("*** CONFLICTING WITH:\n");
      for (Snapshot.LockInfo c : Snapshots.grantedOnSameObject(s, req)) struct(b, s, c, names, spaces);
    }
    b.append("*** WE ROLL BACK TRANSACTION (").append(order.indexOf(d.victim()) + 1).append(")\n");
    return b.toString();
  }

  /** The timestamp line of MySQL 8.0, which prints the thread id in decimal. */
  static final String TIMESTAMP_LINE_80 = "2000-01-01 00:00:00 139637976663808";

  /**
   * MySQL 8.0's {@code Deadlock_notifier::notify}: every member in wait-for order ((i) waits for
   * (i+1)), rotated so that the most recent waiter is (2); each with {@code HOLDS THE LOCK(S)} (its
   * lock that the previous member waits for) and {@code WAITING FOR THIS LOCK TO BE GRANTED}.
   */
  static String mysql80(Engine.DeadlockReport d, ReportNames names) {
    Snapshot s = d.atDetection();
    Spaces spaces = new Spaces(s);
    List<String> c = d.cycle();
    int n = c.size();
    int m = Math.max(0, c.indexOf(d.requester()));
    List<String> order = new ArrayList<>();
    for (int i = 0; i < n; i++) order.add(c.get((m - 1 + i + n) % n));
    StringBuilder b = new StringBuilder();
    b.append("------------------------\nLATEST DETECTED DEADLOCK\n------------------------\n");
    b.append(TIMESTAMP_LINE_80).append('\n');
    for (int i = 0; i < n; i++) {
      String session = order.get(i);
      String prev = order.get((i - 1 + n) % n);
      if (i > 0) b.append('\n');
      b.append("*** (").append(i + 1).append(") TRANSACTION:\n");
      transaction(b, Snapshots.trx(s, session), names, Layout.MYSQL_80, false);
      b.append("\n*** (").append(i + 1).append(") HOLDS THE LOCK(S):\n");
      for (Snapshot.LockInfo h : holdsBlocking(s, session, Snapshots.edge(s, prev).requested())) struct(b, s, h, names, spaces, Layout.MYSQL_80);
      b.append("\n*** (").append(i + 1).append(") WAITING FOR THIS LOCK TO BE GRANTED:\n");
      struct(b, s, Snapshots.edge(s, session).requested(), names, spaces, Layout.MYSQL_80);
    }
    b.append("*** WE ROLL BACK TRANSACTION (").append(order.indexOf(d.victim()) + 1).append(")\n");
    return b.toString();
  }

  /**
   * MySQL 5.7's {@code DeadlockChecker::notify}: two transactions only: (1) the one found waiting
   * for the requester, with the lock it waits for; (2) the requester, with the lock of it that (1)
   * waits for and the lock it waits for itself.
   */
  static String mysql57(Engine.DeadlockReport d, ReportNames names) {
    Snapshot s = d.atDetection();
    Spaces spaces = new Spaces(s);
    String two = d.requester();
    List<String> c = d.cycle();
    String one = c.size() > 1 ? c.get(c.size() - 1) : two;
    if (one.equals(two)) one = c.get(0);
    StringBuilder b = new StringBuilder();
    b.append("------------------------\nLATEST DETECTED DEADLOCK\n------------------------\n");
    b.append(TIMESTAMP_LINE).append('\n');
    b.append("*** (1) TRANSACTION:\n");
    transaction(b, Snapshots.trx(s, one), names, Layout.MYSQL_57, false);
    b.append("*** (1) WAITING FOR THIS LOCK TO BE GRANTED:\n");
    Snapshot.LockInfo oneWaits = Snapshots.edge(s, one).requested();
    struct(b, s, oneWaits, names, spaces, Layout.MYSQL_80);
    b.append("*** (2) TRANSACTION:\n");
    transaction(b, Snapshots.trx(s, two), names, Layout.MYSQL_57, true);
    b.append("*** (2) HOLDS THE LOCK(S):\n");
    for (Snapshot.LockInfo h : holdsBlocking(s, two, oneWaits)) struct(b, s, h, names, spaces, Layout.MYSQL_80);
    b.append("*** (2) WAITING FOR THIS LOCK TO BE GRANTED:\n");
    struct(b, s, Snapshots.edge(s, two).requested(), names, spaces, Layout.MYSQL_80);
    b.append("*** WE ROLL BACK TRANSACTION (").append(d.victim().equals(two) ? 2 : 1).append(")\n");
    return b.toString();
  }

  /**
   * The granted locks of {@code session} on the record (or table) that {@code waited} asks for, or,
   * when it has none there, its own waiting lock that {@code waited} queues behind.
   */
  static List<Snapshot.LockInfo> holdsBlocking(Snapshot s, String session, Snapshot.LockInfo waited) {
    List<Snapshot.LockInfo> out = new ArrayList<>();
    for (Snapshot.LockInfo c : Snapshots.grantedOnSameObject(s, waited)) {
      if (c.session().equals(session)) out.add(c);
    }
    if (out.isEmpty()) {
      // MySQL 8.0.18+: a request waits for a conflicting lock ahead of it even while that lock still
      // waits itself, so what the member "holds" is its waiting lock on the record
      for (Snapshot.LockInfo c : s.locks()) {
        if (c.session().equals(session) && c.waiting() && Snapshots.sameObject(c, waited) && c != waited) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  /**
   * MariaDB's print order: Brent's cycle search from the requester ({@code Deadlock::find_cycle})
   * meets at some member; printing starts at the member that one waits for. For a cycle of two
   * the requester is (1); for T3 → T1 → T2 → T3 closed by T3 it is T1, T2, T3.
   */
  static List<String> printOrder(List<String> cycle, String requester) {
    int n = cycle.size();
    int start = Math.max(0, cycle.indexOf(requester));
    int tortoise = start;
    int hare = start;
    int meet = start;
    for (int power = 1, l = 1; ; l++) {
      hare = (hare + 1) % n;
      if (tortoise == hare) {
        meet = hare;
        break;
      }
      if (l == power) {
        power <<= 1;
        l = 0;
        tortoise = hare;
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= n; i++) out.add(cycle.get((meet + i) % n));
    return out;
  }

  /** The server whose report layout is written: it names the thread line and the stage words. */
  enum Layout {
    MARIADB("MariaDB", "Update", "Updating", "Executing", "Sending data", "Statistics"),
    MYSQL_57("MySQL", "update", "updating", "Sending data", "Sending data", "statistics"),
    MYSQL_80("MySQL", "update", "updating", "executing", "executing", "statistics");

    final String server;
    /** The stage of an INSERT or REPLACE of literal rows ({@code stage_update}). */
    final String insertValues;
    /** The stage of an UPDATE or DELETE ({@code stage_updating}). */
    final String updating;
    /** The stage of an INSERT ... SELECT. */
    final String insertSelect;
    /** The stage of a locking SELECT ({@code stage_sending_data} before MySQL 8.0.17, {@code stage_executing} after). */
    final String select;
    /** The stage of a locking SELECT of a const table, read while the optimizer plans ({@code stage_statistics}). */
    final String constSelect;

    Layout(String server, String insertValues, String updating, String insertSelect, String select, String constSelect) {
      this.server = server;
      this.insertValues = insertValues;
      this.updating = updating;
      this.insertSelect = insertSelect;
      this.select = select;
      this.constSelect = constSelect;
    }
  }

  /** {@code trx_print_low}: the four header lines and the statement. */
  static void transaction(StringBuilder b, Snapshot.TrxInfo t, ReportNames names) {
    transaction(b, t, names, Layout.MARIADB, false);
  }

  /**
   * @param requesterBeforeSleep 5.7 checks for deadlocks before the requester is marked as waiting,
   *                             so its header has no {@code LOCK WAIT}
   */
  static void transaction(StringBuilder b, Snapshot.TrxInfo t, ReportNames names, Layout layout, boolean requesterBeforeSleep) {
    b.append("TRANSACTION ").append(t.trxId()).append(", ACTIVE 0 sec");
    if (!t.operation().isEmpty()) b.append(' ').append(t.operation());
    b.append('\n');
    if (t.tablesInUse() > 0) {
      b.append("mysql tables in use ").append(t.tablesInUse()).append(", locked ").append(t.tablesLocked()).append('\n');
    }
    if (t.waiting() && !requesterBeforeSleep) b.append("LOCK WAIT ");
    b.append(t.lockStructs()).append(" lock struct(s), heap size ").append(HEAP_SIZE).append(", ")
        .append(t.rowLocks()).append(" row lock(s)");
    if (t.undoEntries() > 0) b.append(", undo log entries ").append(t.undoEntries());
    b.append('\n');
    String stmt = t.statement().orElse("");
    b.append(layout.server).append(" thread id ").append(t.sessionNo()).append(", OS thread handle 0, query id 0 ")
        .append(names.host()).append(' ').append(names.user()).append(' ').append(threadState(stmt, t.constTable(), layout)).append('\n');
    if (!stmt.isEmpty()) b.append(stmt).append('\n');
  }

  /** The server's thread state while the statement waits ({@code Update}, {@code updating}, ...). */
  static String threadState(String stmt, boolean constTable, Layout layout) {
    String u = stmt.stripLeading().toUpperCase(Locale.ROOT);
    if (u.startsWith("INSERT") || u.startsWith("REPLACE")) {
      return u.contains(" VALUES") || u.contains(" VALUE ") || u.contains(" SET ") ? layout.insertValues : layout.insertSelect;
    }
    if (u.startsWith("UPDATE") || u.startsWith("DELETE")) return layout.updating;
    if (u.startsWith("SELECT")) return constTable ? layout.constSelect : layout.select;
    return "";
  }

  /** One lock struct: its line, and for record locks every record whose bit is set, by heap number. */
  static void struct(StringBuilder b, Snapshot s, Snapshot.LockInfo l, ReportNames names, Spaces spaces) {
    struct(b, s, l, names, spaces, N_BITS);
  }

  static void struct(StringBuilder b, Snapshot s, Snapshot.LockInfo l, ReportNames names, Spaces spaces, Layout layout) {
    struct(b, s, l, names, spaces, layout == Layout.MARIADB ? N_BITS : mysqlBits(s, l));
  }

  /**
   * MySQL's {@code lock_rec_create}: the bitmap has room for the page's heap plus
   * {@code LOCK_PAGE_BITMAP_MARGIN} (64) records, in whole bytes plus one, and the report prints
   * its size in bits.
   */
  static int mysqlBits(Snapshot s, Snapshot.LockInfo l) {
    int nHeap = 2;
    for (Snapshot.IndexInfo i : s.indexes()) {
      if (i.table().equals(l.table()) && l.index().isPresent() && i.index().equals(l.index().get())) nHeap = i.nHeap();
    }
    return 8 * (1 + (nHeap + 64) / 8);
  }

  static void struct(StringBuilder b, Snapshot s, Snapshot.LockInfo l, ReportNames names, Spaces spaces, int nBits) {
    b.append(lockLine(l, names, spaces, nBits)).append('\n');
    if (l.kind() == Snapshot.Kind.TABLE) return;
    for (Snapshot.LockInfo r : Snapshots.structRecords(s, l)) record(b, r.record().orElseThrow());
  }

  static String lockLine(Snapshot.LockInfo l, ReportNames names, Spaces spaces) {
    return lockLine(l, names, spaces, N_BITS);
  }

  static String lockLine(Snapshot.LockInfo l, ReportNames names, Spaces spaces, int nBits) {
    String table = "`" + names.database() + "`.`" + l.table() + "`";
    if (l.kind() == Snapshot.Kind.TABLE) {
      return "TABLE LOCK table " + table + " trx id " + l.trxId() + " lock mode " + l.mode() + (l.waiting() ? " waiting" : "");
    }
    return "RECORD LOCKS space id " + spaces.space(l.table()) + " page no " + spaces.page(l.table(), l.index().orElseThrow())
 + " n bits " + nBits + " index " + l.index().orElseThrow() + " of table " + table + " trx id " + l.trxId()
        + " " + modePhrase(l.typeMode(), l.waiting());
  }

  /** {@code lock_mode X locks gap before rec insert intention waiting} and its relatives. */
  static String modePhrase(int typeMode, boolean waiting) {
    StringBuilder b = new StringBuilder(LockType.mode(typeMode) == LockType.LOCK_X ? "lock_mode X" : "lock mode S");
    if (LockType.isGap(typeMode)) b.append(" locks gap before rec");
    if (LockType.isRecNotGap(typeMode)) b.append(" locks rec but not gap");
    if (LockType.isInsertIntention(typeMode)) b.append(" insert intention");
    if (waiting) b.append(" waiting");
    return b.toString();
  }

  /** {@code Record lock, heap no 3 PHYSICAL RECORD: n_fields 2; compact format; info bits 0} and the fields. */
  static void record(StringBuilder b, Snapshot.RecordInfo r) {
    b.append("Record lock, heap no ").append(r.heapNo()).append(" PHYSICAL RECORD: n_fields ").append(r.physical().size())
        .append("; compact format; info bits ").append(r.deleteMarked() ? 32 : 0).append('\n');
    for (int i = 0; i < r.physical().size(); i++) b.append(field(i, r.physical().get(i))).append('\n');
    b.append('\n');
  }

  /** {@code  0: len 4; hex 80000014; asc     ;;}, {@code  3: SQL NULL;}, or truncated after 30 bytes. */
  static String field(int i, byte[] v) {
    if (v == null) return " " + i + ": SQL NULL;";
    int n = Math.min(v.length, MAX_PRINTED_BYTES);
    StringBuilder hex = new StringBuilder();
    StringBuilder asc = new StringBuilder();
    for (int k = 0; k < n; k++) {
      int c = v[k] & 0xff;
      hex.append(String.format(Locale.ROOT, "%02x", c));
      asc.append(c >= 0x20 && c < 0x7f ? (char) c : ' ');
    }
    String s = " " + i + ": len " + n + "; hex " + hex + "; asc " + asc + ";";
    return v.length > MAX_PRINTED_BYTES ? s + " (total " + v.length + " bytes);" : s + ";";
  }

  /** Made-up but stable tablespace ids and page numbers: tables numbered in snapshot order, PRIMARY on page 3. */
  static final class Spaces {
    private final Map<String, Integer> tables = new LinkedHashMap<>();
    private final Map<String, Integer> pages = new LinkedHashMap<>();

    Spaces(Snapshot s) {
      for (Snapshot.IndexInfo i : s.indexes()) {
        tables.putIfAbsent(i.table(), tables.size() + 1);
        if (!i.clustered()) pages.putIfAbsent(i.table() + "." + i.index(), 4 + (int) pages.keySet().stream().filter(k -> k.startsWith(i.table() + ".")).count());
      }
      for (Snapshot.LockInfo l : s.locks()) tables.putIfAbsent(l.table(), tables.size() + 1);
    }

    int space(String table) {
      return tables.getOrDefault(table, 0);
    }

    int page(String table, String index) {
      return pages.getOrDefault(table + "." + index, 3);
    }
  }
}
