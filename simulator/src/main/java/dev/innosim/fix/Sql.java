package dev.innosim.fix;

import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import dev.innosim.schema.Values;
import dev.innosim.sql.Expr;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the rewrites read from a statement (its table, equality conditions, key) and the text edits they make; stateless. */
final class Sql {
  private Sql() {}

  /** The key a statement locks: the index it looks up and the values of that index's leading columns. */
  record Key(String table, String index, List<Value> values) implements Comparable<Key> {
    Key { values = List.copyOf(values); }

    @Override public int compareTo(Key o) {
      int c = table.compareTo(o.table);
      if (c != 0) return c;
      c = index.compareTo(o.index);
      if (c != 0) return c;
      for (int i = 0; i < Math.min(values.size(), o.values.size()); i++) {
        c = values.get(i).compareTo(o.values.get(i));
        if (c != 0) return c;
      }
      return Integer.compare(values.size(), o.values.size());
    }
  }

  /** The single table a DML statement works on. */
  static Optional<String> table(Statement s) {
    if (s instanceof Statement.Update u) return Optional.of(u.table());
    if (s instanceof Statement.Delete d) return Optional.of(d.table());
    if (s instanceof Statement.Insert i) return Optional.of(i.table());
    if (s instanceof Statement.Select sel && sel.table() != null && !sel.table().isEmpty()) return Optional.of(sel.table());
    return Optional.empty();
  }

  static Optional<Expr> where(Statement s) {
    if (s instanceof Statement.Update u) return u.where();
    if (s instanceof Statement.Delete d) return d.where();
    if (s instanceof Statement.Select sel) return sel.where();
    return Optional.empty();
  }

  /** UPDATE, DELETE, INSERT or a locking SELECT: the statements that take row locks. */
  static boolean locks(Statement s) {
    return s instanceof Statement.Update || s instanceof Statement.Delete || s instanceof Statement.Insert
        || (s instanceof Statement.Select sel && sel.lock() != Statement.LockClause.NONE);
  }

  static boolean endsTransaction(Statement s) {
    return s instanceof Statement.Commit || s instanceof Statement.Rollback;
  }

  /** The top-level {@code column = literal} conjuncts of a WHERE clause, by column, in clause order. */
  static Map<String, Value> equalities(Optional<Expr> where) {
    Map<String, Value> out = new LinkedHashMap<>();
    where.ifPresent(w -> collect(w, out));
    return out;
  }

  private static void collect(Expr e, Map<String, Value> out) {
    if (e instanceof Expr.And a) {
      collect(a.left(), out);
      collect(a.right(), out);
    } else if (e instanceof Expr.Compare c && c.op() == Expr.CmpOp.EQ) {
      if (c.left() instanceof Expr.Column col && c.right() instanceof Expr.Literal l) out.putIfAbsent(col.name(), l.value());
      if (c.right() instanceof Expr.Column col && c.left() instanceof Expr.Literal l) out.putIfAbsent(col.name(), l.value());
    }
  }

  /** Whether a literal can be looked up in an index on the column without a type conversion. */
  static boolean sameType(ColumnDef c, Value v) {
    if (v.isNull()) return false;
    if (c.type().isString()) return v instanceof Value.Str;
    if (c.type().isNumeric()) return v instanceof Value.Int || v instanceof Value.Dec;
    if (c.type().isTemporal()) return v instanceof Value.DateTime || v instanceof Value.Str;
    return true;
  }

