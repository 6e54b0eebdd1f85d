package dev.innosim.server;

import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference model of the lock conflict rules, written from the tables of the locking spec
 * (§1.1, §1.3) as literal strings and reading lock rows only by their printed mode text; it never
 * touches {@code lock.LockRules}, {@code lock.LockType} or engine code, so a wrong rule there shows
 * up as a disagreement; stateless.
 *
 * <p>Example: T1 holds {@code X,GAP (20)}; T2 asks {@code X,GAP,INSERT_INTENTION (20)}: the table
 * row {@code II} under column {@code GAP} says {@code wait}. T2 asks {@code X,REC_NOT_GAP (20)}
 * instead: row {@code REC_NOT_GAP}, column {@code GAP} says {@code -}.
 */
final class SpecLockModel {
  private SpecLockModel() {}

  /** Spec §1.1 ({@code lock_compatibility_matrix}), as the spec draws it; {@code +} = compatible. */
  static final String TABLE_MATRIX = """
      | held \\ requested | IS | IX | S | X | AUTO_INC |
      | IS               | +  | +  | + | - | +        |
      | IX               | +  | +  | - | - | +        |
      | S                | +  | -  | + | - | -        |
      | X                | -  | -  | - | - | -        |
      | AUTO_INC         | +  | +  | - | - | -        |
      """;

  /**
   * Spec §1.3, for locks of different transactions whose S/X modes are incompatible (X/X, X/S,
   * S/X; an insert intention has mode X); row = request, column = existing lock (granted or
   * waiting); {@code wait} = the request must wait.
   */
  static final String RECORD_MATRIX = """
      | request \\ existing | GAP  | next-key | REC_NOT_GAP | II |
      | GAP                | -    | -        | -           | -  |
      | next-key           | -    | wait     | wait        | -  |
      | REC_NOT_GAP        | -    | wait     | wait        | -  |
      | II                 | wait | wait     | -           | -  |
      """;

  /** The four kinds of record lock, named as the columns of {@link #RECORD_MATRIX}. */
  enum Kind {
    GAP("GAP"), NEXT_KEY("next-key"), REC_NOT_GAP("REC_NOT_GAP"), II("II");

    final String column;

    Kind(String column) { this.column = column; }

    /** Whether a lock of this kind keeps others out of the gap before its record. */
    boolean coversGap() { return this == GAP || this == NEXT_KEY; }

    /** Whether a lock of this kind protects the record itself. */
    boolean coversRecord() { return this == NEXT_KEY || this == REC_NOT_GAP; }
  }

  /** A lock row as the model reads it: owner, where, S or X, kind, waiting or not; immutable. */
  record Lock(SessionId session, boolean waiting, String table, Optional<String> index, String data,
              String mode, Optional<Kind> kind, String text) {

    boolean isTable() { return index.isEmpty(); }

    boolean onSupremum() { return data.equals("supremum"); }

    /** Table and index and record, or the table for a table lock: what two locks must share to meet. */
    String place() { return isTable() ? "TABLE " + table : table + "." + index.get() + " " + data; }

    /** The lock without owner, status and delete mark (a delete mark changes under a held lock). */
    String identity() { return place() + " " + mode + (kind.isPresent() ? " " + kind.get() : ""); }

    /** The effective kind: on the supremum every lock that is not an insert intention is a gap lock (§1.2). */
    Kind effectiveKind() {
      Kind k = kind.orElseThrow();
      return onSupremum() && k != Kind.II ? Kind.GAP : k;
    }

    @Override public String toString() { return text; }
  }

  private static final Map<String, Map<String, Boolean>> TABLE_COMPATIBLE = parse(TABLE_MATRIX, "+", "-");
  private static final Map<String, Map<String, Boolean>> RECORD_WAITS = parse(RECORD_MATRIX, "wait", "-");

