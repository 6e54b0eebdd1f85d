package dev.innosim.fix;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.ForeignKeyDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The rules that change the order or grouping of statements: lock-order, lock-up-front, order-by-key, shorter-transactions; stateless. */
final class OrderRules {
  private OrderRules() {}

  /** A transaction of a session: statements {@code [first, end)}, {@code first} being its BEGIN. */
  record Trx(int first, int end) {}

  /** The explicit transactions (BEGIN ... COMMIT/ROLLBACK or the session's end) of a session. */
  static List<Trx> transactions(List<Program.Stmt> stmts) {
    List<Trx> out = new ArrayList<>();
    int begin = -1;
    for (int i = 0; i < stmts.size(); i++) {
      Statement s = stmts.get(i).statement();
      if (s instanceof Statement.Begin) {
        if (begin >= 0) out.add(new Trx(begin, i));
        begin = i;
      } else if (Sql.endsTransaction(s) && begin >= 0) {
        out.add(new Trx(begin, i));
        begin = -1;
      }
    }
    if (begin >= 0) out.add(new Trx(begin, stmts.size()));
    return out;
  }

  // ------------------------------------------------------------------ lock-order

  static Rewrite lockOrder(Program p) {
    Program out = p;
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>(e.getValue());
      int i = 0;
      while (i < stmts.size()) {
        int j = i;
        while (j < stmts.size() && Sql.locks(stmts.get(j).statement()) && Sql.key(p, stmts.get(j).statement()).isPresent()) j++;
        if (j - i >= 2) {
          Optional<String> why = commute(p, e.getKey(), stmts, i, j);
          if (why.isPresent()) {
            reasons.add(why.get());
          } else {
            List<Program.Stmt> run = new ArrayList<>(stmts.subList(i, j));
            run.sort(Comparator.comparing((Program.Stmt s) -> Sql.key(p, s.statement()).orElseThrow()));
            for (int k = i; k < j; k++) stmts.set(k, run.get(k - i));
          }
        }
        i = Math.max(j, i + 1);
      }
      if (!stmts.equals(e.getValue())) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    if (!reasons.isEmpty()) return new Rewrite.NotApplicable(String.join("; ", reasons));
    return new Rewrite.NotApplicable("every transaction already locks the rows it looks up by key in ascending key order "
        + "(or locks at most one key between other statements)");
  }

