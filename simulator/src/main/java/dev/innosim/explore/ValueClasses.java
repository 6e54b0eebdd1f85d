package dev.innosim.explore;

import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.Template;
import dev.innosim.schema.ColumnDef;
import dev.innosim.schema.ColumnType;
import dev.innosim.schema.TableDef;
import dev.innosim.schema.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The values each parameter of a template takes: its declared domain, or else its value classes,
 * which cover every value it can have. For a parameter compared with (or inserted into) a column:
 * every value of that column in the data, and in every gap between them, below the first and above
 * the last, as many distinct values as there are parameters on that column, so that the parameters'
 * relative order (equal, less, greater) takes every possibility. Example: keys 10 and 20, two
 * parameters on {@code id}: {@code 8, 9, 10, 13, 16, 20, 21, 22}. Stateless.
 */
final class ValueClasses {
  private ValueClasses() {}

  /** The data the classes are drawn from: a column's values after the setup, and the table definitions. */
  interface Data {
    TableDef table(String name);

    List<Value> values(String table, String column);
  }

  /**
   * One parameter's values (SQL literal texts), the class of each ({@code =10} for a key that
   * exists, {@code (10,20)} for a gap, the value itself for a declared domain), the column whose
   * parameters share gaps ({@code t.id}, empty for a declared domain), and where they came from.
   */
  record Domain(List<String> values, List<String> classes, String column, String origin) {
    Domain {
      values = List.copyOf(values);
      classes = List.copyOf(classes);
    }

    /** Whether value {@code i} lies in a gap (its class holds several values). */
    boolean inGap(int i) {
      return classes.get(i).startsWith("(");
    }
  }

  static Map<Template.Param, Domain> domains(Template t, Map<Template.Param, ParamUse> uses, Data data) {
    Map<String, List<Template.Param>> byColumn = new TreeMap<>();
    for (Template.Param p : t.params()) {
      ParamUse u = uses.get(p);
      if (t.domains().containsKey(p)) continue;
      if (u.column().isEmpty()) {
        Template.Placeholder first = t.placeholders().stream().filter(x -> x.param().equals(p)).findFirst().orElseThrow();
        throw new ScenarioException(t.file(), t.fileLine(first), "unbound placeholder " + p + " (" + u.how()
            + "): give its values with '-- @param " + p.name() + ": ...' (value classes need a comparison with a column)");
      }
      byColumn.computeIfAbsent(u.table().orElseThrow().toLowerCase(Locale.ROOT) + "." + u.column().get(), k -> new ArrayList<>()).add(p);
    }
    Map<Template.Param, Domain> out = new LinkedHashMap<>();
    for (Template.Param p : t.params()) {
      Template.Domain d = t.domains().get(p);
      if (d == null) continue;
      ParamUse u = uses.get(p);
      if (u.column().isPresent()) checkTypes(t, p, d, column(data, u));
      out.put(p, new Domain(d.values(), d.values(), "", "declared on line " + d.line()));
    }
    for (Map.Entry<String, List<Template.Param>> e : byColumn.entrySet()) {
      ParamUse u = uses.get(e.getValue().get(0));
      ColumnDef cd = column(data, u);
      List<String[]> classes = classes(cd.type(), data.values(u.table().get(), cd.name()), e.getValue().size());
      List<String> values = classes.stream().map(c -> c[0]).toList();
      List<String> names = classes.stream().map(c -> c[1]).toList();
      long distinct = names.stream().distinct().count();
      for (Template.Param p : e.getValue()) {
        out.put(p, new Domain(values, names, e.getKey(), distinct + " value classes of " + e.getKey()));
      }
    }
    Map<Template.Param, Domain> sorted = new LinkedHashMap<>();
    for (Template.Param p : t.params()) sorted.put(p, out.get(p));
    return sorted;
  }

  private static ColumnDef column(Data data, ParamUse u) {
    TableDef td = data.table(u.table().orElseThrow());
    return td.column(u.column().get()).orElseThrow(() -> new IllegalStateException("no column " + u.column().get()));
  }

  private static void checkTypes(Template t, Template.Param p, Template.Domain d, ColumnDef cd) {
    for (String v : d.values()) {
      boolean quoted = v.startsWith("'");
      boolean ok = v.equals("NULL") ? cd.nullable()
          : cd.type().isNumeric() ? !quoted
          : !cd.type().isString() || quoted;
      if (!ok) {
        throw new ScenarioException(t.file(), d.line(), "domain value " + v + " of " + p + " does not fit " + cd.name() + " "
            + cd.type() + (v.equals("NULL") ? " (NOT NULL)" : ""));
      }
    }
  }