  /** A literal table as row name to column name to cell; cells are {@code yes} or {@code no}. */
  static Map<String, Map<String, Boolean>> parse(String table, String yes, String no) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      List<String> cells = new ArrayList<>();
      for (String c : line.strip().split("\\|")) if (!c.isBlank()) cells.add(c.strip());
      rows.add(cells);
    }
    List<String> header = rows.get(0);
    Map<String, Map<String, Boolean>> out = new LinkedHashMap<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      if (r.size() != header.size()) throw new IllegalArgumentException("ragged row " + r);
      Map<String, Boolean> cells = new LinkedHashMap<>();
      for (int i = 1; i < r.size(); i++) {
        String c = r.get(i);
        if (!c.equals(yes) && !c.equals(no)) throw new IllegalArgumentException("cell " + c + " in " + r);
        cells.put(header.get(i), c.equals(yes));
      }
      out.put(r.get(0), cells);
    }
    return out;
  }

  /** Whether a held table lock and a requested one can coexist (§1.1). */
  static boolean tableCompatible(String held, String requested) {
    return cell(TABLE_COMPATIBLE, tableMode(held), tableMode(requested));
  }

  private static String tableMode(String printed) {
    return printed.equals("AUTO-INC") ? "AUTO_INC" : printed;
  }

  private static boolean cell(Map<String, Map<String, Boolean>> m, String row, String col) {
    Map<String, Boolean> r = m.get(row);
    if (r == null || !r.containsKey(col)) throw new IllegalArgumentException("no cell " + row + " / " + col);
    return r.get(col);
  }

  /**
   * Reads a lock row's mode text ({@code X}, {@code S,GAP}, {@code X,REC_NOT_GAP},
   * {@code X,GAP,INSERT_INTENTION}, {@code X,INSERT_INTENTION} on the supremum, table modes); empty
   * when the text is none the spec names.
   */
  static Optional<Lock> read(LockRow row) {
    boolean waiting = row.status() == LockRow.Status.WAITING;
    LockRef ref = row.lock();
    if (ref instanceof LockRef.Table t) {
      if (!TABLE_COMPATIBLE.containsKey(tableMode(t.mode()))) return Optional.empty();
      return Optional.of(new Lock(row.session(), waiting, t.table(), Optional.empty(), "", t.mode(), Optional.empty(), row.text()));
    }
    LockRef.Record r = (LockRef.Record) ref;
    String[] parts = r.mode().split(",", 2);
    String sx = parts[0];
    if (!sx.equals("S") && !sx.equals("X")) return Optional.empty();
    String rest = parts.length > 1 ? parts[1] : "";
    Kind kind;
    switch (rest) {
      case "": kind = Kind.NEXT_KEY; break;
      case "GAP": kind = Kind.GAP; break;
      case "REC_NOT_GAP": kind = Kind.REC_NOT_GAP; break;
      case "GAP,INSERT_INTENTION": kind = Kind.II; break;
      case "INSERT_INTENTION": kind = Kind.II; break;
      default: return Optional.empty();
    }
    boolean supremum = r.onSupremum();
    // §1.2: on the supremum the GAP and REC_NOT_GAP bits are cleared; elsewhere an insert intention shows its GAP bit
    if (supremum && (kind == Kind.GAP || kind == Kind.REC_NOT_GAP || rest.equals("GAP,INSERT_INTENTION"))) return Optional.empty();
    if (!supremum && rest.equals("INSERT_INTENTION")) return Optional.empty();
    if (kind == Kind.II && !sx.equals("X")) return Optional.empty();
    return Optional.of(new Lock(row.session(), waiting, r.table(), Optional.of(r.index()), r.data(), sx,
        Optional.of(kind), row.text()));
  }

  /**
   * Whether {@code request} (granted or waiting, it does not matter) would have had to wait for
   * {@code existing}, by the spec's tables: never for its own transaction's locks, never across
   * tables or records, table locks by §1.1, record locks by §1.3 (S and S never; on the supremum a
   * request that is not an insert intention never waits).
   */
  static boolean mustWait(Lock request, Lock existing) {
    if (request.session().equals(existing.session())) return false;
    if (!request.place().equals(existing.place())) return false;
    if (request.isTable()) return !tableCompatible(existing.mode(), request.mode());
    if (cell(TABLE_COMPATIBLE, existing.mode(), request.mode())) return false;
    return cell(RECORD_WAITS, request.effectiveKind().column, existing.effectiveKind().column);
  }

  /** Whether two granted locks of different sessions may not both be granted (each would have waited for the other). */
  static boolean grantedTogetherIsWrong(Lock a, Lock b) {
    return mustWait(a, b) && mustWait(b, a);
  }

  /** Whether a granted lock of mode {@code held} is at least as strong as {@code wanted} for S/X (§1.1 strength: X covers S). */
  static boolean atLeast(String held, String wanted) {
    return held.equals(wanted) || held.equals("X");
  }

  /** The model's reading of a whole lock table; rows it cannot read are returned in {@code unreadable}. */
  record Reading(List<Lock> locks, List<LockRow> unreadable) {}

  static Reading readAll(List<LockRow> rows) {
    List<Lock> locks = new ArrayList<>();
    List<LockRow> bad = new ArrayList<>();
    for (LockRow r : rows) {
      Optional<Lock> l = read(r);
      if (l.isPresent()) locks.add(l.get()); else bad.add(r);
    }
    return new Reading(locks, bad);
  }

  /** Locks grouped by place, for pairwise checks. */
  static Map<String, List<Lock>> byPlace(List<Lock> locks) {
    Map<String, List<Lock>> out = new HashMap<>();
    for (Lock l : locks) out.computeIfAbsent(l.place(), k -> new ArrayList<>()).add(l);
    return out;
  }
}
