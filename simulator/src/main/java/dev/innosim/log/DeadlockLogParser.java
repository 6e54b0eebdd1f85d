package dev.innosim.log;

import dev.innosim.log.LogLines.Line;
import dev.innosim.schema.IsolationLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads every deadlock of a pasted log (a whole {@code SHOW ENGINE INNODB STATUS}, the
 * {@code LATEST DETECTED DEADLOCK} section alone, or an error log written with
 * {@code innodb_print_all_deadlocks}) into {@link DeadlockLog}s: the inverse of
 * {@code report.InnodbStatus}; single-threaded, one instance per input.
 */
public final class DeadlockLogParser {
  static final Pattern TRX_HEADER = Pattern.compile("\\*\\*\\* (?:\\((\\d+)\\) )?TRANSACTION:\\s*");
  static final Pattern SECTION = Pattern.compile("\\*\\*\\* (?:\\((\\d+)\\) )?(HOLDS THE LOCK\\(S\\)|WAITING FOR THIS LOCK TO BE GRANTED|CONFLICTING WITH):\\s*");
  static final Pattern VICTIM = Pattern.compile("\\*\\*\\* WE ROLL BACK TRANSACTION \\((\\d+)\\)\\s*");
  static final Pattern TIMESTAMP = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d|\\d{6} [ \\d]\\d:\\d\\d:\\d\\d)(?: (0x[0-9a-f]+|[0-9a-f]+))?\\s*");
  static final Pattern TRX_LINE = Pattern.compile("TRANSACTION ([0-9A-Fa-f]+), ACTIVE (\\d+) sec(?:[ ,]\\s*(.*))?");
  static final Pattern TABLES = Pattern.compile("(?i:mysql) tables in use (\\d+), locked (\\d+)\\s*");
  static final Pattern COUNTS = Pattern.compile(
      "(LOCK WAIT )?(\\d+) lock struct\\(s\\), heap size (\\d+)(?:, (\\d+) row lock\\(s\\))?(?:, undo log entries (\\d+))?\\s*");
  static final Pattern THREAD = Pattern.compile("(?:MySQL|MariaDB) thread id (\\d+), OS thread handle (?:0x)?[0-9a-f]+, query id \\d+\\s*(.*)");
  static final Pattern ISOLATION = Pattern.compile("(?i).*isolation(?: level)?[ :=]+(READ[ -]UNCOMMITTED|READ[ -]COMMITTED|REPEATABLE[ -]READ|SERIALIZABLE)\\b.*");
  static final String NAME = "(?:`((?:[^`]|``)+)`|\"((?:[^\"]|\"\")+)\"|([\\w$#@]+))";
  static final Pattern RECORD_LOCKS = Pattern.compile("RECORD LOCKS space id (\\d+) page no (\\d+) n bits (\\d+) index " + NAME
      + " of table " + NAME + "\\." + NAME + "(?: /\\*.*?\\*/)? trx id ([0-9A-Fa-f]+) (lock[ _]mode [SX].*?)\\s*");
  static final Pattern TABLE_LOCK = Pattern.compile("TABLE LOCK table " + NAME + "\\." + NAME + "(?: /\\*.*?\\*/)? trx id ([0-9A-Fa-f]+) lock mode (\\S+)( waiting)?\\s*");
  static final Pattern RECORD = Pattern.compile(
      "Record lock, heap no (\\d+)(?: PHYSICAL RECORD: n_fields (\\d+); (compact format|1-byte offsets|2-byte offsets); info bits (\\d+))?\\s*");
  static final Pattern FIELD = Pattern.compile("\\s*(\\d+): len (\\d+); hex ([0-9a-f]*); asc (.*?);(?: \\(total (\\d+) bytes\\);|;)\\s*");
  static final Pattern NULL_FIELD = Pattern.compile("\\s*(\\d+): SQL NULL(?:, size \\d+ ?)?;\\s*");
  static final Pattern TOO_DEEP = Pattern.compile("(?:\\*\\*\\* )?TOO DEEP OR LONG SEARCH IN THE LOCK TABLE WAITS-FOR GRAPH.*");
  /** {@code 130624 17:39:24TOO DEEP OR LONG SEARCH ...}: MySQL 5.5 writes the message on its timestamp's line. */
  static final Pattern GLUED_TOO_DEEP = Pattern.compile("(\\d{6} [ \\d]\\d:\\d\\d:\\d\\d|\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?: (?:0x)?[0-9a-f]+)?)\\s*(TOO DEEP OR LONG SEARCH IN THE LOCK TABLE WAITS-FOR GRAPH.*)");
  static final Pattern START = Pattern.compile("(?:LATEST DETECTED DEADLOCK|Transactions deadlock detected, dumping detailed information\\.?.*)\\s*");
  static final Pattern OTHER_SECTION = Pattern.compile("(?:TRANSACTIONS|FILE I/O|LATEST FOREIGN KEY ERROR|SEMAPHORES|BUFFER POOL AND MEMORY|ROW OPERATIONS|LOG"
      + "|INSERT BUFFER AND ADAPTIVE HASH INDEX|END OF INNODB MONITOR OUTPUT|==== .*|\\*\\*\\* TRANSACTION ENDS)\\s*");
  static final Pattern DASHES = Pattern.compile("-{3,}\\s*|=+\\s*");

  private final String file;
  private final List<DeadlockLog> out = new ArrayList<>();

  // the deadlock being read
  private boolean open;
  private int startLine;
  private Optional<String> timestamp;
  private String threadHandle;
  private boolean tooDeep;
  private boolean mariaDbWords;
  private boolean unnumberedWait;
  /** MySQL 8's error log at log_error_verbosity 2: the bodies without their {@code [Note]} title lines. */
  private boolean untitled;
  private final List<TrxBuilder> trxs = new ArrayList<>();
  private OptionalInt victim;
  // the transaction and lock section being read
  private TrxBuilder trx;
  private String section;
  private LockBuilder lock;
  private RecordBuilder record;

  private DeadlockLogParser(String file) {
    this.file = file;
  }

  /**
   * Every deadlock in the text, first to last.
   *
   * @throws LogFormatException when the text holds no deadlock report, or a report line is malformed
   */
  public static List<DeadlockLog> parse(String file, String text) {
    DeadlockLogParser p = new DeadlockLogParser(file);
    List<Line> lines = LogLines.of(text);
    for (Line l : lines) p.line(l);
    p.close();
    if (p.out.isEmpty()) {
      String first = lines.stream().map(Line::text).filter(s -> !s.isBlank()).findFirst().orElse("(empty)");
      int at = lines.stream().filter(l -> !l.text().isBlank()).mapToInt(Line::number).findFirst().orElse(1);
      throw new LogFormatException(file, at, "no deadlock report (expected LATEST DETECTED DEADLOCK or *** (1) TRANSACTION:)", first);
    }
    return List.copyOf(p.out);
  }

  /** The {@code nth} deadlock (1-based), or the last when {@code nth} is empty. */
  public static DeadlockLog pick(String file, List<DeadlockLog> all, OptionalInt nth) {
    if (nth.isEmpty()) return all.get(all.size() - 1);
    int n = nth.getAsInt();
    if (n < 1 || n > all.size()) {
      throw new LogFormatException(file, 0, "--nth " + n + " is out of range: the file holds " + all.size() + " deadlock(s)", "");
    }
    return all.get(n - 1);
  }

  private void line(Line l) {
    String s = l.text().stripTrailing();
    String t = s.strip().replaceAll("(?<=\\S) {2,}(?=\\S)", " ");
    if (START.matcher(t).matches()) {
      close();
      begin(l.number());
      return;
    }
    Matcher glued = GLUED_TOO_DEEP.matcher(t);
    if (TOO_DEEP.matcher(t).matches() || glued.matches()) {
      if (!open || !trxs.isEmpty()) {
        close();
        begin(l.number());
      }
      tooDeep = true;
      if (glued.matches() && timestamp.isEmpty()) timestamp = Optional.of(glued.group(1));  // 5.5 prints the message right after its timestamp
      return;
    }
    Matcher m = TRX_HEADER.matcher(t);
    if (m.matches()) {
      int n = m.group(1) == null ? trxs.size() + 1 : Integer.parseInt(m.group(1));
      if (!open || victim.isPresent() || (n == 1 && !trxs.isEmpty())) {
        close();
        begin(l.number());
      }
      endLock();
      trx = new TrxBuilder(n, l.number());
      trxs.add(trx);
      section = "header";
      return;
    }
    if (TRX_LINE.matcher(t).matches() && (!open || untitled && !"header".equals(section))) {
      untitledMember(l);
      header(l, s);
      return;
    }
    if (!open) return;
    if (OTHER_SECTION.matcher(t).matches()) {
      close();
      return;
    }
    m = VICTIM.matcher(t);
    if (m.matches()) {
      endLock();
      victim = OptionalInt.of(Integer.parseInt(m.group(1)));
      trx = null;
      section = null;
      close();
      return;
    }
    m = SECTION.matcher(t);
    if (m.matches()) {
      endLock();
      if (m.group(1) != null) {
        int n = Integer.parseInt(m.group(1));
        trx = trxs.stream().filter(x -> x.number == n).findFirst().orElse(null);
        if (trx == null) throw new LogFormatException(file, l.number(), "lock section of a transaction the report did not introduce", t);
      } else if (m.group(2).startsWith("WAITING")) {
        unnumberedWait = true;
      }
      if (trx == null) throw new LogFormatException(file, l.number(), "lock section before any *** TRANSACTION:", t);
      if (m.group(2).startsWith("CONFLICTING")) mariaDbWords = true;
      section = m.group(2).startsWith("HOLDS") ? "holds" : m.group(2).startsWith("WAITING") ? "waits" : "conflicting";
      return;
    }
    if (trx == null) {
      m = TIMESTAMP.matcher(t);
      if (m.matches() && timestamp.isEmpty()) {
        timestamp = Optional.of(t);
        threadHandle = m.group(2) == null ? "" : m.group(2);
      }
      return;  // separators, the timestamp
    }
    if ("header".equals(section) && !(untitled && (t.startsWith("RECORD LOCKS ") || t.startsWith("TABLE LOCK ")))) {
      header(l, s);
      return;
    }
    if (untitled && (t.startsWith("RECORD LOCKS ") || t.startsWith("TABLE LOCK "))) {
      endLock();
      section = t.matches(".* waiting\\s*") ? "waits" : "holds";
    }
    lockLine(l, t);
  }

  private void begin(int line) {
    open = true;
    startLine = line;
    timestamp = Optional.empty();
    threadHandle = "";
    tooDeep = false;
    mariaDbWords = false;
    unnumberedWait = false;
    untitled = false;
    trxs.clear();
    victim = OptionalInt.empty();
    trx = null;
    section = null;
    lock = null;
    record = null;
  }

  /**
   * A member of an untitled report: members follow each other until the last one's wait is on a
   * record the first one holds, which closes the cycle and the deadlock.
   */
  private void untitledMember(Line l) {
    endLock();
    if (open && untitled && closesCycle()) close();
    if (!open) {
      begin(l.number());
      untitled = true;
    }
    trx = new TrxBuilder(trxs.size() + 1, l.number());
    trxs.add(trx);
    section = "header";
  }

  private boolean closesCycle() {
    if (trxs.size() < 2) return false;
    LoggedLock w = trxs.get(trxs.size() - 1).waits;
    if (w == null) return false;
    for (LoggedLock h : trxs.get(0).holds) if (sameObject(w, h)) return true;
    return false;
  }

  private static boolean sameObject(LoggedLock a, LoggedLock b) {
    if (a instanceof LoggedLock.TableLock && b instanceof LoggedLock.TableLock) return a.table().equals(b.table()) && a.database().equals(b.database());
    if (!(a instanceof LoggedLock.RecordLock x) || !(b instanceof LoggedLock.RecordLock y)) return false;
    if (x.space() != y.space() || x.page() != y.page()) return false;
    return x.records().stream().anyMatch(r -> y.records().stream().anyMatch(q -> q.heapNo() == r.heapNo()));
  }

  private void header(Line l, String s) {
    String t = s.strip();
    Matcher m = TRX_LINE.matcher(t);
    if (m.matches() && trx.trxId < 0) {
      trx.trxId = trxId(m.group(1));
      trx.active = Integer.parseInt(m.group(2));
      trx.state = m.group(3) == null ? "" : m.group(3).strip();
      return;
    }
    m = TABLES.matcher(t);
    if (m.matches()) {
      trx.inUse = Integer.parseInt(m.group(1));
      trx.locked = Integer.parseInt(m.group(2));
      return;
    }
    m = COUNTS.matcher(t);
    if (m.matches()) {
      trx.lockWait = m.group(1) != null;
      trx.structs = Integer.parseInt(m.group(2));
      trx.heap = Integer.parseInt(m.group(3));
      trx.rows = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      trx.undo = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
      return;
    }
    m = THREAD.matcher(t);
    if (m.matches() && trx.thread < 0) {
      if (t.startsWith("MariaDB")) mariaDbWords = true;
      trx.thread = Long.parseLong(m.group(1));
      trx.threadInfo = m.group(2).strip();
      return;
    }
    m = ISOLATION.matcher(t);
    if (m.matches() && trx.statement.isEmpty()) {
      trx.isolation = IsolationLevel.parse(m.group(1).replace('-', ' ').toUpperCase(Locale.ROOT));
      return;
    }
    if (trx.statement.isEmpty() && t.isEmpty()) return;
    if (trx.trxId < 0) throw new LogFormatException(file, l.number(), "expected TRANSACTION <id>, ACTIVE <n> sec", t);
    if (t.startsWith("Trx read view will not see") || t.startsWith("Trx #rec lock waits")) return;
    trx.statement.add(s);
  }

  private void lockLine(Line l, String line) {
    if (line.isEmpty() || DASHES.matcher(line).matches()) return;
    String t = line.replaceAll("\\s+", " ");  // copies often widen spaces; field lines keep theirs
    Matcher m = RECORD_LOCKS.matcher(t);
    if (m.matches()) {
      endLock();
      lock = new LockBuilder(l.number());
      lock.space = Long.parseLong(m.group(1));
      lock.page = Long.parseLong(m.group(2));
      lock.nBits = Integer.parseInt(m.group(3));
      lock.index = name(m, 4);
      lock.database = name(m, 7);
      lock.table = name(m, 10);
      lock.trxId = trxId(m.group(13));
      lock.mode = LockMode.parse(m.group(14));
      lock.waiting = m.group(14).endsWith(" waiting");
      return;
    }
    m = TABLE_LOCK.matcher(t);
    if (m.matches()) {
      endLock();
      add(new LoggedLock.TableLock(name(m, 1), name(m, 4), trxId(m.group(7)), m.group(8), m.group(9) != null, l.number()));
      return;
    }
    m = RECORD.matcher(t);
    if (m.matches()) {
      if (lock == null) throw new LogFormatException(file, l.number(), "record without a RECORD LOCKS line", t);
      endRecord();
      record = new RecordBuilder(l.number(), Integer.parseInt(m.group(1)));
      if (m.group(2) != null) {
        record.dumped = true;
        record.nFields = Integer.parseInt(m.group(2));
        record.compact = m.group(3).equals("compact format");
        record.infoBits = Integer.parseInt(m.group(4));
      }
      return;
    }
    m = FIELD.matcher(l.text());
    if (m.matches()) {
      if (record == null) throw new LogFormatException(file, l.number(), "field outside a record", t);
      int len = Integer.parseInt(m.group(2));
      String hex = m.group(3);
      if (hex.length() != 2 * len) throw new LogFormatException(file, l.number(), "field length " + len + " does not match its hex", t);
      int total = m.group(5) == null ? len : Integer.parseInt(m.group(5));
      record.fields.add(new RawField(Integer.parseInt(m.group(1)), Optional.of(hex), m.group(4), total));
      return;
    }
    m = NULL_FIELD.matcher(l.text());
    if (m.matches()) {
      if (record == null) throw new LogFormatException(file, l.number(), "field outside a record", t);
      record.fields.add(new RawField(Integer.parseInt(m.group(1)), Optional.empty(), "", 0));
      return;
    }
    if (t.startsWith("TRX HAS BEEN WAITING") || t.contains("LOCKS PRINTED FOR THIS TRX") || t.startsWith("Trx read view")) return;
    throw new LogFormatException(file, l.number(), "not a lock line of a deadlock report", t);
  }

  /** A trx id as printed: decimal since MySQL 5.6, hex in 5.5 and earlier (whose timestamps are {@code yymmdd hh:mm:ss}). */
  private long trxId(String token) {
    boolean hex = token.matches(".*[A-Fa-f].*") || timestamp.map(t -> t.matches("\\d{6} .*")).orElse(false);
    return Long.parseLong(token, hex ? 16 : 10);
  }

  private static String name(Matcher m, int group) {
    if (m.group(group) != null) return m.group(group).replace("``", "`");
    if (m.group(group + 1) != null) return m.group(group + 1).replace("\"\"", "\"");
    return m.group(group + 2);
  }

  private void endRecord() {
    if (record == null) return;
    if (record.dumped && record.fields.isEmpty()) record.dumped = false;  // the header survived, the fields were lost (error logs)
    if (record.dumped && record.fields.size() != record.nFields) {
      throw new LogFormatException(file, record.line, "record says n_fields " + record.nFields + " but prints " + record.fields.size(),
          "heap no " + record.heapNo);
    }
    lock.records.add(new PhysicalRecord(record.heapNo, record.dumped, record.nFields, record.compact, record.infoBits,
        record.fields, record.line));
    record = null;
  }

  private void endLock() {
    if (lock == null) return;
    endRecord();
    add(new LoggedLock.RecordLock(lock.space, lock.page, lock.nBits, lock.index, lock.database, lock.table, lock.trxId,
        lock.mode, lock.waiting, lock.records, lock.line));
    lock = null;
  }

  private void add(LoggedLock l) {
    if (trx == null || section == null || section.equals("header")) {
      throw new LogFormatException(file, l.line(), "lock outside a HOLDS / WAITING / CONFLICTING section", l.table());
    }
    switch (section) {
      case "holds": trx.holds.add(l); break;
      case "waits":
        if (trx.waits != null) throw new LogFormatException(file, l.line(), "second lock in a WAITING FOR section", l.table());
        trx.waits = l;
        break;
      default: trx.conflicting.add(l);
    }
  }

  private void close() {
    if (!open) return;
    endLock();
    open = false;
    if (trxs.isEmpty()) return;
    List<LoggedTransaction> done = new ArrayList<>();
    for (TrxBuilder b : trxs) {
      if (b.trxId < 0) throw new LogFormatException(file, b.line, "transaction without its TRANSACTION <id> line", "*** (" + b.number + ") TRANSACTION:");
      done.add(new LoggedTransaction(b.number, b.trxId, b.active, b.state, b.isolation, b.lockWait, b.inUse, b.locked, b.structs,
          b.heap, b.rows, b.undo, b.thread, b.threadInfo, String.join("\n", trimBlank(b.statement)), b.holds,
          Optional.ofNullable(b.waits), b.conflicting, b.line));
    }
    OptionalInt v = victim;
    if (tooDeep && v.isEmpty()) v = OptionalInt.of(done.get(done.size() - 1).number());
    out.add(new DeadlockLog(out.size() + 1, startLine, timestamp, kind(done), tooDeep, done, v));
  }

  /** The layout, from the text's shape: MariaDB's words, every member holding, the thread handle's notation. */
  private ServerKind kind(List<LoggedTransaction> done) {
    if (mariaDbWords) return unnumberedWait || done.stream().anyMatch(t -> !t.conflicting().isEmpty()) ? ServerKind.MARIADB_106 : ServerKind.MARIADB_105;
    boolean allHold = done.size() > 1 && done.stream().allMatch(t -> !t.holds().isEmpty());
    boolean decimalHandle = threadHandle.matches("\\d+") && threadHandle.length() > 12;
    if (allHold) return ServerKind.MYSQL_80;
    if (decimalHandle) return ServerKind.MYSQL_80_EARLY;
    if (timestamp.map(t -> t.matches("\\d{6} .*")).orElse(false)) return ServerKind.MYSQL_55;
    if (!threadHandle.isEmpty() && !threadHandle.startsWith("0x")) return ServerKind.MYSQL_56;
    return ServerKind.MYSQL_57;
  }

  private static List<String> trimBlank(List<String> lines) {
    int a = 0;
    int b = lines.size();
    while (a < b && lines.get(a).isBlank()) a++;
    while (b > a && lines.get(b - 1).isBlank()) b--;
    return lines.subList(a, b);
  }

  private static final class TrxBuilder {
    final int number;
    final int line;
    long trxId = -1;
    int active;
    String state = "";
    Optional<IsolationLevel> isolation = Optional.empty();
    boolean lockWait;
    int inUse;
    int locked;
    int structs;
    int heap;
    int rows;
    int undo;
    long thread = -1;
    String threadInfo = "";
    final List<String> statement = new ArrayList<>();
    final List<LoggedLock> holds = new ArrayList<>();
    LoggedLock waits;
    final List<LoggedLock> conflicting = new ArrayList<>();

    TrxBuilder(int number, int line) {
      this.number = number;
      this.line = line;
    }
  }

  private static final class LockBuilder {
    final int line;
    long space;
    long page;
    int nBits;
    String index;
    String database;
    String table;
    long trxId;
    LockMode mode;
    boolean waiting;
    final List<PhysicalRecord> records = new ArrayList<>();

    LockBuilder(int line) { this.line = line; }
  }

  private static final class RecordBuilder {
    final int line;
    final int heapNo;
    boolean dumped;
    int nFields;
    boolean compact = true;
    int infoBits;
    final List<RawField> fields = new ArrayList<>();

    RecordBuilder(int line, int heapNo) {
      this.line = line;
      this.heapNo = heapNo;
    }
  }
}
