package dev.innosim.cli;

import dev.innosim.log.DecodedDeadlock;
import dev.innosim.log.DecodedTransaction;
import dev.innosim.log.EarlierStatements;
import dev.innosim.log.LogSchema;
import dev.innosim.log.ScenarioDraft;
import dev.innosim.mysql.SessionId;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's transactions ({@code --programs}: {@code -- @program NAME ... -- @end} blocks of
 * {@link Template}, with {@code ?} or {@code :named} parameters) bound to a decoded deadlock: a
 * program statement that matches a member's shown statement (literals where the program has
 * parameters; a prefix of it when the log cut the statement) binds those parameters to the shown
 * values, the other parameters take the values the log's records and statements give their
 * columns, and the program's statements before it are that member's earlier statements. Stateless.
 *
 * <p>Example: program {@code SELECT * FROM t WHERE k = :key FOR UPDATE; INSERT INTO t (k) VALUES (:key)}
 * and a member showing {@code INSERT INTO t (k) VALUES (15)}: its earlier statement is
 * {@code SELECT * FROM t WHERE k = 15 FOR UPDATE}.
 */
final class Programs {
  private Programs() {}

  private static final long SENTINEL = 900_000_001L;
  private static final Pattern PROGRAM = Pattern.compile("(?m)^--\\s*@program\\s+([A-Za-z_][\\w-]*)\\s*$");
  private static final String LITERAL = "('(?:[^'\\\\]|''|\\\\.)*'|-?\\d+(?:\\.\\d+)?|null)";
  /** At most this many assignments of a program's free parameters per member. */
  private static final int MAX_ASSIGNMENTS = 8;

  /** Per member, the earlier-statement choices its matching programs give. */
  static Map<SessionId, List<EarlierStatements.Choice>> bind(String file, String text, DecodedDeadlock d, LogSchema schema) {
    List<String> names = new ArrayList<>();
    Matcher pm = PROGRAM.matcher(text);
    while (pm.find()) names.add(pm.group(1));
    if (names.isEmpty()) throw new Main.BadInput(file + ":1: no program (expected '-- @program NAME', statements, '-- @end')");
    Map<SessionId, List<EarlierStatements.Choice>> out = new TreeMap<>();
    for (String name : names) {
      Template t;
      try {
        t = Template.read(file, text.replaceAll("(?m)^--\\s*@run\\b.*$", "") + "\n-- @run T1: " + name + "\n");
      } catch (ScenarioException e) {
        throw new Main.BadInput(e.getMessage());
      }
      List<Template.Param> params = t.params();
      Map<Template.Param, String> sentinels = new LinkedHashMap<>();
      for (int i = 0; i < params.size(); i++) sentinels.put(params.get(i), Long.toString(SENTINEL + i));
      List<String> steps;
      try {
        steps = t.instantiate(sentinels).steps().stream().map(Scenario.Step::sql).toList();
      } catch (ScenarioException e) {
        throw new Main.BadInput(e.getMessage());
      }
      for (DecodedTransaction m : d.transactions()) {
        String shown = normal(m.logged().statement());
        if (shown.isEmpty()) continue;
        for (int j = 0; j < steps.size(); j++) {
          Map<Template.Param, String> bound = match(normal(steps.get(j)), shown, params);
          if (bound == null) continue;
          for (Map<Template.Param, String> values : assignments(t, params, bound, steps, d, schema)) {
            List<String> earlier = new ArrayList<>();
            List<String> real = t.instantiate(values).steps().stream().map(Scenario.Step::sql).toList();
            for (int k = 0; k < j; k++) {
              String sql = real.get(k).strip().replaceAll(";\\s*$", "");
              if (sql.matches("(?is)begin|start\\s+transaction.*|commit|rollback|set\\s+.*")) continue;
              earlier.add(sql.replaceAll("\\s*\\n\\s*", " "));
            }
            out.computeIfAbsent(m.session(), k -> new ArrayList<>()).add(new EarlierStatements.Choice(
                "program " + name + "'s statements before the shown one" + (values.isEmpty() ? "" : " with " + describe(values)), earlier));
          }
        }
      }
    }
    return out;
  }

