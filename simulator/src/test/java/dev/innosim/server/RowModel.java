package dev.innosim.server;

import dev.innosim.mysql.SessionId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The index records of the property's two tables as the reference model tracks them from the
 * statements' outcomes alone: which PRIMARY keys and {@code idx_k} entries physically exist, which
 * are delete-marked, and each open transaction's undo; no purge runs, so a deleted record stays
 * until nothing; mutable, single-threaded.
 *
 * <p>Table {@code t(id PK, k, v, KEY idx_k(k))}; table {@code u(id PK, v)}. Updates change only
 * {@code v}, so index records change only by INSERT, DELETE and rollback.
 */
final class RowModel {
  /** A PRIMARY record: its {@code k} (absent for table u) and delete mark. */
  record Row(Optional<Integer> k, boolean deleted) {}

  /** An {@code idx_k} entry, ordered by (k, id) as InnoDB orders secondary records. */
  record Entry(int k, int id) implements Comparable<Entry> {
    @Override public int compareTo(Entry o) {
      return k != o.k ? Integer.compare(k, o.k) : Integer.compare(id, o.id);
    }

    String text() { return "(" + k + ", " + id + ")"; }
  }

  private final Map<String, TreeMap<Integer, Row>> primary = new HashMap<>();
  private final TreeMap<Entry, Boolean> idxK = new TreeMap<>();  // entry -> delete-marked
  private final Map<SessionId, Deque<Runnable>> undo = new HashMap<>();
  private final Map<SessionId, List<String>> modified = new HashMap<>();
  private final java.util.Set<String> unknown = new java.util.HashSet<>();

  RowModel() {
    primary.put("t", new TreeMap<>());
    primary.put("u", new TreeMap<>());
  }

  /** A committed row of the setup. */
  void load(String table, int id, Optional<Integer> k) {
    primary.get(table).put(id, new Row(k, false));
    k.ifPresent(kk -> idxK.put(new Entry(kk, id), false));
  }

  NavigableMap<Integer, Row> rows(String table) { return primary.get(table); }

  /** Whether a PRIMARY record with this key exists, delete-marked or not. */
  boolean present(String table, int id) { return primary.get(table).containsKey(id); }

  /** Whether a live (not delete-marked) row with this key is known to exist. */
  boolean live(String table, int id) {
    Row r = primary.get(table).get(id);
    return r != null && !r.deleted() && !unknown.contains(table + ":" + id);
  }

  /** Whether the model knows whether this row is live or delete-marked. */
  boolean knows(String table, int id) { return !unknown.contains(table + ":" + id); }

  /** The model no longer knows whether the row is live (statements of one step ended in an unknown order). */
  void forgetLiveness(String table, int id) { unknown.add(table + ":" + id); }

  /** The lock data of the PRIMARY record after {@code id}: {@code (30)} or {@code supremum}. */
  String primarySuccessor(String table, int id) {
    Integer next = primary.get(table).higherKey(id);
    return next == null ? "supremum" : "(" + next + ")";
  }

  /** The lock data of the {@code idx_k} record after entry (k, id). */
  String idxKSuccessor(int k, int id) {
    Entry next = idxK.higherKey(new Entry(k, id));
    return next == null ? "supremum" : next.text();
  }

  boolean idxKPresent(int k, int id) { return idxK.containsKey(new Entry(k, id)); }

  /** The distinct k values of present idx_k entries. */
  List<Integer> kValues() {
    List<Integer> out = new ArrayList<>();
    for (Entry e : idxK.keySet()) if (out.isEmpty() || out.get(out.size() - 1) != e.k()) out.add(e.k());
    return out;
  }

  /** Whether the session's open transaction changed this row (it holds it implicitly then). */
  boolean modifiedBy(SessionId s, String table, int id) {
    return modified.getOrDefault(s, List.of()).contains(table + ":" + id);
  }

  /** A completed INSERT: a fresh record, or the in-place reuse of a delete-marked one (§3.6 step 2). */
  void insert(SessionId s, String table, int id, Optional<Integer> k) {
    TreeMap<Integer, Row> rows = primary.get(table);
    Row old = rows.get(id);
    unknown.remove(table + ":" + id);
    rows.put(id, new Row(k, false));
    Runnable undoSec = () -> {};
    if (k.isPresent()) {
      Entry e = new Entry(k.get(), id);
      Boolean was = idxK.put(e, false);
      undoSec = was == null ? () -> idxK.remove(e) : () -> idxK.put(e, was);
    }
    Runnable sec = undoSec;
    push(s, table, id, () -> {
      if (old == null) rows.remove(id); else rows.put(id, old);
      sec.run();
    });
  }

  /** A completed DELETE of a live row: both records are delete-marked. */
  void delete(SessionId s, String table, int id) {
    TreeMap<Integer, Row> rows = primary.get(table);
    Row old = rows.get(id);
    if (old == null || old.deleted() && knows(table, id)) return;
    unknown.remove(table + ":" + id);
    rows.put(id, new Row(old.k(), true));
    old.k().ifPresent(kk -> idxK.put(new Entry(kk, id), true));
    push(s, table, id, () -> {
      rows.put(id, old);
      old.k().ifPresent(kk -> idxK.put(new Entry(kk, id), false));
    });
  }

  private void push(SessionId s, String table, int id, Runnable u) {
    undo.computeIfAbsent(s, x -> new ArrayDeque<>()).push(u);
    modified.computeIfAbsent(s, x -> new ArrayList<>()).add(table + ":" + id);
  }

  /** The session's transaction committed. */
  void commit(SessionId s) {
    undo.remove(s);
    modified.remove(s);
  }

  /** The session's transaction rolled back: its changes undone newest first. */
  void rollback(SessionId s) {
    Deque<Runnable> u = undo.remove(s);
    if (u != null) while (!u.isEmpty()) u.pop().run();
    modified.remove(s);
  }

  /** Whether the session has changes not yet committed. */
  boolean hasUndo(SessionId s) { return undo.containsKey(s); }
}