  /** The values of one column with {@code k} parameters on it, each as {value, class}, in ascending order. */
  static List<String[]> classes(ColumnType type, List<Value> data, int k) {
    List<String> values;
    if (type.isInteger()) {
      values = integerClasses(type, data, k);
    } else if (type.isString()) {
      values = stringClasses(data, k);
    } else {
      TreeSet<Value> keys = new TreeSet<>();
      for (Value v : data) if (!v.isNull()) keys.add(v);
      values = new ArrayList<>();
      for (Value v : keys) values.add(literal(v));
    }
    java.util.Set<String> keyTexts = new java.util.HashSet<>();
    for (Value v : data) if (!v.isNull()) keyTexts.add(literal(v));
    List<String[]> out = new ArrayList<>();
    String prevKey = null;
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (keyTexts.contains(v)) {
        out.add(new String[] {v, "=" + v});
        prevKey = v;
      } else {
        String nextKey = null;
        for (int j = i + 1; j < values.size(); j++) if (keyTexts.contains(values.get(j))) { nextKey = values.get(j); break; }
        out.add(new String[] {v, "(" + (prevKey == null ? "-inf" : prevKey) + "," + (nextKey == null ? "+inf" : nextKey) + ")"});
      }
    }
    if (out.isEmpty()) throw new IllegalArgumentException("no values to draw classes from for a " + type + " column");
    return out;
  }

  private static List<String> integerClasses(ColumnType type, List<Value> data, int k) {
    TreeSet<BigInteger> keys = new TreeSet<>();
    for (Value v : data) if (v instanceof Value.Int n) keys.add(n.value());
    TreeSet<BigInteger> out = new TreeSet<>(keys);
    BigInteger min = type.minInteger();
    BigInteger max = type.maxInteger();
    if (keys.isEmpty()) {
      for (int j = 1; j <= k; j++) out.add(BigInteger.valueOf(j));
      return texts(out);
    }
    BigInteger first = keys.first();
    for (int j = 1; j <= k; j++) {
      BigInteger v = first.subtract(BigInteger.valueOf(j));
      if (v.compareTo(min) >= 0) out.add(v);
    }
    BigInteger prev = null;
    for (BigInteger key : keys) {
      if (prev != null) {
        BigInteger room = key.subtract(prev).subtract(BigInteger.ONE);
        if (room.compareTo(BigInteger.valueOf(k)) <= 0) {
          for (BigInteger v = prev.add(BigInteger.ONE); v.compareTo(key) < 0; v = v.add(BigInteger.ONE)) out.add(v);
        } else {
          BigInteger width = key.subtract(prev);
          for (int j = 1; j <= k; j++) out.add(prev.add(width.multiply(BigInteger.valueOf(j)).divide(BigInteger.valueOf(k + 1))));
        }
      }
      prev = key;
    }
    BigInteger last = keys.last();
    for (int j = 1; j <= k; j++) {
      BigInteger v = last.add(BigInteger.valueOf(j));
      if (v.compareTo(max) <= 0) out.add(v);
    }
    return texts(out);
  }

  private static List<String> texts(TreeSet<BigInteger> vs) {
    List<String> out = new ArrayList<>();
    for (BigInteger v : vs) out.add(v.toString());
    return out;
  }

  /** Strings: each key, and after each key (and before the first) values that sort between it and the next. */
  private static List<String> stringClasses(List<Value> data, int k) {
    TreeMap<String, String> keys = new TreeMap<>();
    for (Value v : data) if (v instanceof Value.Str s) keys.putIfAbsent(s.value().toLowerCase(Locale.ROOT), s.value());
    List<String> out = new ArrayList<>();
    if (keys.isEmpty()) {
      // an empty column: k distinct values, so that k parameters can be equal or differ
      for (int j = 0; j < k; j++) out.add(quote("!".repeat(j)));
      return out;
    }
    if (!keys.firstKey().isEmpty()) out.add("''");
    for (String key : keys.values()) {
      out.add(quote(key));
      for (int j = 1; j <= k; j++) out.add(quote(key + "!".repeat(j)));
    }
    return out;
  }

  private static String quote(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "''") + "'";
  }

  private static String literal(Value v) {
    if (v instanceof Value.Str s) return quote(s.value());
    if (v instanceof Value.DateTime d) return quote(dev.innosim.schema.Values.formatDateTime(d.value()));
    return v.toString();
  }

  /** Whether every parameter's use is one the classes describe exactly. */
  static boolean exact(Map<Template.Param, ParamUse> uses) {
    return uses.values().stream().allMatch(ParamUse::exact);
  }

  /** The first inexact use, for the report. */
  static Optional<ParamUse> firstInexact(Map<Template.Param, ParamUse> uses) {
    return uses.values().stream().filter(u -> !u.exact()).findFirst();
  }
}
