package dev.innosim.log;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.IndexDef;
import dev.innosim.schema.KeyPart;
import dev.innosim.schema.TableDef;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows a reconstruction loads: the rows the log's records print (a value the log cut at 30
 * bytes completed from a shown statement's equality that starts with it), then one target row per
 * shown UPDATE, DELETE or locking read whose WHERE equalities no such row meets (the row it was
 * after: the log prints none when its records were lost), and, for a member whose statement used
 * several indexes at once ({@code tables in use 3}: an index merge), the siblings that give the
 * optimizer the statistics of such a plan: rows with the target's indexed values and another
 * value of its other equalities. Immutable.
 *
 * <p>Example: {@code UPDATE t SET s = 1 WHERE user_id = 'u' AND loan = 'A' AND seq = 1} with no
 * printed row of loan A adds {@code (id 1311, user_id 'u', loan 'A', seq 1)}; with two siblings,
 * seq 2 and 3 of the same loan.
 */
public record DraftRows(Map<String, List<Map<String, String>>> printed, List<Target> targets) {
  public DraftRows {
    printed = Map.copyOf(printed);
    targets = List.copyOf(targets);
  }

  /** The row a member's shown statement was after: its table, values by column, and whether siblings can steer its plan. */
  public record Target(SessionId session, String table, Map<String, String> values, boolean merge) {
    public Target {
      values = Map.copyOf(new LinkedHashMap<>(values));
    }
  }

  /** The rows of a decoded deadlock. */
  public static DraftRows of(DecodedDeadlock d, LogSchema schema) {
    Map<String, List<Map<String, String>>> printed = new LinkedHashMap<>();
    for (Map.Entry<String, List<Map<String, String>>> e : ScenarioDraft.rowValues(d, schema).entrySet()) {
      List<Map<String, String>> rows = new ArrayList<>();
      for (Map<String, String> r : e.getValue()) rows.add(new LinkedHashMap<>(r));
      printed.put(e.getKey(), rows);
    }
    List<Target> targets = new ArrayList<>();
    for (DecodedTransaction t : d.transactions()) {
      String stmt = ShownStatement.oneLine(ShownStatement.aliased(d, t, t.logged().statement()));
      Optional<TableDef> table = writtenTable(stmt, schema);
      if (table.isEmpty()) continue;
      Map<String, String> eq = ShownStatement.equalities(stmt, table.get());
      if (eq.isEmpty()) continue;
      List<Map<String, String>> rowsOf = printed.getOrDefault(table.get().name(), List.of());
      boolean matched = rowsOf.stream().anyMatch(r -> complete(r, eq, false));
      for (Map<String, String> row : rowsOf) {
        if (matched) break;
        matched = complete(row, eq, true);
      }
      boolean merge = t.logged().tablesInUse() > 1 && indexedEqualities(table.get(), eq) >= 2;
      if (!matched) {
        Map<String, String> values = new LinkedHashMap<>(eq);
        targets.add(new Target(t.session(), table.get().name(), values, merge));
      } else if (merge) {
        targets.add(new Target(t.session(), table.get().name(), eq, true));
      }
    }
    numberTargets(schema, printed, targets);
    return new DraftRows(printed, targets);
  }

  /** Gives targets without an integer clustered key the next numbers after the largest printed or given one. */
  private static void numberTargets(LogSchema schema, Map<String, List<Map<String, String>>> printed, List<Target> targets) {
    for (int i = 0; i < targets.size(); i++) {
      Target t = targets.get(i);
      TableDef table = schema.table(t.table()).orElseThrow();
      Optional<String> pk = integerKey(table);
      if (pk.isEmpty() || t.values().containsKey(pk.get())) continue;
      List<Map<String, String>> rows = new ArrayList<>(printed.getOrDefault(t.table(), List.of()));
      for (Target o : targets) if (o.table().equals(t.table())) rows.add(o.values());
      boolean present = printed.getOrDefault(t.table(), List.of()).stream()
          .anyMatch(r -> t.values().entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
      if (present) continue;
      Map<String, String> values = new LinkedHashMap<>(t.values());
      values.put(pk.get(), max(rows, pk.get()).add(BigInteger.ONE).toString());
      targets.set(i, new Target(t.session(), t.table(), values, t.merge()));
    }
  }

  private static Optional<String> integerKey(TableDef t) {
    if (t.hasHiddenRowId() || t.clusteredIndex().parts().size() != 1) return Optional.empty();
    String pk = t.clusteredIndex().parts().get(0).column();
    return t.column(pk).map(c -> c.type().isInteger()).orElse(false) ? Optional.of(pk) : Optional.empty();
  }

  private static BigInteger max(List<Map<String, String>> rows, String pk) {
    BigInteger max = BigInteger.ZERO;
    for (Map<String, String> r : rows) {
      String v = r.get(pk);
      if (v != null && v.matches("-?\\d+")) max = max.max(new BigInteger(v));
    }
    return max;
  }

  /** The targets of a table with their clustered key (where it is known): the rows the earlier statements may have locked by key. */
  public List<Target> targetsOf(String table) {
    return targets.stream().filter(t -> t.table().equals(table)).toList();
  }

  /** The table a single-table UPDATE, DELETE or SELECT names. */
  static Optional<TableDef> writtenTable(String stmt, LogSchema schema) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(
        "(?is)^\\s*(?:update(?:\\s+low_priority|\\s+ignore)*|delete(?:\\s+low_priority|\\s+quick|\\s+ignore)*\\s+from|select\\b.*?\\bfrom)\\s+"
            + "[`\"]?([\\w$]+)[`\"]?(?:\\s*\\.\\s*[`\"]?([\\w$]+)[`\"]?)?").matcher(stmt);
    if (!m.find()) return Optional.empty();
    return schema.table(m.group(2) != null ? m.group(2) : m.group(1));
  }

