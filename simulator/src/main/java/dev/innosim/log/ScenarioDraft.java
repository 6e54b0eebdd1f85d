package dev.innosim.log;

import dev.innosim.profile.ServerProfile;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pieces of a reconstruction's scenarios: the text of a candidate (header, the schema's DDL,
 * the rows, the user's rows, the steps), the rows the log prints (whole clustered records where
 * printed, else key columns with neutral values for the rest), neighbours of gaps, and a locking
 * read or a write per held record; stateless.
 *
 * <p>Example: T2 holds {@code X,REC_NOT_GAP} on PRIMARY {@code (1310)} of {@code repay}: its
 * earlier statement is {@code SELECT * FROM repay WHERE id = 1310 FOR UPDATE}.
 */
public final class ScenarioDraft {
  private ScenarioDraft() {}

  /**
   * A candidate's scenario: the header (name, server, isolation, the comment lines), the DDL, the
   * rows, the user's rows, a blank line, then the steps as given ({@code Tn: SQL}, without {@code ;}).
   */
  public static String scenario(String name, DecodedDeadlock d, LogSchema schema, String dataSql, ServerProfile profile, String level,
                                List<String> rowInserts, List<String> comments, List<String> steps) {
    StringBuilder b = new StringBuilder();
    b.append("-- @name: ").append(name).append('\n');
    b.append("-- @server: ").append(profile.name()).append('\n');
    b.append("-- @isolation: ").append(level).append('\n');
    for (String c : comments) b.append("-- ").append(c).append('\n');
    for (String create : schema.creates().values()) b.append(withoutForeignKeysOutside(create.strip(), schema)).append(";\n");
    for (String r : rowInserts) b.append(r).append(";\n");
    for (String r : neighbours(d, schema)) if (!rowInserts.contains(r)) b.append(r).append(";\n");
    for (LogSchema.Piece p : LogSchema.statements(dataSql)) b.append(p.text().strip()).append(";\n");
    b.append('\n');
    for (String st : steps) b.append(st).append(";\n");
    return b.toString();
  }

  /**
   * The 5.6 / 5.7 layout prints no lock of transaction (1); it holds what (2) waits for. Example:
   * (2) waits for an insert intention before the gap (1) locked, so (1) read its own key there.
   */
  static List<String> hiddenHolds(DecodedDeadlock d, DecodedTransaction t, LogSchema schema) {
    List<String> out = new ArrayList<>();
    for (DecodedTransaction o : d.transactions()) {
      if (o == t || o.waits().isEmpty() || !(o.waits().get().raw() instanceof LoggedLock.RecordLock w)) continue;
      if (w.mode().insertIntention()) {
        DecodedLock gap = new DecodedLock(new LoggedLock.RecordLock(w.space(), w.page(), w.nBits(), w.index(), w.database(), w.table(),
            t.logged().trxId(), new LockMode(true, true, false, false), false, List.of(), w.line()), t.session(), o.waits().get().table(),
            List.of(), List.of());
        out.addAll(reads(d, t, List.of(gap), schema, false));
      } else {
        DecodedLock same = new DecodedLock(new LoggedLock.RecordLock(w.space(), w.page(), w.nBits(), w.index(), w.database(), w.table(),
            t.logged().trxId(), new LockMode(true, false, true, false), false, w.records(), w.line()), t.session(), o.waits().get().table(),
            o.waits().get().rows(), o.waits().get().records());
        out.addAll(reads(d, t, List.of(same), schema, false));
      }
    }
    return out;
  }

  /**
   * The column values of the row a secondary record points to, from a clustered record of the same
   * primary key that the log prints elsewhere (a prefix index keeps only the first characters).
   */
  private static Map<String, String> clusteredValues(DecodedDeadlock d, TableDef table, DecodedRecord secondary) {
    Map<String, String> pk = new LinkedHashMap<>();
    for (DecodedField f : secondary.fields()) {
      if (table.clusteredIndex().parts().stream().anyMatch(p -> p.column().equals(f.column()))) pk.put(f.column(), f.value());
    }
    for (DecodedTransaction t : d.transactions()) {
      List<DecodedLock> all = new ArrayList<>(d.heldBy(t.session()));
      t.waits().ifPresent(all::add);
      for (DecodedLock l : all) {
        if (!l.table().equalsIgnoreCase(table.name()) || !(l.raw() instanceof LoggedLock.RecordLock r)
            || !r.index().equalsIgnoreCase(table.clusteredIndex().name())) continue;
        for (DecodedRecord rec : l.records()) {
          Map<String, String> values = new LinkedHashMap<>();
          for (DecodedField f : rec.fields()) values.put(f.column(), literal(f, table));
          boolean same = !pk.isEmpty() && pk.entrySet().stream().allMatch(e -> e.getValue().equals(values.get(e.getKey())));
          if (same) return values;
        }
      }
    }
    return Map.of();
  }

