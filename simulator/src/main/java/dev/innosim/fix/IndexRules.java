package dev.innosim.fix;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules about indexes: add-index, ignore-index, match-type; stateless. */
final class IndexRules {
  private IndexRules() {}

  /** The statements that search for rows to lock: UPDATE, DELETE, locking SELECT. */
  private static boolean searches(Statement s) {
    return s instanceof Statement.Update || s instanceof Statement.Delete
        || (s instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE);
  }

  // ------------------------------------------------------------------ add-index

  static Rewrite addIndex(Program p) {
    Map<String, List<String>> wanted = new LinkedHashMap<>();
    for (List<Program.Stmt> stmts : p.sessions().values()) {
      for (Program.Stmt st : stmts) {
        Statement s = st.statement();
        if (!searches(s)) continue;
        Optional<TableDef> td = Sql.table(s).flatMap(p::table);
        if (td.isEmpty() || wanted.containsKey(td.get().name())) continue;
        List<String> cols = new ArrayList<>(Sql.indexable(td.get(), Sql.where(s)).keySet());
        if (s instanceof Statement.Update u) {
          for (Statement.Assignment a : u.assignments()) cols.remove(a.column().toLowerCase(Locale.ROOT));
        }
        if (cols.isEmpty() || covered(td.get(), cols)) continue;
        wanted.put(td.get().name(), cols);
      }
    }
    if (wanted.isEmpty()) {
      return new Rewrite.NotApplicable("every locking statement's equality columns (of the column's own type) already lead an index, "
          + "or it has none");
    }
    List<Program.Stmt> setup = new ArrayList<>(p.setup());
    for (Map.Entry<String, List<String>> w : wanted.entrySet()) {
      for (int i = 0; i < setup.size(); i++) {
        if (setup.get(i).statement() instanceof Statement.CreateTable ct && ct.table().name().equals(w.getKey())) {
          String name = "fix_" + String.join("_", w.getValue());
          if (name.length() > 64) name = name.substring(0, 64);
          Optional<String> sql = withKey(setup.get(i).sql(), "KEY " + name + " (" + String.join(", ", w.getValue()) + ")");
          if (sql.isEmpty()) return new Rewrite.NotApplicable("cannot find the column list of CREATE TABLE " + w.getKey());
          setup.set(i, Program.Stmt.of(sql.get()));
        }
      }
    }
    return new Rewrite.Applied(p.withSetup(setup));
  }

  /** Whether an index (or the primary key) already finds rows by these columns: they are its leading full-column parts. */
  private static boolean covered(TableDef t, List<String> cols) {
    for (IndexDef i : t.allIndexes()) {
      if (i.primary() && cols.containsAll(i.columns())) return true;
      if (i.parts().size() < cols.size()) continue;
      boolean all = true;
      for (int k = 0; k < cols.size(); k++) {
        KeyPart part = i.parts().get(k);
        if (part.isPrefix() || !cols.contains(part.column())) all = false;
      }
      if (all) return true;
    }
    return false;
  }

