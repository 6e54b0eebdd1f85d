package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A scenario whose sessions run code: steps with placeholders ({@code :from} or {@code ?}, scoped
 * per session), parameter domains ({@code -- @param from: 1, 2} for every session's {@code from},
 * {@code -- @param T2.from: 7} for one), and named programs run by several sessions:
 *
 * <pre>
 * -- @program claim
 * BEGIN;
 * SELECT id FROM jobs WHERE state = 0 ORDER BY id LIMIT 1 FOR UPDATE;
 * COMMIT;
 * -- @end
 * -- @run T1..T3: claim
 * </pre>
 *
 * <p>{@link #instantiate} binds every parameter to a value and gives a plain {@link Scenario} whose
 * messages name the template's lines. Immutable.
 *
 * @param text          the template's text with directives blanked and programs expanded into steps
 * @param lineOf        for each line of {@code text} (0-based), the template file's 1-based line
 * @param placeholders  every placeholder, in text order
 * @param domains       the declared domains, by parameter (session-specific ones override general ones)
 * @param programOf     the program each session was declared to run ({@code -- @run}), if any
 * @param verdict       what exploring it must conclude ({@code -- @verdict: deadlock possible} or
 *                      {@code no deadlock}), for {@code check} and the corpus
 * @param rowGranularity {@code -- @granularity: row}: it is explored (and its verdict checked) with
 *                      scheduling points between two rows of a statement
 */
public record Template(String file, String text, List<Integer> lineOf, List<Placeholder> placeholders,
                       Map<Param, Domain> domains, Map<SessionId, String> programOf, Optional<Verdict> verdict,
                       boolean rowGranularity) {
  public Template {
    lineOf = List.copyOf(lineOf);
    placeholders = List.copyOf(placeholders);
    domains = Map.copyOf(domains);
    programOf = Map.copyOf(programOf);
  }

  /** A parameter: a session's named placeholder ({@code T1.from}) or its n-th anonymous one ({@code T1.?2}). */
  public record Param(SessionId session, String name) implements Comparable<Param> {
    @Override public String toString() { return session.name() + "." + name; }

    @Override public int compareTo(Param o) {
      int c = session.compareTo(o.session);
      return c != 0 ? c : name.compareTo(o.name);
    }
  }

  /** One occurrence of a parameter in the text: its line (0-based in {@code text}) and column span. */
  public record Placeholder(Param param, int line, int start, int end) {}

  /** A declared domain: SQL literal texts, in the order written; {@code line} is where it was declared. */
  public record Domain(List<String> values, int line) {
    public Domain { values = List.copyOf(values); }
  }

  /** A stated verdict and its line. */
  public record Verdict(boolean deadlockPossible, int line) {
    public String text() { return deadlockPossible ? "deadlock possible" : "no deadlock"; }
  }

  /** The parameters of the template, sorted (T1's first). */
  public List<Param> params() {
    return placeholders.stream().map(Placeholder::param).distinct().sorted().toList();
  }

  /** Whether the template has anything to bind or expand (else it is a plain scenario). */
  public boolean isPlain() {
    return placeholders.isEmpty() && programOf.isEmpty() && verdict.isEmpty() && !rowGranularity;
  }

  /** The sessions that run the same program, grouped by program name (sessions without one are left out). */
  public Map<String, List<SessionId>> sessionsByProgram() {
    Map<String, List<SessionId>> out = new TreeMap<>();
    for (Map.Entry<SessionId, String> e : new TreeMap<>(programOf).entrySet()) {
      out.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey());
    }
    return out;
  }

  /** The file line of a placeholder, for messages. */
  public int fileLine(Placeholder p) {
    return lineOf.get(p.line());
  }

  /** The scenario with every parameter bound: {@code values} maps each parameter to a SQL literal. */
  public Scenario instantiate(Map<Param, String> values) {
    List<String> lines = new ArrayList<>(ScenarioParser.splitLines(text));
    List<Placeholder> byPosition = new ArrayList<>(placeholders);
    byPosition.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(b.start(), a.start()));
    for (Placeholder p : byPosition) {
      String v = values.get(p.param());
      if (v == null) throw new ScenarioException(file, fileLine(p), "unbound placeholder " + p.param() + ": no value given");
      String l = lines.get(p.line());
      lines.set(p.line(), l.substring(0, p.start()) + v + l.substring(p.end()));
    }
    return ScenarioParser.parse(file, String.join("\n", lines) + "\n", i -> i - 1 < lineOf.size() ? lineOf.get(i - 1) : i);
  }

  private static final Pattern PROGRAM = Pattern.compile("^--\\s*@program\\s+([A-Za-z_][\\w-]*)\\s*$");
  private static final Pattern END = Pattern.compile("^--\\s*@end\\s*$");
  private static final Pattern RUN = Pattern.compile("^--\\s*@run\\s+(.+?)\\s*:\\s*([A-Za-z_][\\w-]*)\\s*$");
  private static final Pattern PARAM = Pattern.compile("^--\\s*@param\\s+(?:(T[1-9])\\.)?([A-Za-z_]\\w*|\\?\\d+)\\s*:(.*)$");
  private static final Pattern ANY_TEMPLATE_DIRECTIVE = Pattern.compile("^--\\s*@(param|program|end|run|verdict|granularity)\\b.*");
  private static final Pattern GRANULARITY = Pattern.compile("^--\\s*@granularity\\s*:\\s*(statement|row)\\s*$");
  private static final Pattern VERDICT = Pattern.compile("^--\\s*@verdict\\s*:\\s*(deadlock possible|no deadlock)\\s*$");
  private static final Pattern STEP = Pattern.compile("^(\\s*T([1-9])\\s*:)(.*)$");

  /** Reads a template; a plain scenario file is a template without parameters. */
  public static Template read(String file, String text) {
    List<String> raw = ScenarioParser.splitLines(text);
    Map<String, List<int[]>> programLines = new LinkedHashMap<>();
    Map<String, Integer> programDecl = new LinkedHashMap<>();
    List<String> out = new ArrayList<>();
    List<Integer> lineOf = new ArrayList<>();
    Map<Param, Domain> domains = new LinkedHashMap<>();
    Map<String, Domain> general = new LinkedHashMap<>();
    Map<SessionId, String> programOf = new TreeMap<>();
    List<Object[]> runs = new ArrayList<>();
    String inProgram = null;
    Optional<Verdict> verdict = Optional.empty();
    int granularityLine = 0;
    boolean row = false;
    for (int i = 0; i < raw.size(); i++) {
      String l = raw.get(i).endsWith("\r") ? raw.get(i).substring(0, raw.get(i).length() - 1) : raw.get(i);
      String t = l.strip();
      int lineNo = i + 1;
      Matcher m;
      if (inProgram != null) {
        if (END.matcher(t).matches()) {
          inProgram = null;
        } else if (ANY_TEMPLATE_DIRECTIVE.matcher(t).matches()) {
          throw new ScenarioException(file, lineNo, "a program ends with '-- @end' before " + t);
        } else if (STEP.matcher(l).matches()) {
          throw new ScenarioException(file, lineNo, "a program's statements have no session prefix (its sessions are named by '-- @run'): " + t);
        } else {
          programLines.get(inProgram).add(new int[] {i});
        }
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if ((m = PROGRAM.matcher(t)).matches()) {
        inProgram = m.group(1);
        if (programDecl.putIfAbsent(inProgram, lineNo) != null) {
          throw new ScenarioException(file, lineNo, "program " + inProgram + " is defined twice (first on line " + programDecl.get(inProgram) + ")");
        }
        programLines.put(inProgram, new ArrayList<>());
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if (END.matcher(t).matches()) throw new ScenarioException(file, lineNo, "'-- @end' without '-- @program'");
      if ((m = VERDICT.matcher(t)).matches()) {
        if (verdict.isPresent()) throw new ScenarioException(file, lineNo, "duplicate @verdict");
        verdict = Optional.of(new Verdict(m.group(1).equals("deadlock possible"), lineNo));
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if ((m = GRANULARITY.matcher(t)).matches()) {
        if (granularityLine > 0) throw new ScenarioException(file, lineNo, "duplicate @granularity (first on line " + granularityLine + ")");
        granularityLine = lineNo;
        row = m.group(1).equals("row");
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if ((m = RUN.matcher(t)).matches()) {
        runs.add(new Object[] {sessions(file, lineNo, m.group(1)), m.group(2), lineNo});
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if ((m = PARAM.matcher(t)).matches()) {
        Domain d = new Domain(values(file, lineNo, m.group(3)), lineNo);
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (m.group(1) != null) {
          if (domains.put(new Param(SessionId.parse(m.group(1)), name), d) != null) {
            throw new ScenarioException(file, lineNo, "duplicate @param " + m.group(1) + "." + name);
          }
        } else if (general.put(name, d) != null) {
          throw new ScenarioException(file, lineNo, "duplicate @param " + name);
        }
        out.add("");
        lineOf.add(lineNo);
        continue;
      }
      if (ANY_TEMPLATE_DIRECTIVE.matcher(t).matches()) {
        throw new ScenarioException(file, lineNo, "malformed directive: " + t
            + " (expected '-- @param [Tn.]name: v1, v2', '-- @program NAME', '-- @end', '-- @run T1..T3: NAME' or "
            + "'-- @verdict: deadlock possible|no deadlock' or '-- @granularity: statement|row')");
      }
      out.add(l);
      lineOf.add(lineNo);
    }
    if (inProgram != null) throw new ScenarioException(file, programDecl.get(inProgram), "program " + inProgram + " has no '-- @end'");
    // expand the programs, one session after another, after the file's own lines
    for (Object[] r : runs) {
      @SuppressWarnings("unchecked") List<SessionId> ss = (List<SessionId>) r[0];
      String name = (String) r[1];
      int lineNo = (Integer) r[2];
      List<int[]> body = programLines.get(name);
      if (body == null) throw new ScenarioException(file, lineNo, "unknown program " + name + " (defined: "
          + (programDecl.isEmpty() ? "none" : String.join(", ", programDecl.keySet())) + ")");
      for (SessionId s : ss) {
        if (programOf.put(s, name) != null) throw new ScenarioException(file, lineNo, s + " already runs program " + programOf.get(s));
        boolean first = true;
        for (int[] b : body) {
          String src = raw.get(b[0]).endsWith("\r") ? raw.get(b[0]).substring(0, raw.get(b[0]).length() - 1) : raw.get(b[0]);
          if (src.strip().isEmpty() || (first && src.strip().startsWith("--"))) continue;
          boolean statementStart = first;
          out.add(statementStart ? s.name() + ": " + src.strip() : src);
          lineOf.add(b[0] + 1);
          first = ScenarioParser.splitStatement(src) != null || src.strip().endsWith(";") || src.strip().startsWith("--");
        }
      }
    }
    List<Placeholder> ph = placeholders(file, out, lineOf);
    for (Placeholder p : ph) {
      if (!domains.containsKey(p.param()) && general.containsKey(p.param().name())) domains.put(p.param(), general.get(p.param().name()));
    }
    for (Param p : domains.keySet()) {
      if (ph.stream().noneMatch(x -> x.param().equals(p))) {
        throw new ScenarioException(file, domains.get(p).line(), "@param " + p + " names no placeholder of " + p.session());
      }
    }
    for (Map.Entry<String, Domain> g : general.entrySet()) {
      if (ph.stream().noneMatch(x -> x.param().name().equals(g.getKey()))) {
        throw new ScenarioException(file, g.getValue().line(), "@param " + g.getKey() + " names no placeholder");
      }
    }
    return new Template(file, String.join("\n", out) + "\n", lineOf, ph, domains, programOf, verdict, row);
  }

  private static final Pattern RANGE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)");
  private static final int MAX_RANGE = 10_000;

  /** {@code 1, 2, 'a', 5..8, NULL}: each value's SQL literal text. */
  static List<String> values(String file, int line, String text) {
    List<String> out = new ArrayList<>();
    for (String part : splitList(file, line, text)) {
      String v = part.strip();
      Matcher r = RANGE.matcher(v);
      if (r.matches()) {
        long a = Long.parseLong(r.group(1));
        long b = Long.parseLong(r.group(2));
        if (b < a || b - a >= MAX_RANGE) throw new ScenarioException(file, line, "range " + v + " must go up and hold at most " + MAX_RANGE + " values");
        for (long x = a; x <= b; x++) out.add(Long.toString(x));
      } else if (v.matches("-?\\d+(\\.\\d+)?") || v.equalsIgnoreCase("NULL") || (v.length() >= 2 && v.startsWith("'") && v.endsWith("'"))) {
        out.add(v.equalsIgnoreCase("NULL") ? "NULL" : v);
      } else {
        throw new ScenarioException(file, line, "not a value: " + v + " (numbers, 'strings', NULL or ranges like 1..5)");
      }
    }
    if (out.isEmpty()) throw new ScenarioException(file, line, "empty domain: give at least one value");
    return out;
  }

  private static List<String> splitList(String file, int line, String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quote = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' ) {
        if (quote && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
          cur.append("''");
          i++;
          continue;
        }
        quote = !quote;
      }
      if (c == ',' && !quote) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quote) throw new ScenarioException(file, line, "unterminated string in domain: " + text.strip());
    if (!cur.toString().isBlank() || !out.isEmpty()) out.add(cur.toString());
    for (String s : out) if (s.isBlank()) throw new ScenarioException(file, line, "empty value in domain: " + text.strip());
    return out;
  }

  private static final Pattern SESSION_RANGE = Pattern.compile("T([1-9])\\s*\\.\\.\\s*T([1-9])");

  /** {@code T1..T3} or {@code T1, T4}. */
  static List<SessionId> sessions(String file, int line, String text) {
    List<SessionId> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String p = part.strip();
      Matcher m = SESSION_RANGE.matcher(p);
      if (m.matches()) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (b < a) throw new ScenarioException(file, line, "session range " + p + " must go up");
        for (int k = a; k <= b; k++) out.add(SessionId.of(k));
      } else if (p.matches("T[1-9]")) {
        out.add(SessionId.parse(p));
      } else {
        throw new ScenarioException(file, line, "not a session list: " + text.strip() + " (T1..T3 or T1, T4; sessions T1..T9)");
      }
    }
    return out;
  }

  /** The placeholders of every step line (outside quotes and comments). */
  private static List<Placeholder> placeholders(String file, List<String> lines, List<Integer> lineOf) {
    List<Placeholder> out = new ArrayList<>();
    Map<SessionId, Integer> anonymous = new TreeMap<>();
    SessionId current = null;
    boolean inStatement = false;
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      Matcher m = STEP.matcher(l);
      int from;
      if (m.matches() && !inStatement) {
        current = SessionId.of(Integer.parseInt(m.group(2)));
        from = m.group(1).length();
      } else if (inStatement && current != null) {
        from = 0;
      } else {
        current = null;
        inStatement = false;
        continue;
      }
      char quote = 0;
      int k = from;
      boolean ended = false;
      while (k < l.length()) {
        char c = l.charAt(k);
        if (quote != 0) {
          if (c == '\\') { k += 2; continue; }
          if (c == quote) quote = 0;
          k++;
          continue;
        }
        if (c == '\'' || c == '"' || c == '`') { quote = c; k++; continue; }
        if (c == ';') { ended = true; break; }
        if (c == '-' && l.startsWith("-- ", k)) break;
        if (c == '#') break;
        if (c == '?') {
          int n = anonymous.merge(current, 1, Integer::sum);
          out.add(new Placeholder(new Param(current, "?" + n), i, k, k + 1));
          k++;
          continue;
        }
        if (c == ':' && k + 1 < l.length() && Character.isLetter(l.charAt(k + 1)) && (k == 0 || (l.charAt(k - 1) != ':' && !Character.isLetterOrDigit(l.charAt(k - 1))))) {
          int e = k + 1;
          while (e < l.length() && (Character.isLetterOrDigit(l.charAt(e)) || l.charAt(e) == '_')) e++;
          out.add(new Placeholder(new Param(current, l.substring(k + 1, e).toLowerCase(Locale.ROOT)), i, k, e));
          k = e;
          continue;
        }
        k++;
      }
      inStatement = !ended;
    }
    return out;
  }

  /** A literal's text for a value read back from data (for value classes). */
  public static String literal(Optional<String> s) {
    return s.map(x -> "'" + x.replace("\\", "\\\\").replace("'", "''") + "'").orElse("NULL");
  }
}