  /** Why the statements {@code [i, j)} of a session do not commute, if they do not. */
  private static Optional<String> commute(Program p, SessionId s, List<Program.Stmt> stmts, int i, int j) {
    for (int a = i; a < j; a++) {
      Sql.Key ka = Sql.key(p, stmts.get(a).statement()).orElseThrow();
      for (int b = a + 1; b < j; b++) {
        Sql.Key kb = Sql.key(p, stmts.get(b).statement()).orElseThrow();
        if (!ka.table().equals(kb.table())) continue;
        String where = s.name() + "'s statements " + (a + 1) + " and " + (b + 1);
        if (!ka.index().equals(kb.index())) {
          return Optional.of(where + " find rows of " + ka.table() + " by different indexes (" + ka.index() + ", " + kb.index()
              + "): they may touch the same rows, so they do not commute");
        }
        if (ka.values().equals(kb.values())) continue;
        TableDef t = p.table(ka.table()).orElseThrow();
        IndexDef idx = t.index(ka.index()).orElseThrow();
        for (int c : new int[] {a, b}) {
          if (stmts.get(c).statement() instanceof Statement.Update u
              && u.assignments().stream().anyMatch(x -> idx.columns().contains(x.column().toLowerCase(java.util.Locale.ROOT)))) {
            return Optional.of(where + " do not commute: statement " + (c + 1) + " changes a column of " + ka.index()
                + ", so it can move a row into the other's key");
          }
        }
        if (!idx.unique() && !idx.primary() && (stmts.get(a).statement() instanceof Statement.Insert
            || stmts.get(b).statement() instanceof Statement.Insert)) {
          return Optional.of(where + " do not commute: an INSERT next to a search of the non-unique " + ka.index());
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ lock-up-front

  static Rewrite lockUpFront(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>(e.getValue());
      List<Trx> trxs = transactions(stmts);
      for (int t = trxs.size() - 1; t >= 0; t--) {
        Trx trx = trxs.get(t);
        List<Program.Stmt> front = upFront(p, stmts.subList(trx.first() + 1, trx.end()));
        if (front.isEmpty()) continue;
        stmts.addAll(trx.first() + 1, front);
      }
      if (stmts.size() != e.getValue().size()) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("no transaction (BEGIN ... COMMIT) searches for rows with more than one statement or inserts a child row: "
        + "its first lock is already its only search, there is nothing to lock up front");
  }

  /**
   * One locking read per table (parents first, else by name): what the statements of a transaction
   * will lock, in key order; none when the transaction has fewer than two searching statements
   * (UPDATE, DELETE, locking SELECT) and inserts no child row.
   */
  private static List<Program.Stmt> upFront(Program p, List<Program.Stmt> body) {
    Map<String, List<String>> conds = new TreeMap<>();
    Map<String, Map<String, List<Value>>> points = new TreeMap<>();
    int locking = 0;
    boolean child = false;
    for (Program.Stmt st : body) {
      Statement s = st.statement();
      if (!Sql.locks(s)) continue;
      if (!(s instanceof Statement.Insert)) locking++;
      String table = Sql.table(s).orElse("");
      Optional<TableDef> td = p.table(table);
      if (td.isEmpty()) return List.of();
      if (s instanceof Statement.Insert ins) {
        Optional<List<Value>> row = Sql.singleRow(td.get(), ins);
        if (row.isEmpty()) continue;
        List<String> cols = Sql.insertColumns(td.get(), ins);
        for (ForeignKeyDef fk : td.get().foreignKeys()) {
          if (fk.columns().size() != 1 || !cols.contains(fk.columns().get(0))) continue;
          Value v = row.get().get(cols.indexOf(fk.columns().get(0)));
          if (v.isNull()) continue;
          points.computeIfAbsent(fk.refTable(), k -> new TreeMap<>()).computeIfAbsent(fk.refColumns().get(0), k -> new ArrayList<>()).add(v);
          child = true;
        }
        continue;
      }
      Optional<Sql.Key> k = Sql.key(p, s);
      TableDef t = td.get();
      if (k.isPresent() && k.get().values().size() == 1) {
        String col = t.index(k.get().index()).orElseThrow().columns().get(0);
        points.computeIfAbsent(table, x -> new TreeMap<>()).computeIfAbsent(col, x -> new ArrayList<>()).add(k.get().values().get(0));
      } else {
        String sql = st.sql();
        int w = Sql.topLevel(sql, "WHERE", 0);
        if (w < 0) return List.of();
        conds.computeIfAbsent(table, x -> new ArrayList<>()).add("(" + sql.substring(w + 5, Sql.whereEnd(sql, w)).strip() + ")");
      }
    }
    if (locking < 2 && !child) return List.of();
    List<Program.Stmt> out = new ArrayList<>();
    java.util.Set<String> names = new java.util.TreeSet<>(conds.keySet());
    names.addAll(points.keySet());
    // parents before their children (a child's insert checks its parent first), else by name
    List<String> tables = new ArrayList<>(names);
    tables.sort(Comparator.comparingInt((String x) -> parentsIn(p, x, names)).thenComparing(x -> x));
    for (String table : tables) {
      List<String> parts = new ArrayList<>(conds.getOrDefault(table, List.of()));
      String order = "";
      for (Map.Entry<String, List<Value>> pe : points.getOrDefault(table, Map.of()).entrySet()) {
        List<Value> vs = pe.getValue().stream().distinct().sorted().toList();
        parts.add(vs.size() == 1 ? pe.getKey() + " = " + Sql.literal(vs.get(0))
            : pe.getKey() + " IN (" + String.join(", ", vs.stream().map(Sql::literal).toList()) + ")");
        if (order.isEmpty()) order = " ORDER BY " + pe.getKey();
      }
      if (parts.size() > 1) order = "";
      out.add(Program.Stmt.of("SELECT * FROM " + table + " WHERE " + String.join(" OR ", parts) + order + " FOR UPDATE"));
    }
    return out;
  }

  /** How many of {@code tables} the table references by a foreign key. */
  private static int parentsIn(Program p, String table, java.util.Set<String> tables) {
    return (int) p.table(table).map(t -> t.foreignKeys().stream().filter(fk -> !fk.refTable().equals(table) && tables.contains(fk.refTable())).count())
        .orElse(0L).longValue();
  }

  // ------------------------------------------------------------------ order-by-key

  static Rewrite orderByKey(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>(e.getValue());
      for (int i = 0; i < stmts.size(); i++) {
        Optional<String> fixed = ordered(p, stmts.get(i));
        if (fixed.isPresent()) stmts.set(i, Program.Stmt.of(fixed.get()));
      }
      if (!stmts.equals(e.getValue())) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("no locking statement with LIMIT lacks an ORDER BY, and no multi-row INSERT has unsorted keys");
  }

  private static Optional<String> ordered(Program p, Program.Stmt st) {
    Statement s = st.statement();
    Optional<TableDef> td = Sql.table(s).flatMap(p::table);
    if (td.isEmpty()) return Optional.empty();
    TableDef t = td.get();
    boolean limited = (s instanceof Statement.Update u && u.limit().isPresent() && u.orderBy().isEmpty())
        || (s instanceof Statement.Delete d && d.limit().isPresent() && d.orderBy().isEmpty())
        || (s instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE && sel.limit().isPresent() && sel.orderBy().isEmpty());
    if (limited) {
      int at = Sql.topLevel(st.sql(), "LIMIT", 0);
      if (at < 0) return Optional.empty();
      String keys = String.join(", ", t.clusteredIndex().columns());
      return Optional.of(st.sql().substring(0, at) + "ORDER BY " + keys + " " + st.sql().substring(at));
    }
    if (s instanceof Statement.Insert ins && ins.source().isEmpty() && ins.rows().size() > 1) return sortedRows(t, ins, st.sql());
    return Optional.empty();
  }

  /** A multi-row INSERT with its rows sorted by the primary key, or by the first unique index when the key is not given. */
  private static Optional<String> sortedRows(TableDef t, Statement.Insert ins, String sql) {
    List<String> cols = Sql.insertColumns(t, ins);
    // a unique secondary index first: its duplicate checks are the locks that conflict; new primary keys do not
    List<Integer> keyAt = null;
    for (IndexDef i : t.secondaryIndexes()) {
      if (i.unique() && cols.containsAll(i.columns())) {
        keyAt = i.columns().stream().map(cols::indexOf).toList();
        break;
      }
    }
    if (keyAt == null && cols.containsAll(t.clusteredIndex().columns()) && !t.hasHiddenRowId()) {
      keyAt = t.clusteredIndex().columns().stream().map(cols::indexOf).toList();
    }
    if (keyAt == null) return Optional.empty();
    int v = Sql.topLevel(sql, "VALUES", 0);
    if (v < 0) return Optional.empty();
    int end = Sql.topLevel(sql, "ON DUPLICATE KEY UPDATE", v);
    if (end < 0) end = sql.length();
    List<int[]> spans = new ArrayList<>();
    int depth = 0;
    int start = -1;
    char quote = 0;
    for (int i = v; i < end; i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '\'' || c == '"') quote = c;
      else if (c == '(' && depth++ == 0) start = i;
      else if (c == ')' && --depth == 0) spans.add(new int[] {start, i + 1});
    }
    if (spans.size() != ins.rows().size()) return Optional.empty();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) order.add(i);
    final List<Integer> ka = keyAt;
    Comparator<Integer> byKey = (a, b) -> {
      for (int k : ka) {
        int c = Sql.rowValue(ins, a, k).compareTo(Sql.rowValue(ins, b, k));
        if (c != 0) return c;
      }
      return 0;
    };
    for (int i = 0; i < spans.size(); i++) for (int k : ka) if (Sql.rowValue(ins, i, k) == null) return Optional.empty();
    List<Integer> sorted = new ArrayList<>(order);
    sorted.sort(byKey);
    if (sorted.equals(order)) return Optional.empty();
    StringBuilder b = new StringBuilder(sql.substring(0, spans.get(0)[0]));
    for (int i = 0; i < sorted.size(); i++) {
      if (i > 0) b.append(sql, spans.get(i - 1)[1], spans.get(i)[0]);
      int[] sp = spans.get(sorted.get(i));
      b.append(sql, sp[0], sp[1]);
    }
    b.append(sql.substring(spans.get(spans.size() - 1)[1]));
    return Optional.of(b.toString());
  }

  // ------------------------------------------------------------------ shorter-transactions

  static Rewrite shorterTransactions(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = e.getValue();
      List<Program.Stmt> fixed = new ArrayList<>();
      boolean inTrx = false;
      boolean seenDml = false;
      for (Program.Stmt st : stmts) {
        Statement s = st.statement();
        if (s instanceof Statement.Begin) {
          inTrx = true;
          seenDml = false;
        } else if (Sql.endsTransaction(s)) {
          inTrx = false;
        } else if (inTrx && Sql.locks(s)) {
          if (seenDml) {
            fixed.add(Program.Stmt.of("COMMIT"));
            fixed.add(Program.Stmt.of("BEGIN"));
          }
          seenDml = true;
        }
        fixed.add(st);
      }
      if (fixed.size() != stmts.size()) out = out.withSession(e.getKey(), fixed);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("no transaction has more than one locking statement");
  }
}