  static List<String> reads(DecodedDeadlock d, DecodedTransaction t, List<DecodedLock> locks, LogSchema schema, boolean deletes) {
    Set<String> out = new LinkedHashSet<>();
    for (DecodedLock l : locks) {
      if (!(l.raw() instanceof LoggedLock.RecordLock r)) continue;
      Optional<TableDef> table = schema.table(l.table());
      if (table.isEmpty()) continue;
      Optional<IndexDef> index = table.get().index(r.index());
      if (index.isEmpty()) continue;
      String lockClause = r.mode().exclusive() ? " FOR UPDATE" : " LOCK IN SHARE MODE";
      boolean gapOnly = r.mode().gap() && !r.mode().insertIntention();
      for (int i = 0; i < l.records().size(); i++) {
        DecodedRecord rec = l.records().get(i);
        if (rec.fields().isEmpty() && !rec.raw().supremum()) continue;
        if (gapOnly || rec.raw().supremum()) {
          out.addAll(gapReads(t, table.get(), index.get(), rec, lockClause));
          continue;
        }
        boolean clustered = index.get().name().equals(table.get().clusteredIndex().name());
        Map<String, String> full = clustered ? Map.of() : clusteredValues(d, table.get(), rec);
        List<String> where = new ArrayList<>();
        for (DecodedField f : rec.fields()) {
          if (f.role() != DecodedField.Role.KEY) continue;
          boolean prefix = index.get().parts().stream().anyMatch(p -> p.column().equals(f.column()) && p.isPrefix());
          String value = prefix ? full.get(f.column()) : f.value().contains("...'(") ? null : literal(f, table.get());
          if (value == null) continue;  // a prefix or a cut value does not find the row by equality
          where.add(f.column() + (value.equals("NULL") ? " IS NULL" : " = " + value));
        }
        if (where.isEmpty()) continue;
        String force = clustered ? "" : " FORCE INDEX (" + index.get().name() + ")";
        Optional<DecodedField> changeable = rec.fields().stream().filter(f -> f.role() == DecodedField.Role.COLUMN).findFirst();
        boolean ownChange = rec.fields().stream().anyMatch(f -> f.role() == DecodedField.Role.TRX_ID && f.value().equals(String.valueOf(t.logged().trxId())));
        if (deletes && rec.deleteMarked() && r.mode().exclusive()) {
          out.add("DELETE FROM " + table.get().name() + " WHERE " + String.join(" AND ", where));
        } else if (deletes && ownChange && changeable.isPresent() && r.mode().exclusive()) {
          String c = changeable.get().column();
          out.add("UPDATE " + table.get().name() + " SET " + c + " = " + c + " WHERE " + String.join(" AND ", where));
        } else {
          out.add("SELECT * FROM " + table.get().name() + force + " WHERE " + String.join(" AND ", where) + lockClause);
        }
      }
      if (l.records().isEmpty() && r.mode().coversGap()) {
        String column = index.get().parts().get(0).column();
        for (java.math.BigInteger v : insertedInts(t, table.get(), column)) {
          out.add("SELECT * FROM " + table.get().name() + " WHERE " + column + " = " + v + lockClause);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * A locking read that finds no row in the gap before {@code rec} (or after the last record): of
   * the key the transaction's own INSERT puts there, else of the integer just below the record's.
   * Example: X,GAP before {@code (20, #2)}, the transaction inserts 15: {@code WHERE order_id = 15 FOR UPDATE}.
   */
  private static List<String> gapReads(DecodedTransaction t, TableDef table, IndexDef index, DecodedRecord rec, String lockClause) {
    String column = index.parts().get(0).column();
    List<String> out = new ArrayList<>();
    for (java.math.BigInteger v : insertedInts(t, table, column)) {
      out.add("SELECT * FROM " + table.name() + " WHERE " + column + " = " + v + lockClause);
    }
    if (!out.isEmpty() || rec.fields().isEmpty()) return out;
    DecodedField first = rec.fields().get(0);
    if (table.column(column).map(c -> c.type().isInteger()).orElse(false) && first.value().matches("-?\\d+")) {
      java.math.BigInteger below = new java.math.BigInteger(first.value()).subtract(java.math.BigInteger.ONE);
      out.add("SELECT * FROM " + table.name() + " WHERE " + column + " = " + below + lockClause);
    }
    return out;
  }

  /** The integers the transaction's shown INSERT puts into {@code column} ({@code VALUES (15)}, {@code SELECT 15}). */
  static List<java.math.BigInteger> insertedInts(DecodedTransaction t, TableDef table, String column) {
    List<java.math.BigInteger> out = new ArrayList<>();
    String stmt = t.logged().statement().strip();
    java.util.regex.Matcher single = java.util.regex.Pattern.compile("(?is)insert\\s+(?:ignore\\s+)?into\\s+\\S+\\s+select\\s+(-?\\d+)\\s*;?").matcher(stmt);
    if (single.matches() && table.columns().size() >= 1 && table.columns().get(0).name().equals(column)) {
      out.add(new java.math.BigInteger(single.group(1)));
      return out;
    }
    try {
      if (!(dev.innosim.sql.SqlParser.parse(stmt) instanceof dev.innosim.sql.Statement.Insert ins)) return out;
      List<String> cols = ins.columns().isEmpty() ? table.columns().stream().map(ColumnDef::name).toList() : ins.columns();
      int at = -1;
      for (int i = 0; i < cols.size(); i++) if (cols.get(i).equalsIgnoreCase(column)) at = i;
      if (at < 0) return out;
      for (List<dev.innosim.sql.Expr> row : ins.rows()) {
        if (at < row.size() && row.get(at) instanceof dev.innosim.sql.Expr.Literal lit) {
          if (lit.value() instanceof dev.innosim.schema.Value.Int n) out.add(n.value());
          if (lit.value() instanceof dev.innosim.schema.Value.Str str && str.value().matches("-?\\d{1,18}")) out.add(new java.math.BigInteger(str.value()));
        }
      }
    } catch (dev.innosim.sql.SqlException | dev.innosim.schema.SchemaException e) {
      return out;  // a statement cut off by the log: no values to take
    }
    return out;
  }

  /** Rows around the keys the shown INSERTs use, where a gap lock's records were not printed: one 5 below the lowest, one 5 above the highest. */
  static List<String> neighbours(DecodedDeadlock d, LogSchema schema) {
    Set<String> out = new LinkedHashSet<>();
    for (DecodedTransaction t : d.transactions()) {
      List<DecodedLock> all = new ArrayList<>(t.holds());
      t.waits().ifPresent(all::add);
      for (DecodedLock l : all) {
        if (!(l.raw() instanceof LoggedLock.RecordLock r) || !l.records().isEmpty() || !r.mode().coversGap()) continue;
        Optional<TableDef> table = schema.table(l.table());
        if (table.isEmpty()) continue;
        Optional<IndexDef> index = table.get().index(r.index());
        if (index.isEmpty()) continue;
        String column = index.get().parts().get(0).column();
        List<java.math.BigInteger> values = new ArrayList<>();
        for (DecodedTransaction o : d.transactions()) values.addAll(insertedInts(o, table.get(), column));
        if (values.isEmpty()) continue;
        java.math.BigInteger five = java.math.BigInteger.valueOf(5);
        for (java.math.BigInteger v : List.of(values.stream().min(java.math.BigInteger::compareTo).get().subtract(five),
            values.stream().max(java.math.BigInteger::compareTo).get().add(five))) {
          List<String> cols = new ArrayList<>();
          List<String> vals = new ArrayList<>();
          for (ColumnDef c : table.get().columns()) {
            if (c.name().equals(column)) {
              cols.add(c.name());
              vals.add(v.toString());
            } else if (!c.nullable() && c.defaultValue().isEmpty() && !c.autoIncrement()) {
              cols.add(c.name());
              vals.add(neutral(c.type()));
            }
          }
          out.add("INSERT INTO " + table.get().name() + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", vals) + ")");
        }
      }
    }
    return List.copyOf(out);
  }

  /** The CREATE TABLE text without foreign keys to tables the schema lacks (the scenario could not create it). */
  static String withoutForeignKeysOutside(String create, LogSchema schema) {
    List<String> kept = new ArrayList<>();
    for (String line : create.split("\n")) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i).*FOREIGN KEY.*REFERENCES\\s+[`\"]?([\\w$]+)[`\"]?.*").matcher(line);
      if (m.matches() && schema.table(m.group(1)).isEmpty()) continue;
      kept.add(line);
    }
    String joined = String.join("\n", kept);
    return joined.replaceAll(",(\\s*\\n\\s*\\))", "$1");
  }

  /** The values of the rows the log's records show, by table, merged by clustered key, in key order as printed. */
  static Map<String, List<Map<String, String>>> rowValues(DecodedDeadlock d, LogSchema schema) {
    Map<String, Map<String, Map<String, String>>> byTable = new LinkedHashMap<>();
    for (DecodedTransaction t : d.transactions()) {
      List<DecodedLock> all = new ArrayList<>(t.holds());
      t.waits().ifPresent(all::add);
      all.addAll(t.conflicting());
      for (DecodedLock l : all) {
        Optional<TableDef> table = schema.table(l.table());
        if (table.isEmpty()) continue;
        for (DecodedRecord r : l.records()) {
          if (r.fields().isEmpty()) continue;  // a delete-marked record existed before its transaction deleted it
          Map<String, String> values = new LinkedHashMap<>();
          String rowKey = "";
          for (DecodedField f : r.fields()) {
            if (f.role() == DecodedField.Role.ROW_ID) rowKey = f.value();
            if (f.role() == DecodedField.Role.TRX_ID || f.role() == DecodedField.Role.ROLL_PTR || f.role() == DecodedField.Role.ROW_ID) continue;
            if (isPrefixPart(table.get(), l, f)) {
              // a prefix index keeps the first characters: a head to complete, as a cut value is
              if (f.value().startsWith("'") && f.value().endsWith("'")) values.putIfAbsent(f.column(), f.value().substring(0, f.value().length() - 1) + "...'(prefix)");
              continue;
            }
            values.put(f.column(), f.value().contains("...'(") ? f.value() : literal(f, table.get()));
          }
          List<String> pk = new ArrayList<>();
          for (var p : table.get().clusteredIndex().parts()) pk.add(values.getOrDefault(p.column(), "?"));
          String key = rowKey.isEmpty() ? String.join(",", pk) : rowKey;
          byTable.computeIfAbsent(table.get().name(), k -> new LinkedHashMap<>()).merge(key, values, (a, b2) -> {
            Map<String, String> m = new LinkedHashMap<>(a);
            b2.forEach((k, v) -> {
              if (!m.containsKey(k) || (m.get(k).contains("...'(") && !v.contains("...'("))) m.put(k, v);
            });
            return m;
          });
        }
      }
    }
    Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Map<String, String>>> e : byTable.entrySet()) out.put(e.getKey(), new ArrayList<>(e.getValue().values()));
    return out;
  }

  /** The values the log gives a column: in its printed rows, and in the shown statements' equalities and inserted keys. */
  public static List<String> columnValues(DecodedDeadlock d, LogSchema schema, String column) {
    Set<String> out = new LinkedHashSet<>();
    for (List<Map<String, String>> rows : rowValues(d, schema).values()) {
      for (Map<String, String> r : rows) {
        String v = r.get(column);
        if (v != null && !v.contains("...'(")) out.add(v);
      }
    }
    for (DecodedTransaction t : d.transactions()) {
      for (TableDef table : schema.tables().values()) {
        if (table.column(column).isEmpty()) continue;
        String stmt = ShownStatement.oneLine(t.logged().statement());
        String v = ShownStatement.equalities(stmt, table).get(column);
        if (v != null) out.add(v);
        for (java.math.BigInteger n : insertedInts(t, table, column)) out.add(n.toString());
      }
    }
    return List.copyOf(out);
  }

  /** The INSERT of one row: the given values (a value the log cut as its printed head), neutral values for the other columns that need one. */
  static String insert(TableDef t, Map<String, String> values) {
    List<String> cols = new ArrayList<>();
    List<String> vals = new ArrayList<>();
    for (ColumnDef c : t.columns()) {
      String v = values.get(c.name());
      if (v == null) {
        if (c.nullable() || c.defaultValue().isPresent() || c.autoIncrement()) continue;
        v = neutral(c.type());
      }
      int cut = v.indexOf("...'(");
      if (cut > 0) v = v.substring(0, cut) + "'";
      cols.add(c.name());
      vals.add(v);
    }
    return "INSERT INTO " + t.name() + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", vals) + ")";
  }

  private static boolean isPrefixPart(TableDef t, DecodedLock l, DecodedField f) {
    if (!(l.raw() instanceof LoggedLock.RecordLock r)) return false;
    return t.index(r.index()).map(ix -> ix.parts().stream().anyMatch(p -> p.column().equals(f.column()) && p.isPrefix())).orElse(false);
  }

  /** A SQL literal for a decoded value: numbers as they are, TIMESTAMP without its {@code UTC}, cut strings as their printed head. */
  static String literal(DecodedField f, TableDef t) {
    String v = f.value();
    if (v.endsWith(" UTC")) v = v.substring(0, v.length() - 4);
    int cut = v.indexOf("...'(");
    if (cut > 0) v = v.substring(0, cut) + "'";
    return v;
  }

  private static String neutral(ColumnType t) {
    if (t.isNumeric()) return "0";
    if (t.kind() == ColumnType.Kind.DATE) return "'2000-01-01'";
    if (t.isTemporal()) return "'2000-01-01 00:00:00'";
    return "''";
  }
}