  /**
   * Whether a printed row meets the equalities (a cut value counts when the literal starts with its
   * head); if so, its cut values are replaced by the literals.
   */
  private static boolean complete(Map<String, String> row, Map<String, String> eq, boolean heads) {
    Map<String, String> fixes = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : eq.entrySet()) {
      String have = row.get(e.getKey());
      if (have == null) return false;
      if (have.equals(e.getValue()) || unquoted(have).equals(unquoted(e.getValue()))) continue;
      String head = heads ? cutHead(have) : null;
      if (head != null && unquoted(e.getValue()).startsWith(head)) {
        fixes.put(e.getKey(), e.getValue());
        continue;
      }
      return false;
    }
    row.putAll(fixes);
    return true;
  }

  /** The head of a value the log cut ({@code 'LN2019...'(32 bytes)}), or null. */
  static String cutHead(String literal) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^'(.*)\\.\\.\\.'\\((?:\\d+ bytes|prefix)\\)$").matcher(literal);
    return m.matches() ? m.group(1) : null;
  }

  private static String unquoted(String s) {
    return s.length() >= 2 && s.startsWith("'") && s.endsWith("'") ? s.substring(1, s.length() - 1) : s;
  }

  private static int indexedEqualities(TableDef t, Map<String, String> eq) {
    int n = 0;
    for (IndexDef ix : t.secondaryIndexes()) if (!ix.parts().isEmpty() && eq.containsKey(ix.parts().get(0).column())) n++;
    return n;
  }

  /**
   * The INSERTs of the printed rows, the targets, and {@code siblings[i]} siblings of merge target
   * {@code i}; clustered keys the rows lack are numbered after the largest one present.
   */
  public List<String> inserts(LogSchema schema, List<Integer> siblings) {
    Map<String, List<Map<String, String>>> all = new LinkedHashMap<>();
    for (Map.Entry<String, List<Map<String, String>>> e : printed.entrySet()) all.put(e.getKey(), new ArrayList<>(e.getValue()));
    int mergeIndex = 0;
    for (Target t : targets) {
      TableDef table = schema.table(t.table()).orElseThrow();
      List<Map<String, String>> rows = all.computeIfAbsent(t.table(), k -> new ArrayList<>());
      boolean present = rows.stream().anyMatch(r -> t.values().entrySet().stream().allMatch(e -> e.getValue().equals(r.get(e.getKey()))));
      if (!present) rows.add(new LinkedHashMap<>(t.values()));
      if (!t.merge()) continue;
      int n = mergeIndex < siblings.size() ? siblings.get(mergeIndex) : 0;
      mergeIndex++;
      for (int k = 1; k <= n; k++) rows.add(sibling(table, t.values(), k));
    }
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<Map<String, String>>> e : all.entrySet()) {
      TableDef t = schema.table(e.getKey()).orElseThrow();
      numberKeys(t, e.getValue());
      for (Map<String, String> values : e.getValue()) out.add(ScenarioDraft.insert(t, values));
    }
    return out;
  }

  /** The number of merge targets (each may get siblings). */
  public int mergeCount() {
    return (int) targets.stream().filter(Target::merge).count();
  }

  /** A row with the target's values in its indexed equality columns and another value in the others. */
  private static Map<String, String> sibling(TableDef table, Map<String, String> values, int k) {
    Map<String, String> out = new LinkedHashMap<>();
    java.util.Set<String> indexed = new java.util.HashSet<>();
    for (IndexDef ix : table.secondaryIndexes()) for (KeyPart p : ix.parts()) indexed.add(p.column());
    boolean varied = false;
    Optional<String> pk = integerKey(table);
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (pk.isPresent() && e.getKey().equals(pk.get())) continue;  // numbered after the others
      String v = e.getValue();
      if (!indexed.contains(e.getKey()) && !varied) {
        if (v.matches("-?\\d+")) {
          v = new BigInteger(v).add(BigInteger.valueOf(k * 100L)).toString();
          varied = true;
        } else if (v.startsWith("'") && v.endsWith("'")) {
          v = v.substring(0, v.length() - 1) + "~" + k + "'";
          varied = true;
        }
      }
      out.put(e.getKey(), v);
    }
    return out;
  }

  /** Gives rows without an integer clustered key the next numbers after the largest present. */
  private static void numberKeys(TableDef t, List<Map<String, String>> rows) {
    Optional<String> key = integerKey(t);
    if (key.isEmpty()) return;
    String pk = key.get();
    BigInteger max = max(rows, pk);
    for (Map<String, String> r : rows) {
      if (r.containsKey(pk)) continue;
      max = max.add(BigInteger.ONE);
      r.put(pk, max.toString());
    }
  }

  /** The columns a row needs a value for when nothing gives one. */
  static boolean needsValue(ColumnDef c) {
    return !c.nullable() && c.defaultValue().isEmpty() && !c.autoIncrement();
  }
}