  private static String describe(Map<Template.Param, String> values) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Template.Param, String> e : values.entrySet()) parts.add(e.getKey().name() + " = " + e.getValue());
    return String.join(", ", parts);
  }

  /** No identifier quotes, one space, none around punctuation, no trailing {@code ;} (compared without case). */
  static String normal(String sql) {
    return sql.strip().replaceAll(";\\s*$", "").replace("`", "").replaceAll("\\s+", " ").replaceAll("\\s*([(),=<>])\\s*", "$1");
  }

  /** The parameters a program statement binds when the shown statement is it (or, cut, a prefix of it); null if it is not. */
  static Map<Template.Param, String> match(String step, String shown, List<Template.Param> params) {
    StringBuilder re = new StringBuilder();
    List<Template.Param> order = new ArrayList<>();
    Matcher m = Pattern.compile("9000\\d{5}").matcher(step);
    int at = 0;
    while (m.find()) {
      long v = Long.parseLong(m.group());
      int idx = (int) (v - SENTINEL);
      if (idx < 0 || idx >= params.size()) continue;
      re.append(Pattern.quote(step.substring(at, m.start()))).append(LITERAL);
      order.add(params.get(idx));
      at = m.end();
    }
    re.append(Pattern.quote(step.substring(at)));
    Matcher sm = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(shown);
    boolean whole = sm.matches();
    if (!whole && !(sm.hitEnd() && shown.length() >= 200)) return null;
    Map<Template.Param, String> out = new LinkedHashMap<>();
    if (!whole) return out;  // a cut statement: its values are not all there
    for (int i = 0; i < order.size(); i++) {
      String v = sm.group(i + 1);
      String prev = out.putIfAbsent(order.get(i), v);
      if (prev != null && !prev.equals(v)) return null;
    }
    return out;
  }

  /** The bound values plus, for each free parameter, the values the log gives its column; at most {@link #MAX_ASSIGNMENTS}. */
  private static List<Map<Template.Param, String>> assignments(Template t, List<Template.Param> params, Map<Template.Param, String> bound,
                                                             List<String> steps, DecodedDeadlock d, LogSchema schema) {
    List<Template.Param> free = params.stream().filter(p -> !bound.containsKey(p)).toList();
    List<List<String>> domains = new ArrayList<>();
    for (Template.Param p : free) {
      String column = column(steps, params.indexOf(p));
      Set<String> values = new LinkedHashSet<>();
      if (column != null) values.addAll(ScenarioDraft.columnValues(d, schema, column));
      for (Map.Entry<Template.Param, String> b : bound.entrySet()) {
        if (column != null && column.equals(column(steps, params.indexOf(b.getKey())))) values.add(b.getValue());
      }
      if (values.isEmpty()) values.addAll(bound.values());
      if (values.isEmpty()) values.add("0");
      domains.add(new ArrayList<>(values));
    }
    List<Map<Template.Param, String>> out = new ArrayList<>();
    int[] idx = new int[free.size()];
    while (out.size() < MAX_ASSIGNMENTS) {
      Map<Template.Param, String> v = new LinkedHashMap<>(bound);
      for (int i = 0; i < free.size(); i++) v.put(free.get(i), domains.get(i).get(idx[i]));
      out.add(v);
      int k = 0;
      while (k < idx.length && ++idx[k] == domains.get(k).size()) idx[k++] = 0;
      if (k == idx.length) break;
    }
    return out;
  }

  /** The column a parameter (by its sentinel index) is compared with or inserted into, in the first statement that uses it. */
  static String column(List<String> steps, int index) {
    String sentinel = Long.toString(SENTINEL + index);
    for (String s : steps) {
      Matcher m = Pattern.compile("(?i)[`\"]?([A-Za-z_]\\w*)[`\"]?\\s*(?:=|<=|>=|<|>|\\bin\\s*\\([^)]*?)\\s*" + sentinel).matcher(s);
      if (m.find()) return m.group(1).toLowerCase(Locale.ROOT);
      Matcher ins = Pattern.compile("(?is)insert\\s+(?:ignore\\s+)?into\\s+\\S+\\s*\\(([^)]*)\\)\\s*values\\s*\\(([^)]*)\\)").matcher(s);
      if (ins.find()) {
        String[] cols = ins.group(1).split(",");
        String[] vals = ins.group(2).split(",");
        for (int i = 0; i < Math.min(cols.length, vals.length); i++) {
          if (vals[i].strip().equals(sentinel)) return cols[i].strip().replaceAll("[`\"]", "").toLowerCase(Locale.ROOT);
        }
      }
    }
    return null;
  }
}
