package dev.innosim.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the parts of {@code SHOW ENGINE INNODB STATUS} that the lock listing needs: every
 * transaction's lock structs with their record dumps, and the LATEST DETECTED DEADLOCK section,
 * with the oracle's ({@code run_scenario.py}) regular expressions; stateless.
 */
final class StatusDump {
  private StatusDump() {}

  /** One key field of a dumped record: its length, the hex bytes shown, and whether the server cut it. */
  record Field(int len, String hex, boolean truncated) {}

  /** One record of a record lock: heap number, info bits (32 = delete mark), fields (null = SQL NULL). */
  record Dumped(int heapNo, int infoBits, List<Field> fields) {
    Dumped {
      fields = java.util.Collections.unmodifiableList(new ArrayList<>(fields));
    }

    boolean deleteMarked() { return (infoBits & 32) != 0; }
  }

  /** A lock struct: a table lock ({@code index} empty, no records) or a record lock on one page. */
  record Lock(boolean record, String db, String table, String index, long trxId, String mode, List<String> flags,
              boolean waiting, int page, List<Dumped> records) {
    Lock {
      flags = List.copyOf(flags);
      records = List.copyOf(records);
    }
  }

  /** A transaction of the TRANSACTIONS list. */
  record Trx(String trxId, Optional<Long> threadId, boolean truncated, List<Lock> locks) {
    Trx {
      locks = List.copyOf(locks);
    }
  }

  /** A member of a deadlock report: its number, transaction and thread, and its locks by section. */
  record Member(int n, Optional<Long> trxId, Optional<Long> threadId, List<Lock> waiting, List<Lock> holds,
                List<Lock> conflicting) {
    Member {
      waiting = List.copyOf(waiting);
      holds = List.copyOf(holds);
      conflicting = List.copyOf(conflicting);
    }
  }

  /** The LATEST DETECTED DEADLOCK section: its raw text, members in report order, the report's victim number. */
  record Deadlock(String raw, List<Member> members, Optional<Integer> reportVictim) {
    Deadlock {
      members = List.copyOf(members);
    }
  }

  private static final Pattern TABLE_LOCK = Pattern.compile(
      "^TABLE LOCK table `([^`]*)`\\.`([^`]*)` trx id (\\d+) lock mode (\\S+)( waiting)?.*");
  private static final Pattern REC_LOCK = Pattern.compile(
      "^RECORD LOCKS space id (\\d+) page no (\\d+) n bits \\d+ index (\\S+) of table "
          + "`([^`]*)`\\.`([^`]*)` trx id (\\d+) (lock_mode X|lock mode S|lock mode X|lock_mode S)(.*)$");
  private static final Pattern REC = Pattern.compile(
      "^Record lock, heap no (\\d+) PHYSICAL RECORD: n_fields (\\d+); (?:compact|old-style) format; info bits (\\d+).*");
  private static final Pattern FIELD = Pattern.compile(
      "^ ?(\\d+): (?:len (\\d+); hex ([0-9a-f]*); asc .*?;(?: \\(total (\\d+) bytes\\);)?|SQL NULL;).*");
  private static final Pattern TRX = Pattern.compile("^---TRANSACTION (\\d+|\\(0x[0-9a-f]+\\)), (.*)$");
  private static final Pattern THREAD = Pattern.compile("^(?:MariaDB|MySQL) thread id (\\d+),.*");