  /** The equality conjuncts usable by an index (same type as the column). */
  static Map<String, Value> indexable(TableDef t, Optional<Expr> where) {
    Map<String, Value> out = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : equalities(where).entrySet()) {
      Optional<ColumnDef> c = t.column(e.getKey());
      if (c.isPresent() && sameType(c.get(), e.getValue())) out.put(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * The key a statement locks: the primary key when every column of it is given, else the first
   * index whose first column is; for a single-row INSERT the values of its primary key (or of its
   * first unique index).
   */
  static Optional<Key> key(Program p, Statement s) {
    Optional<String> table = table(s);
    if (table.isEmpty()) return Optional.empty();
    Optional<TableDef> td = p.table(table.get());
    if (td.isEmpty()) return Optional.empty();
    TableDef t = td.get();
    Map<String, Value> given;
    if (s instanceof Statement.Insert ins) {
      Optional<List<Value>> row = singleRow(t, ins);
      if (row.isEmpty()) return Optional.empty();
      given = new LinkedHashMap<>();
      List<String> cols = insertColumns(t, ins);
      for (int i = 0; i < cols.size(); i++) given.put(cols.get(i), row.get().get(i));
    } else {
      given = indexable(t, where(s));
    }
    for (IndexDef i : t.allIndexes()) {
      if (!i.primary()) continue;
      if (!given.keySet().containsAll(i.columns())) continue;
      return Optional.of(new Key(t.name(), i.name(), i.columns().stream().map(given::get).toList()));
    }
    for (IndexDef i : t.allIndexes()) {
      if (i.primary() || i.columns().isEmpty() || !given.containsKey(i.columns().get(0))) continue;
      if (s instanceof Statement.Insert && !i.unique()) continue;
      List<Value> vs = new ArrayList<>();
      for (String c : i.columns()) {
        if (!given.containsKey(c)) break;
        vs.add(given.get(c));
      }
      return Optional.of(new Key(t.name(), i.name(), vs));
    }
    return Optional.empty();
  }

  /** The columns an INSERT names, or the table's columns in order. */
  static List<String> insertColumns(TableDef t, Statement.Insert ins) {
    if (!ins.columns().isEmpty()) return ins.columns().stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    return t.columns().stream().map(ColumnDef::name).filter(c -> !c.equals(TableDef.ROW_ID_COLUMN)).toList();
  }

  /** The literal values of a one-row INSERT (VALUES or SELECT of literals without FROM). */
  static Optional<List<Value>> singleRow(TableDef t, Statement.Insert ins) {
    List<Expr> row;
    if (ins.source().isPresent()) {
      Statement.Select src = ins.source().get();
      if (src.table() != null && !src.table().isEmpty()) return Optional.empty();
      row = src.items();
    } else if (ins.rows().size() == 1) {
      row = ins.rows().get(0);
    } else {
      return Optional.empty();
    }
    List<Value> out = new ArrayList<>();
    for (Expr e : row) {
      if (!(e instanceof Expr.Literal l)) return Optional.empty();
      out.add(l.value());
    }
    return out.size() == insertColumns(t, ins).size() ? Optional.of(out) : Optional.empty();
  }

  /** A value as an SQL literal. */
  static String literal(Value v) {
    if (v instanceof Value.Str s) return "'" + s.value().replace("\\", "\\\\").replace("'", "''") + "'";
    if (v instanceof Value.DateTime d) return "'" + Values.formatDateTime(d.value()) + "'";
    return v.toString();
  }

  /** The offset of a top-level keyword (outside quotes and parentheses) at or after {@code from}, or -1. */
  static int topLevel(String sql, String keyword, int from) {
    Pattern p = Pattern.compile("(?i)\\b" + keyword.replace(" ", "\\s+") + "\\b");
    int depth = 0;
    char quote = 0;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (quote != 0) {
        if (c == '\\') i++;
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '\'' || c == '"' || c == '`') quote = c;
      else if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (depth == 0 && i >= from && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)) && sql.charAt(i - 1) != '_')) {
        Matcher m = p.matcher(sql).region(i, sql.length());
        if (m.lookingAt()) return i;
      }
    }
    return -1;
  }

  /** The end of the WHERE clause: where a top-level ORDER BY, LIMIT, FOR UPDATE, FOR SHARE or LOCK IN begins, else the end. */
  static int whereEnd(String sql, int whereStart) {
    int end = sql.length();
    for (String kw : List.of("ORDER BY", "LIMIT", "FOR UPDATE", "FOR SHARE", "LOCK IN")) {
      int at = topLevel(sql, kw, whereStart);
      if (at >= 0 && at < end) end = at;
    }
    return end;
  }

  /** The statement with {@code hint} written right after its table name (the first one after UPDATE or FROM). */
  static Optional<String> afterTable(String sql, String table, String hint) {
    Matcher m = Pattern.compile("(?i)^(\\s*(?:UPDATE(?:\\s+LOW_PRIORITY)?(?:\\s+IGNORE)?|DELETE(?:\\s+LOW_PRIORITY)?(?:\\s+QUICK)?(?:\\s+IGNORE)?\\s+FROM|SELECT\\b.*?\\bFROM)\\s+`?"
        + Pattern.quote(table) + "`?)(?=\\s|$)", Pattern.DOTALL).matcher(sql);
    if (!m.find()) return Optional.empty();
    return Optional.of(sql.substring(0, m.end()) + " " + hint + sql.substring(m.end()));
  }

  /** The literal value of row {@code row}, column {@code col} of a multi-row INSERT, or null when it is not a literal. */
  static Value rowValue(Statement.Insert ins, int row, int col) {
    List<Expr> r = ins.rows().get(row);
    return col < r.size() && r.get(col) instanceof Expr.Literal l ? l.value() : null;
  }

  /** A statement on one line, cut at 70 characters. */
  static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }
}
