package dev.innosim.fix;

import dev.innosim.mysql.SessionId;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.server.Command;
import dev.innosim.server.SimulatedServer;
import dev.innosim.sql.Eval;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules that change single statements or settings: read-committed, upsert, by-primary-key, skip-locked; stateless. */
final class StatementRules {
  private StatementRules() {}

  // ------------------------------------------------------------------ read-committed

  static Rewrite readCommitted(Program p) {
    boolean change = false;
    Program out = p.withIsolation(IsolationLevel.READ_COMMITTED, Map.of());
    for (SessionId s : p.sessions().keySet()) change |= p.isolationOf(s) != IsolationLevel.READ_COMMITTED;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>();
      for (Program.Stmt st : e.getValue()) {
        if (st.statement() instanceof Statement.SetIsolation si && si.level() != IsolationLevel.READ_COMMITTED) {
          stmts.add(Program.Stmt.of("SET " + (si.nextTransactionOnly() ? "" : "SESSION ") + "TRANSACTION ISOLATION LEVEL READ COMMITTED"));
          change = true;
        } else {
          stmts.add(st);
        }
      }
      out = out.withSession(e.getKey(), stmts);
    }
    if (!change) return new Rewrite.NotApplicable("every session already runs READ COMMITTED");
    return new Rewrite.Applied(out);
  }

  // ------------------------------------------------------------------ upsert

  private static final Pattern INSERT = Pattern.compile("(?i)^(\\s*INSERT)(\\s+)");

  static Rewrite upsert(Program p) {
    Program out = p;
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>(e.getValue());
      boolean changed = false;
      for (OrderRules.Trx trx : OrderRules.transactions(stmts)) {
        for (int i = trx.first() + 1; i < trx.end(); i++) {
          Program.Stmt check = stmts.get(i);
          if (check == null) continue;
          for (int j = i + 1; j < trx.end(); j++) {
            Program.Stmt ins = stmts.get(j);
            if (ins == null || !(ins.statement() instanceof Statement.Insert insert)) continue;
            Optional<Program.Stmt> fixed = upserted(p, check.statement(), insert, ins.sql(), reasons, e.getKey(), i, j);
            if (fixed.isEmpty()) continue;
            stmts.set(i, null);
            stmts.set(j, fixed.get());
            changed = true;
            break;
          }
        }
      }
      if (changed) out = out.withSession(e.getKey(), stmts.stream().filter(x -> x != null).toList());
    }
    if (out != p) return new Rewrite.Applied(out);
    if (!reasons.isEmpty()) return new Rewrite.NotApplicable(String.join("; ", reasons));
    return new Rewrite.NotApplicable("no transaction locks a key (SELECT ... FOR UPDATE/SHARE, UPDATE or DELETE) and then inserts it");
  }

  /** The upsert that replaces {@code check} + {@code insert}, if {@code check} looks up exactly the key {@code insert} inserts. */
  private static Optional<Program.Stmt> upserted(Program p, Statement check, Statement.Insert insert, String sql, List<String> reasons,
                                                 SessionId s, int i, int j) {
    boolean locking = check instanceof Statement.Delete || check instanceof Statement.Update
        || (check instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE);
    if (!locking || !Sql.table(check).equals(Optional.of(insert.table()))) return Optional.empty();
    TableDef t = p.table(insert.table()).orElse(null);
    if (t == null) return Optional.empty();
    Map<String, Value> eq = Sql.equalities(Sql.where(check));
    Optional<List<Value>> row = Sql.singleRow(t, insert);
    if (eq.isEmpty() || row.isEmpty()) return Optional.empty();
    List<String> cols = Sql.insertColumns(t, insert);
    for (Map.Entry<String, Value> c : eq.entrySet()) {
      int at = cols.indexOf(c.getKey());
      if (at < 0 || Values.sqlCompare(row.get().get(at), c.getValue(), dev.innosim.schema.Collation.DEFAULT) != 0) return Optional.empty();
    }
    String where = s.name() + "'s statements " + (i + 1) + " and " + (j + 1);
    if (insert.ignore() || !insert.onDuplicate().isEmpty() || insert.replace()) {
      reasons.add(where + ": the INSERT is already an upsert");
      return Optional.empty();
    }
    Optional<IndexDef> unique = t.allIndexes().stream().filter(x -> (x.primary() || x.unique()) && cols.containsAll(x.columns())
        && !x.columns().isEmpty()).findFirst();
    if (check instanceof Statement.Update u) {
      if (unique.isEmpty()) {
        reasons.add(where + ": an UPDATE-or-INSERT needs a unique key among the inserted columns for ON DUPLICATE KEY UPDATE");
        return Optional.empty();
      }
      int set = Sql.topLevel(p.sessions().get(s).get(i).sql(), "SET", 0);
      String checkSql = p.sessions().get(s).get(i).sql();
      int w = Sql.topLevel(checkSql, "WHERE", set);
      if (set < 0 || w < 0) return Optional.empty();
      return Optional.of(Program.Stmt.of(sql + " ON DUPLICATE KEY UPDATE " + checkSql.substring(set + 3, w).strip()));
    }
    if (check instanceof Statement.Delete && unique.isPresent()) {
      List<String> set = new ArrayList<>();
      for (String c : cols) if (!unique.get().columns().contains(c)) set.add(c + " = VALUES(" + c + ")");
      if (set.isEmpty()) set.add(cols.get(0) + " = " + cols.get(0));
      return Optional.of(Program.Stmt.of(sql + " ON DUPLICATE KEY UPDATE " + String.join(", ", set)));
    }
    Matcher m = INSERT.matcher(sql);
    if (!m.find()) return Optional.empty();
    return Optional.of(Program.Stmt.of(m.group(1) + " IGNORE" + m.group(2) + sql.substring(m.end())));
  }

  // ------------------------------------------------------------------ by-primary-key

  static Rewrite byPrimaryKey(Program p) {
    Map<String, List<Map<String, Value>>> data = new HashMap<>();
    Program out = p;
    List<String> reasons = new ArrayList<>();
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>();
      for (Program.Stmt st : e.getValue()) {
        Statement s = st.statement();
        boolean change = s instanceof Statement.Update || s instanceof Statement.Delete
            || (s instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE);
        Optional<TableDef> td = Sql.table(s).flatMap(p::table);
        Optional<Sql.Key> key = Sql.key(p, s);
        if (!change || td.isEmpty() || Sql.where(s).isEmpty() || key.map(k -> k.index().equals("PRIMARY")).orElse(false)) {
          stmts.add(st);
          continue;
        }
        TableDef t = td.get();
        if (t.hasHiddenRowId()) {
          reasons.add(t.name() + " has no primary key to change its rows by");
          stmts.add(st);
          continue;
        }
        List<String> pk = t.clusteredIndex().columns();
        List<Map<String, Value>> rows = data.computeIfAbsent(t.name(), n -> rows(p, t));
        List<String> ids = new ArrayList<>();
        for (Map<String, Value> r : rows) {
          if (!Boolean.TRUE.equals(Eval.truth(Sql.where(s).get(), Eval.context(r::get, c -> Value.Null.INSTANCE)))) continue;
          List<String> parts = new ArrayList<>();
          for (String c : pk) parts.add(pk.size() == 1 ? Sql.literal(r.get(c)) : c + " = " + Sql.literal(r.get(c)));
          ids.add(pk.size() == 1 ? parts.get(0) : "(" + String.join(" AND ", parts) + ")");
        }
        if (ids.isEmpty()) {
          reasons.add(e.getKey().name() + "'s \"" + Sql.shorten(st.sql()) + "\" matches no row of the setup data: there are no ids to read first");
          stmts.add(st);
          continue;
        }
        String sql = st.sql();
        int w = Sql.topLevel(sql, "WHERE", 0);
        int end = Sql.whereEnd(sql, w);
        String cond = sql.substring(w + 5, end).strip();
        String byId = pk.size() == 1 ? pk.get(0) + " IN (" + String.join(", ", ids) + ")" : "(" + String.join(" OR ", ids) + ")";
        stmts.add(Program.Stmt.of("SELECT " + String.join(", ", pk) + " FROM " + t.name() + " WHERE " + cond));
        stmts.add(Program.Stmt.of(sql.substring(0, w) + "WHERE " + byId + " AND (" + cond + ")" + (end < sql.length() ? " " + sql.substring(end).strip() : "")));
      }
      if (stmts.size() != e.getValue().size()) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    if (!reasons.isEmpty()) return new Rewrite.NotApplicable(String.join("; ", reasons));
    return new Rewrite.NotApplicable("every locking statement already finds its rows by primary key");
  }

  /** The rows of a table after the setup, by column name. */
  private static List<Map<String, Value>> rows(Program p, TableDef t) {
    Scenario sc = p.scenario();
    SimulatedServer server = ScenarioServers.simulated(sc, Optional.empty()).captureDeadlockSnapshots(false);
    for (Scenario.Setup s : sc.setup()) server.setup(new Command(s.sql(), s.statement(), s.line()));
    List<Map<String, Value>> out = new ArrayList<>();
    List<String> cols = t.columns().stream().map(c -> c.name()).filter(c -> !c.equals(TableDef.ROW_ID_COLUMN)).toList();
    List<List<Value>> byCol = cols.stream().map(c -> server.columnValues(t.name(), c)).toList();
    int n = byCol.isEmpty() ? 0 : byCol.get(0).size();
    for (int i = 0; i < n; i++) {
      Map<String, Value> r = new HashMap<>();
      for (int c = 0; c < cols.size(); c++) r.put(cols.get(c).toLowerCase(Locale.ROOT), byCol.get(c).get(i));
      out.add(r);
    }
    return out;
  }

  // ------------------------------------------------------------------ skip-locked

  static Rewrite skipLocked(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>();
      for (Program.Stmt st : e.getValue()) {
        if (st.statement() instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE && sel.limit().isPresent()
            && sel.waitPolicy() == Statement.WaitPolicy.WAIT && Sql.topLevel(st.sql(), "LOCK IN", 0) < 0) {
          stmts.add(Program.Stmt.of(st.sql() + " SKIP LOCKED"));
        } else {
          stmts.add(st);
        }
      }
      if (!stmts.equals(e.getValue())) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("no queue claim: no SELECT ... LIMIT ... FOR UPDATE/SHARE waits for locked rows");
  }
}