  /** CREATE TABLE with one more index definition before the column list's closing parenthesis. */
  static Optional<String> withKey(String createTable, String keyDef) {
    int open = createTable.indexOf('(');
    if (open < 0) return Optional.empty();
    int depth = 0;
    char quote = 0;
    for (int i = open; i < createTable.length(); i++) {
      char c = createTable.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') quote = c;
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return Optional.of(createTable.substring(0, i) + ", " + keyDef + createTable.substring(i));
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ ignore-index

  static Rewrite ignoreIndex(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>();
      for (Program.Stmt st : e.getValue()) {
        Optional<String> fixed = oneIndex(p, st);
        stmts.add(fixed.isPresent() ? Program.Stmt.of(fixed.get()) : st);
      }
      if (!stmts.equals(e.getValue())) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("no locking statement has equality conditions on the leading columns of two or more secondary indexes "
        + "(nothing to merge)");
  }

  private static Optional<String> oneIndex(Program p, Program.Stmt st) {
    Statement s = st.statement();
    if (!searches(s)) return Optional.empty();
    boolean hinted = (s instanceof Statement.Update u && u.hint().isPresent()) || (s instanceof Statement.Delete d && d.hint().isPresent())
        || (s instanceof Statement.Select sel && sel.hint().isPresent());
    Optional<TableDef> td = Sql.table(s).flatMap(p::table);
    if (hinted || td.isEmpty()) return Optional.empty();
    Map<String, Value> eq = Sql.indexable(td.get(), Sql.where(s));
    if (td.get().allIndexes().stream().anyMatch(i -> i.primary() && eq.keySet().containsAll(i.columns()))) return Optional.empty();
    List<IndexDef> usable = new ArrayList<>();
    for (IndexDef i : td.get().secondaryIndexes()) if (!i.columns().isEmpty() && eq.containsKey(i.columns().get(0))) usable.add(i);
    if (usable.size() < 2) return Optional.empty();
    IndexDef best = usable.get(0);
    for (IndexDef i : usable) if (leading(i, eq) > leading(best, eq)) best = i;
    List<String> ignored = new ArrayList<>();
    for (IndexDef i : usable) if (i != best) ignored.add(i.name());
    return Sql.afterTable(st.sql(), td.get().name(), "IGNORE INDEX (" + String.join(", ", ignored) + ")");
  }

  private static int leading(IndexDef i, Map<String, Value> eq) {
    int n = 0;
    for (KeyPart k : i.parts()) {
      if (k.isPrefix() || !eq.containsKey(k.column())) break;
      n++;
    }
    return n;
  }

  // ------------------------------------------------------------------ match-type

  static Rewrite matchType(Program p) {
    Program out = p;
    for (Map.Entry<SessionId, List<Program.Stmt>> e : p.sessions().entrySet()) {
      List<Program.Stmt> stmts = new ArrayList<>();
      for (Program.Stmt st : e.getValue()) {
        Optional<String> fixed = typed(p, st);
        stmts.add(fixed.isPresent() ? Program.Stmt.of(fixed.get()) : st);
      }
      if (!stmts.equals(e.getValue())) out = out.withSession(e.getKey(), stmts);
    }
    if (out != p) return new Rewrite.Applied(out);
    return new Rewrite.NotApplicable("every indexed column is compared with a literal of its own type");
  }

  private static Optional<String> typed(Program p, Program.Stmt st) {
    Statement s = st.statement();
    if (!searches(s)) return Optional.empty();
    Optional<TableDef> td = Sql.table(s).flatMap(p::table);
    if (td.isEmpty()) return Optional.empty();
    String sql = st.sql();
    boolean changed = false;
    for (Map.Entry<String, Value> eq : Sql.equalities(Sql.where(s)).entrySet()) {
      Optional<ColumnDef> c = td.get().column(eq.getKey());
      if (c.isEmpty() || eq.getValue().isNull() || Sql.sameType(c.get(), eq.getValue())) continue;
      boolean indexed = td.get().allIndexes().stream().anyMatch(i -> i.columns().contains(eq.getKey()));
      if (!indexed) continue;
      String typed;
      if (c.get().type().isString() && (eq.getValue() instanceof Value.Int || eq.getValue() instanceof Value.Dec)) {
        typed = "'" + eq.getValue() + "'";
      } else if (c.get().type().isNumeric() && eq.getValue() instanceof Value.Str str && str.value().matches("-?\\d+(\\.\\d+)?")) {
        typed = str.value();
      } else {
        continue;
      }
      String lit = eq.getValue() instanceof Value.Str ? "'" + ((Value.Str) eq.getValue()).value() + "'" : eq.getValue().toString();
      Matcher m = Pattern.compile("(?i)(\\b" + Pattern.quote(eq.getKey()) + "`?\\s*=\\s*)" + Pattern.quote(lit) + "(?![\\w.'])").matcher(sql);
      if (!m.find()) continue;
      sql = sql.substring(0, m.start()) + m.group(1) + typed + sql.substring(m.end());
      changed = true;
    }
    return changed ? Optional.of(sql) : Optional.empty();
  }
}