  /** Consecutive lock blocks (TABLE LOCK / RECORD LOCKS and their records). */
  static List<Lock> locks(List<String> lines) {
    List<Lock> out = new ArrayList<>();
    LockBuilder cur = null;
    RecBuilder rec = null;
    for (String line : lines) {
      Matcher m = TABLE_LOCK.matcher(line);
      if (m.matches()) {
        if (cur != null) out.add(cur.build());
        cur = null;
        rec = null;
        out.add(new Lock(false, m.group(1), m.group(2), "", Long.parseLong(m.group(3)), m.group(4), List.of(),
            m.group(5) != null, -1, List.of()));
        continue;
      }
      m = REC_LOCK.matcher(line);
      if (m.matches()) {
        if (cur != null) out.add(cur.build());
        String rest = m.group(8);
        List<String> flags = new ArrayList<>();
        if (rest.contains("locks gap before rec")) flags.add("GAP");
        if (rest.contains("locks rec but not gap")) flags.add("REC_NOT_GAP");
        if (rest.contains("insert intention")) flags.add("INSERT_INTENTION");
        cur = new LockBuilder(m.group(4), m.group(5), m.group(3), Long.parseLong(m.group(6)),
            m.group(7).contains("X") ? "X" : "S", flags, rest.contains(" waiting"), Integer.parseInt(m.group(2)));
        rec = null;
        continue;
      }
      m = REC.matcher(line);
      if (m.matches() && cur != null) {
        rec = new RecBuilder(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
        cur.records.add(rec);
        continue;
      }
      m = FIELD.matcher(line);
      if (m.matches() && rec != null) {
        if (m.group(2) == null) {
          rec.fields.add(null);
        } else {
          int total = m.group(4) != null ? Integer.parseInt(m.group(4)) : Integer.parseInt(m.group(2));
          rec.fields.add(new Field(total, m.group(3), m.group(4) != null));
        }
        continue;
      }
      if (line.startsWith("Record lock, heap no")) throw new IllegalStateException("unparsed record line: " + line);
    }
    if (cur != null) out.add(cur.build());
    return out;
  }

  /** The TRANSACTIONS section's transactions. */
  static List<Trx> transactions(String status) {
    int start = status.indexOf("LIST OF TRANSACTIONS FOR EACH SESSION:");
    int end = status.indexOf("\n--------\nFILE I/O");
    if (start < 0) throw new IllegalStateException("no transaction list in SHOW ENGINE INNODB STATUS");
    String body = end > start ? status.substring(start, end) : status.substring(start);
    List<Trx> out = new ArrayList<>();
    String id = null;
    Long thread = null;
    boolean truncated = false;
    List<String> lines = new ArrayList<>();
    boolean inWait = false;
    for (String line : body.split("\n", -1)) {
      if (line.startsWith("---TRANSACTION ")) {
        if (id != null) out.add(new Trx(id, Optional.ofNullable(thread), truncated, locks(lines)));
        Matcher m = TRX.matcher(line);
        id = m.matches() ? m.group(1) : line;
        thread = null;
        truncated = false;
        lines = new ArrayList<>();
        inWait = false;
        continue;
      }
      if (id == null) continue;
      if (line.startsWith("------- TRX HAS BEEN WAITING")) {
        inWait = true;
        continue;
      }
      if (inWait) {
        if (line.startsWith("------------------")) inWait = false;
        continue;
      }
      Matcher m = THREAD.matcher(line);
      if (m.matches()) {
        thread = Long.parseLong(m.group(1));
        continue;
      }
      if (line.contains("LOCKS PRINTED FOR THIS TRX") || line.contains("SUPPRESSING")) truncated = true;
      lines.add(line);
    }
    if (id != null) out.add(new Trx(id, Optional.ofNullable(thread), truncated, locks(lines)));
    return out;
  }

  private static final Pattern MEMBER = Pattern.compile("^\\*\\*\\* \\((\\d+)\\) TRANSACTION:.*");
  private static final Pattern VICTIM = Pattern.compile("^\\*\\*\\* WE ROLL BACK TRANSACTION \\((\\d+)\\).*");
  private static final Pattern WAITING = Pattern.compile("^\\*\\*\\* (?:\\(\\d+\\) )?WAITING FOR THIS LOCK TO BE GRANTED.*");
  private static final Pattern HOLDS = Pattern.compile("^\\*\\*\\* (?:\\(\\d+\\) )?HOLDS THE LOCK.*");
  private static final Pattern TRX_LINE = Pattern.compile("^TRANSACTION (\\d+), .*");

  /** The LATEST DETECTED DEADLOCK section, if the status has one. */
  static Optional<Deadlock> deadlock(String status) {
    int start = status.indexOf("LATEST DETECTED DEADLOCK");
    if (start < 0) return Optional.empty();
    int end = status.indexOf("\n------------\nTRANSACTIONS", start);
    String raw = status.substring(start, end > 0 ? end : status.length());
    List<MemberBuilder> members = new ArrayList<>();
    Integer victim = null;
    MemberBuilder cur = null;
    String section = null;
    List<String> block = new ArrayList<>();
    for (String line : raw.split("\n", -1)) {
      Matcher m = MEMBER.matcher(line);
      if (m.matches()) {
        flush(cur, section, block);
        cur = new MemberBuilder(Integer.parseInt(m.group(1)));
        members.add(cur);
        section = null;
        continue;
      }
      m = VICTIM.matcher(line);
      if (m.matches()) {
        flush(cur, section, block);
        victim = Integer.parseInt(m.group(1));
        section = null;
        continue;
      }
      if (WAITING.matcher(line).matches()) {
        flush(cur, section, block);
        section = "waiting";
        continue;
      }
      if (HOLDS.matcher(line).matches()) {
        flush(cur, section, block);
        section = "holds";
        continue;
      }
      if (line.startsWith("*** CONFLICTING WITH")) {
        flush(cur, section, block);
        section = "conflicting";
        continue;
      }
      if (cur == null) continue;
      if (section == null) {
        m = TRX_LINE.matcher(line);
        if (m.matches()) {
          cur.trxId = Long.parseLong(m.group(1));
          continue;
        }
        m = THREAD.matcher(line);
        if (m.matches()) {
          cur.threadId = Long.parseLong(m.group(1));
          continue;
        }
      } else {
        block.add(line);
      }
    }
    flush(cur, section, block);
    List<Member> ms = new ArrayList<>();
    for (MemberBuilder b : members) {
      ms.add(new Member(b.n, Optional.ofNullable(b.trxId), Optional.ofNullable(b.threadId), b.waiting, b.holds, b.conflicting));
    }
    return Optional.of(new Deadlock(raw, ms, Optional.ofNullable(victim)));
  }

  private static void flush(MemberBuilder cur, String section, List<String> block) {
    if (cur != null && section != null && !block.isEmpty()) {
      List<Lock> ls = locks(block);
      switch (section) {
        case "waiting": cur.waiting = ls; break;
        case "holds": cur.holds = ls; break;
        default: cur.conflicting = ls; break;
      }
    }
    block.clear();
  }

  private static final class MemberBuilder {
    final int n;
    Long trxId;
    Long threadId;
    List<Lock> waiting = List.of();
    List<Lock> holds = List.of();
    List<Lock> conflicting = List.of();

    MemberBuilder(int n) { this.n = n; }
  }

  private static final class LockBuilder {
    final String db;
    final String table;
    final String index;
    final long trxId;
    final String mode;
    final List<String> flags;
    final boolean waiting;
    final int page;
    final List<RecBuilder> records = new ArrayList<>();

    LockBuilder(String db, String table, String index, long trxId, String mode, List<String> flags, boolean waiting, int page) {
      this.db = db;
      this.table = table;
      this.index = index;
      this.trxId = trxId;
      this.mode = mode;
      this.flags = flags;
      this.waiting = waiting;
      this.page = page;
    }

    Lock build() {
      List<Dumped> rs = new ArrayList<>();
      for (RecBuilder r : records) rs.add(new Dumped(r.heapNo, r.infoBits, r.fields));
      return new Lock(true, db, table, index, trxId, mode, flags, waiting, page, rs);
    }
  }

  private static final class RecBuilder {
    final int heapNo;
    final int infoBits;
    final List<Field> fields = new ArrayList<>();

    RecBuilder(int heapNo, int infoBits) {
      this.heapNo = heapNo;
      this.infoBits = infoBits;
    }
  }
}
