package dev.innosim.log;

import dev.innosim.schema.TableDef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The earlier statements the rules suggest for the locks a member holds, as choices for a search:
 * per held lock, nothing (its own shown statement took it), a locking read of the record or gap,
 * an UPDATE or DELETE of the row, a DELETE of the missing key a gap lock stands for, the shown
 * statement with the record's values, and for a lock whose records the log did not print, a read
 * or an UPDATE by key of each row a shown statement was after; for a member whose holds the
 * layout hides, a read of what another member waits for. Each choice of the member is one pick
 * per lock; the plainest first. Stateless.
 *
 * <p>Example: T2 holds {@code X,GAP} before {@code (20, #2)} of {@code idx_order_id} and inserts 15:
 * the choices are nothing, {@code SELECT * FROM tb WHERE order_id = 15 FOR UPDATE} and
 * {@code DELETE FROM tb WHERE order_id = 15}.
 */
public final class EarlierStatements {
  private EarlierStatements() {}

  /** One choice of earlier statements for a member: what it assumes and the statements in order. */
  public record Choice(String why, List<String> sql) {
    public Choice {
      sql = List.copyOf(sql);
    }
  }

  /** At most this many choices per member are searched. */
  static final int MAX_CHOICES = 24;

  private static final Pattern READ = Pattern.compile("(?s)SELECT \\* FROM (\\S+)(?: FORCE INDEX \\(\\S+\\))? WHERE (.*) (FOR UPDATE|LOCK IN SHARE MODE)");

  /** The choices for member {@code t}, the plainest (no earlier statement) first. */
  public static List<Choice> of(DecodedDeadlock d, DecodedTransaction t, LogSchema schema, DraftRows rows) {
    List<List<Choice>> perLock = new ArrayList<>();
    List<DecodedLock> held = d.heldBy(t.session());
    for (DecodedLock l : held) {
      if (!(l.raw() instanceof LoggedLock.RecordLock)) continue;
      List<Choice> options = lockOptions(d, t, l, schema, rows);
      if (options.size() > 1) perLock.add(options);
    }
    if (held.isEmpty()) {
      List<Choice> options = new ArrayList<>();
      options.add(new Choice("", List.of()));
      List<String> hidden = ScenarioDraft.hiddenHolds(d, t, schema);
      for (String h : hidden) {
        Choice read = new Choice("a locking read of what another member waits for (the layout prints no lock of this one)", List.of(h));
        Matcher m = READ.matcher(h);
        Choice delete = m.matches() && m.group(3).equals("FOR UPDATE")
            ? new Choice("a DELETE of what another member waits for (the layout prints no lock of this one)",
                List.of("DELETE FROM " + m.group(1) + " WHERE " + m.group(2)))
            : null;
        if (delete != null && t.logged().undoEntries() > 0) options.add(delete);
        options.add(read);
        if (delete != null && t.logged().undoEntries() == 0) options.add(delete);
      }
      if (options.size() > 1) perLock.add(options);
    }
    List<Choice> own = ownRowReads(t, schema, rows);
    if (own.size() > 1 && (held.isEmpty() || rows.mergeCount() > 0)) perLock.add(own);
    if (t.logged().undoEntries() > 0 && held.isEmpty()) perLock.add(ownWrites(t, schema, rows));
    List<Choice> out = new ArrayList<>();
    product(perLock, 0, new ArrayList<>(), out, new LinkedHashSet<>());
    out.sort((a, b) -> Integer.compare(a.sql().size(), b.sql().size()));
    return out.size() > MAX_CHOICES ? List.copyOf(out.subList(0, MAX_CHOICES)) : List.copyOf(out);
  }

  private static void product(List<List<Choice>> perLock, int i, List<Choice> picked, List<Choice> out, Set<List<String>> seen) {
    if (out.size() >= MAX_CHOICES * 4) return;
    if (i == perLock.size()) {
      List<String> sql = new ArrayList<>();
      List<String> why = new ArrayList<>();
      for (Choice c : picked) {
        for (String s : c.sql()) if (!sql.contains(s)) sql.add(s);
        if (!c.why().isEmpty()) why.add(c.why());
      }
      if (seen.add(sql)) out.add(new Choice(why.isEmpty() ? "no earlier statement" : String.join("; ", why), sql));
      return;
    }
    for (Choice c : perLock.get(i)) {
      picked.add(c);
      product(perLock, i + 1, picked, out, seen);
      picked.remove(picked.size() - 1);
    }
  }

  /** The picks for one held lock: nothing first. */
  static List<Choice> lockOptions(DecodedDeadlock d, DecodedTransaction t, DecodedLock l, LogSchema schema, DraftRows rows) {
    LoggedLock.RecordLock r = (LoggedLock.RecordLock) l.raw();
    String what = r.mode().text() + " on " + l.table() + "." + r.index();
    Map<String, Choice> out = new LinkedHashMap<>();
    out.put("", new Choice("", List.of()));
    List<String> reads = ScenarioDraft.reads(d, t, List.of(l), schema, false);
    if (!reads.isEmpty()) put(out, new Choice("a locking read took " + what, reads));
    List<String> writes = ScenarioDraft.reads(d, t, List.of(l), schema, true);
    if (!writes.isEmpty()) put(out, new Choice("an UPDATE or DELETE of the row took " + what, writes));
    if (r.mode().exclusive() && r.mode().coversRecord() && t.logged().undoEntries() > 0) {
      List<String> changes = changingUpdates(t, l, schema);
      if (!changes.isEmpty()) put(out, new Choice(CHANGING + " (the log shows undo log entries) took " + what, changes));
    }
    if (r.mode().exclusive() && (r.mode().gap() || r.mode().coversGap())) {
      List<String> deletes = new ArrayList<>();
      for (String s : reads) {
        Matcher m = READ.matcher(s);
        if (m.matches() && m.group(3).equals("FOR UPDATE")) deletes.add("DELETE FROM " + m.group(1) + " WHERE " + m.group(2));
      }
      if (!deletes.isEmpty()) put(out, new Choice("a DELETE of a missing key took " + what, deletes));
    }
    if (r.mode().exclusive() && r.mode().coversRecord()) {
      for (DecodedTransaction o : d.transactions()) {
        String stmt = ShownStatement.oneLine(ShownStatement.aliased(d, o, o.logged().statement()));
        Optional<TableDef> target = DraftRows.writtenTable(stmt, schema);
        if (target.isEmpty() || !target.get().name().equals(l.table()) || stmt.matches("(?is)^\\s*select\\b.*") && !stmt.matches("(?is).*\\bfor\\s+update\\b.*")) continue;
        String whose = o == t ? "its shown statement" : o.session().name() + "'s shown statement";
        for (String s : sameStatementOtherValue(stmt, l, schema)) put(out, new Choice(whose + " with the held record's values took " + what, List.of(s)));
        if (o != t) put(out, new Choice(whose + " (the same code) took " + what, List.of(stmt)));
      }
    }
    if (l.records().isEmpty() || l.records().stream().allMatch(x -> x.fields().isEmpty() && !x.raw().supremum())) {
      Optional<TableDef> table = schema.table(l.table());
      if (table.isPresent()) {
        String lockClause = r.mode().exclusive() ? " FOR UPDATE" : " LOCK IN SHARE MODE";
        for (DraftRows.Target target : rows.targetsOf(l.table())) {
          String where = keyWhere(table.get(), target.values());
          if (where == null) continue;
          put(out, new Choice("a locking read of " + target.session().name() + "'s row took " + what + " (the log prints no record)",
              List.of("SELECT * FROM " + table.get().name() + " WHERE " + where + lockClause)));
          if (r.mode().exclusive()) {
            String c = changeable(table.get());
            if (c != null) {
              put(out, new Choice("an UPDATE of " + target.session().name() + "'s row took " + what + " (the log prints no record)",
                  List.of("UPDATE " + table.get().name() + " SET " + c + " = " + c + " WHERE " + where)));
            }
          }
        }
      }
    }
    List<Choice> options = new ArrayList<>(out.values());
    if (shownCannotTake(d, t, l, schema)) options.remove(0);
    if (t.logged().undoEntries() > 0) {
      // a member that changed rows: the writes first among choices of one statement
      options.sort((a, b) -> Integer.compare(rank(a), rank(b)));
    }
    return options;
  }

  /** Nothing, then a write that changes the row (it adds the undo entry the log counts), then other writes, then reads. */
  private static int rank(Choice c) {
    if (c.sql().isEmpty()) return 0;
    if (c.why().startsWith(CHANGING)) return 1;
    return isWrite(c) ? 2 : 3;
  }

  private static final String CHANGING = "an UPDATE that changed the row";

  private static boolean isWrite(Choice c) {
    return c.sql().stream().allMatch(x -> x.matches("(?is)^\\s*(update|delete|insert|replace)\\b.*"));
  }

  /**
   * Whether the member's shown statement cannot have taken this record-only lock: it looks the row
   * up by equality on every column of this unique index, with other values than the record's (a
   * unique equality locks no other record by itself).
   */
  static boolean shownCannotTake(DecodedDeadlock d, DecodedTransaction t, DecodedLock l, LogSchema schema) {
    if (!(l.raw() instanceof LoggedLock.RecordLock r) || !r.mode().recNotGap() || l.records().isEmpty()) return false;
    Optional<TableDef> table = schema.table(l.table());
    if (table.isEmpty()) return false;
    Optional<dev.innosim.schema.IndexDef> index = table.get().index(r.index());
    if (index.isEmpty() || !(index.get().unique() || index.get().primary()) || index.get().hasPrefixPart()) return false;
    String stmt = ShownStatement.oneLine(ShownStatement.aliased(d, t, t.logged().statement()));
    if (!DraftRows.writtenTable(stmt, schema).map(x -> x.name().equals(table.get().name())).orElse(false)) return false;
    if (stmt.matches("(?is).*\\b(or|in|between|like|join)\\b.*|.*[<>].*")) return false;
    Map<String, String> eq = ShownStatement.equalities(stmt, table.get());
    if (!eq.keySet().containsAll(index.get().columns())) return false;
    for (DecodedRecord rec : l.records()) {
      boolean differs = false;
      for (DecodedField f : rec.fields()) {
        if (f.role() != DecodedField.Role.KEY || !eq.containsKey(f.column()) || f.value().contains("...'(")) continue;
        String lit = ScenarioDraft.literal(f, table.get());
        String want = eq.get(f.column());
        if (!lit.equals(want) && !lit.equals("'" + want + "'") && !want.equals("'" + lit + "'")) differs = true;
      }
      if (!differs) return false;
    }
    return true;
  }

  private static void put(Map<String, Choice> out, Choice c) {
    out.putIfAbsent(String.join("\n", c.sql()), c);
  }

  /** An UPDATE of the member's own target row by key, for a member with undo entries whose holds the log hides. */
  private static List<Choice> ownWrites(DecodedTransaction t, LogSchema schema, DraftRows rows) {
    List<Choice> out = new ArrayList<>();
    out.add(new Choice("", List.of()));
    for (DraftRows.Target target : rows.targets()) {
      if (!target.session().equals(t.session())) continue;
      Optional<TableDef> table = schema.table(target.table());
      if (table.isEmpty()) continue;
      String where = keyWhere(table.get(), target.values());
      String c = changeable(table.get());
      if (where == null || c == null) continue;
      out.add(new Choice("an earlier UPDATE of its own row (the log shows undo log entries)",
          List.of("UPDATE " + table.get().name() + " SET " + c + " = " + c + " WHERE " + where)));
    }
    return out;
  }

  /**
   * An UPDATE by clustered key of each clustered record of the lock that gives its first column in
   * no index a new value (an UPDATE that changes nothing writes no undo, and the victim is chosen by
   * undo entries and locks): a number plus one, a string with {@code ~} appended.
   */
  static List<String> changingUpdates(DecodedTransaction t, DecodedLock l, LogSchema schema) {
    List<String> out = new ArrayList<>();
    Optional<TableDef> table = schema.table(l.table());
    if (table.isEmpty() || !(l.raw() instanceof LoggedLock.RecordLock r) || !r.index().equalsIgnoreCase(table.get().clusteredIndex().name())) return out;
    for (DecodedRecord rec : l.records()) {
      Map<String, String> values = new LinkedHashMap<>();
      for (DecodedField f : rec.fields()) if (f.role() == DecodedField.Role.KEY) values.put(f.column(), ScenarioDraft.literal(f, table.get()));
      String where = keyWhere(table.get(), values);
      if (where == null) continue;
      Set<String> indexed = new java.util.HashSet<>();
      for (var ix : table.get().allIndexes()) indexed.addAll(ix.columns());
      for (DecodedField f : rec.fields()) {
        if (f.role() != DecodedField.Role.COLUMN || f.value().contains("...'(") || indexed.contains(f.column())) continue;  // a key change locks other entries
        String v = ScenarioDraft.literal(f, table.get());
        String changed = v.matches("-?\\d+") ? new java.math.BigInteger(v).add(java.math.BigInteger.ONE).toString()
            : v.startsWith("'") && v.endsWith("'") && !table.get().column(f.column()).map(c -> c.type().isTemporal()).orElse(true)
              ? v.substring(0, v.length() - 1) + "~'" : null;
        if (changed == null) continue;
        out.add("UPDATE " + table.get().name() + " SET " + f.column() + " = " + changed + " WHERE " + where);
        break;
      }
    }
    return out;
  }

  /**
   * Nothing, or a locking read by key of the row the member's shown statement is after: for a member
   * whose holds the layout hides, or whose statement ran on an index merge (its own row locked first
   * weighs in the victim's choice, as the repay seed's T1).
   */
  private static List<Choice> ownRowReads(DecodedTransaction t, LogSchema schema, DraftRows rows) {
    List<Choice> out = new ArrayList<>();
    out.add(new Choice("", List.of()));
    for (DraftRows.Target target : rows.targets()) {
      if (!target.session().equals(t.session())) continue;
      Optional<TableDef> table = schema.table(target.table());
      if (table.isEmpty()) continue;
      String where = keyWhere(table.get(), target.values());
      if (where == null) continue;
      out.add(new Choice("a locking read of its own row first",
          List.of("SELECT * FROM " + table.get().name() + " WHERE " + where + " FOR UPDATE")));
    }
    return out;
  }

  /** {@code id = 7} for a row whose clustered key the values give; null otherwise. */
  static String keyWhere(TableDef table, Map<String, String> values) {
    List<String> where = new ArrayList<>();
    for (var p : table.clusteredIndex().parts()) {
      String v = values.get(p.column());
      if (v == null || v.contains("...'(")) return null;
      where.add(p.column() + " = " + v);
    }
    return where.isEmpty() ? null : String.join(" AND ", where);
  }

  /** A column an UPDATE can set to itself without touching a key: the first column in no index. */
  static String changeable(TableDef table) {
    Set<String> indexed = new java.util.HashSet<>();
    for (var ix : table.allIndexes()) indexed.addAll(ix.columns());
    for (var c : table.columns()) if (!indexed.contains(c.name())) return c.name();
    return null;
  }

  /** The statement with the literals it compares the held record's columns with replaced by the record's values. */
  static List<String> sameStatementOtherValue(String stmt, DecodedLock l, LogSchema schema) {
    Optional<TableDef> table = schema.table(l.table());
    List<String> out = new ArrayList<>();
    if (table.isEmpty() || stmt.isEmpty()) return out;
    Map<String, String> eq = ShownStatement.equalities(stmt, table.get());
    for (DecodedRecord rec : l.records()) {
      String s = stmt;
      boolean changed = false;
      for (DecodedField f : rec.fields()) {
        boolean usable = f.role().inKey() || f.role() == DecodedField.Role.COLUMN;
        if (!usable || !eq.containsKey(f.column()) || f.value().contains("...'(")) continue;
        String lit = ScenarioDraft.literal(f, table.get());
        if (lit.equals(eq.get(f.column())) || (lit.equals("'" + eq.get(f.column()) + "'"))) continue;
        String replaced = s.replaceFirst("(?i)([`\"]?" + Pattern.quote(f.column()) + "[`\"]?\\s*=\\s*)" + Pattern.quote(eq.get(f.column())),
            "$1" + Matcher.quoteReplacement(lit));
        if (!replaced.equals(s)) {
          s = replaced;
          changed = true;
        }
      }
      if (changed) out.add(s);
    }
    return out;
  }
}
