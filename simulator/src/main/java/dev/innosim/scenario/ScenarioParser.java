package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.StepOutcome;
import dev.innosim.schema.SchemaException;
import dev.innosim.sql.SqlException;
import dev.innosim.sql.SqlParser;
import dev.innosim.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the scenario format ({@code docs/scenario-format.md}) exactly as the oracle does:
 * generated lines are dropped, statements end at the first {@code ;} outside quotes, an
 * {@code -- expect:} line right after a step belongs to it; stateless.
 */
public final class ScenarioParser {
  private ScenarioParser() {}

  static final Pattern STEP = Pattern.compile("^\\s*T([1-9])\\s*:\\s*(.*)$");
  static final Pattern BAD_STEP = Pattern.compile("^\\s*T(\\d+)\\s*:.*$");
  static final Pattern DIRECTIVE = Pattern.compile("^--\\s*@(\\w[\\w-]*)(?:\\s+(T[1-9]))?\\s*(?::\\s*(.*?))?\\s*$");
  static final Pattern EXPECT = Pattern.compile("^--\\s*expect\\s*:\\s*(.*?)\\s*$");
  static final Pattern EXPECT_INLINE = Pattern.compile("--\\s*expect\\s*:\\s*(.*?)\\s*$");

  static final Set<String> KNOWN_DIRECTIVES = Set.of("name", "isolation", "source", "server", "note", "locks", "pause", "data");
  static final Pattern PAUSE = Pattern.compile("(?i)after\\s+([1-9][0-9]{0,5})\\s+rows?");

  /** {@code -- @data table [(col, ...)]: path} (see {@link Scenario.Data}). */
  static final Pattern DATA = Pattern.compile("^--\\s*@data\\b\\s*(.*?)\\s*$", Pattern.CASE_INSENSITIVE);
  static final Pattern DATA_ARGS = Pattern.compile("([A-Za-z_$][\\w$]*|`[^`]+`)\\s*(?:\\(([^)]*)\\))?\\s*:\\s*(\\S(?:.*\\S)?)");

  /** Directives of templates ({@link Template}): a plain scenario with one of these must be instantiated first. */
  static final Pattern TEMPLATE_DIRECTIVE = Pattern.compile("^--\\s*@(param|program|end|run|verdict|granularity)\\b.*", Pattern.CASE_INSENSITIVE);

  /** True for the lines the oracle (and innosim) generate; they are dropped on input. */
  public static boolean isGenerated(String line) {
    return line.startsWith("--   ") || line.startsWith("-- released:") || line.startsWith("-- deadlock:")
        || line.startsWith("-- note:");
  }

  /** The byte-order mark some Windows editors write at the start of a UTF-8 file. */
  static final String BOM = "\uFEFF";

  /**
   * Splits the file text into lines as the oracle does (a final line break adds no line); a line
   * ends at LF, CR LF or a lone CR (old Mac files), and a leading byte-order mark is dropped.
   */
  public static List<String> splitLines(String text) {
    String t = text.startsWith(BOM) ? text.substring(1) : text;
    List<String> raw = new ArrayList<>();
    int start = 0;
    int n = t.length();
    for (int i = 0; i < n; i++) {
      char c = t.charAt(i);
      if (c != '\n' && c != '\r') continue;
      raw.add(t.substring(start, i));
      if (c == '\r' && i + 1 < n && t.charAt(i + 1) == '\n') i++;
      start = i + 1;
    }
    if (start < n) raw.add(t.substring(start));
    return raw;
  }

  /** Parses a scenario; every problem is a {@link ScenarioException} naming file and line. */
  public static Scenario parse(String file, String text) {
    return parse(file, text, java.util.function.IntUnaryOperator.identity());
  }

  /**
   * Parses a scenario written from another file (a template's instance): {@code lineOf} maps each
   * 1-based line of {@code text} to the line of the file that messages name.
   */
  public static Scenario parse(String file, String text, java.util.function.IntUnaryOperator lineOf) {
    List<String> raw = splitLines(text);
    List<String> lines = new ArrayList<>();
    List<Integer> origLine = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String l = raw.get(i);
      if (!isGenerated(l)) {
        lines.add(l);
        origLine.add(lineOf.applyAsInt(i + 1));
      }
    }
    String name = null;
    int nameLine = 0;
    IsolationLevel isolation = IsolationLevel.REPEATABLE_READ;
    Map<SessionId, IsolationLevel> sessionIso = new HashMap<>();
    Optional<String> server = Optional.empty();
    List<Scenario.Setup> setup = new ArrayList<>();
    List<Scenario.Item> items = new ArrayList<>();
    Set<String> seenOnce = new HashSet<>();

    int pendingStart = -1;
    // a -- @pause waiting for its step: {session, rows, line index}
    int[] pause = null;
    Integer pendingSession = null;
    StatementScanner pending = null;
    for (int idx = 0; idx < lines.size(); idx++) {
      String line = lines.get(idx);
      int lineNo = origLine.get(idx);
      if (pending != null) {
        if (!pending.inQuoteOrComment() && (STEP.matcher(line).matches() || BAD_STEP.matcher(line).matches())) {
          throw new ScenarioException(file, origLine.get(pendingStart),
              "missing ';' at the end of the statement: " + firstLine(pending.sql()));
        }
        if (pending.feed(line)) {
          finish(file, origLine.get(pendingStart), pendingSession, pendingStart, idx, pending.sql(), pending.rest(), setup, items);
          pause = applyPause(file, pause, pendingSession, items, origLine);
          pending = null;
        }
        continue;
      }
      String stripped = line.strip();
      if (stripped.isEmpty()) continue;
      if (stripped.startsWith("--")) {
        Matcher tm = TEMPLATE_DIRECTIVE.matcher(stripped);
        if (tm.matches()) {
          throw new ScenarioException(file, lineNo, "@" + tm.group(1).toLowerCase(Locale.ROOT)
              + " belongs to a template with parameters or programs: explore reads it (run and check need concrete steps)");
        }
        Matcher dm = DATA.matcher(stripped);
        if (dm.matches()) {
          Scenario.Data data = dataDirective(file, lineNo, dm.group(1));
          setup.addAll(DataFiles.load(file, lineNo, data, tableDef(file, lineNo, data.table(), setup)));
          continue;
        }
        Matcher m = DIRECTIVE.matcher(stripped);
        if (m.matches()) {
          String key = m.group(1).toLowerCase(Locale.ROOT);
          String sess = m.group(2);
          String val = m.group(3);
          if (!KNOWN_DIRECTIVES.contains(key)) {
            throw new ScenarioException(file, lineNo, "unknown directive: @" + m.group(1) + " (expected one of @name, @isolation, @server, @source, @note, @locks, @pause, @data)");
          }
          if (sess != null && !key.equals("isolation") && !key.equals("pause")) {
            throw new ScenarioException(file, lineNo, "@" + key + " does not take a session: " + stripped);
          }
          switch (key) {
            case "locks":
              items.add(new Scenario.Checkpoint(idx));
              break;
            case "pause": {
              Matcher pm = val == null ? null : PAUSE.matcher(val.strip());
              if (sess == null || pm == null || !pm.matches()) {
                throw new ScenarioException(file, lineNo, "malformed @pause: " + stripped + " (expected '-- @pause T2: after 2 rows')");
              }
              if (pause != null) throw new ScenarioException(file, origLine.get(pause[2]), "@pause " + SessionId.of(pause[0]) + " is not followed by a step of that session");
              pause = new int[] {SessionId.parse(sess).number(), Integer.parseInt(pm.group(1)), idx};
              break;
            }
            case "isolation": {
              IsolationLevel lvl = isolationLevel(file, lineNo, val);
              if (sess != null) {
                SessionId n = SessionId.parse(sess);
                if (sessionIso.put(n, lvl) != null) throw new ScenarioException(file, lineNo, "duplicate @isolation " + sess);
              } else {
                if (!seenOnce.add("isolation")) throw new ScenarioException(file, lineNo, "duplicate @isolation");
                isolation = lvl;
              }
              break;
            }
            case "name":
              if (name != null) throw new ScenarioException(file, lineNo, "duplicate @name: " + val + " (first set to " + name + " on line " + nameLine + ")");
              if (val == null || val.isBlank()) throw new ScenarioException(file, lineNo, "@name needs a value");
              name = val;
              nameLine = lineNo;
              break;
            case "server":
              if (server.isPresent()) throw new ScenarioException(file, lineNo, "duplicate @server: " + val);
              if (val == null || val.isBlank()) throw new ScenarioException(file, lineNo, "@server needs a value");
              server = Optional.of(val.trim());
              break;
            default:
              break;
          }
        } else if (EXPECT.matcher(stripped).matches() && !items.isEmpty()
            && items.get(items.size() - 1) instanceof Scenario.Step st && st.lastLine() == idx - 1) {
          Matcher em = EXPECT.matcher(stripped);
          em.matches();
          List<Integer> drops = new ArrayList<>(st.dropLines());
          drops.add(idx);
          items.set(items.size() - 1, new Scenario.Step(st.session(), st.sql(), st.statement(), st.firstLine(),
              st.lastLine(), drops, expectation(file, lineNo, em.group(1)), st.pauseAfterRows()));
        }
        continue;
      }
      Matcher m = STEP.matcher(line);
      String body;
      Integer sess;
      if (m.matches()) {
        sess = Integer.parseInt(m.group(1));
        body = m.group(2);
      } else {
        Matcher bad = BAD_STEP.matcher(line);
        if (bad.matches()) {
          throw new ScenarioException(file, lineNo, "session T" + bad.group(1) + " is out of range (T1..T9): " + line.strip());
        }
        sess = null;
        body = line;
      }
      StatementScanner scan = new StatementScanner();
      if (scan.feed(body)) {
        finish(file, lineNo, sess, idx, idx, scan.sql(), scan.rest(), setup, items);
        pause = applyPause(file, pause, sess, items, origLine);
      } else {
        pending = scan;
        pendingStart = idx;
        pendingSession = sess;
      }
    }
    if (pending != null) {
      throw new ScenarioException(file, origLine.get(pendingStart),
          "unterminated statement (missing ';'): " + firstLine(pending.sql()));
    }
    if (pause != null) {
      throw new ScenarioException(file, origLine.get(pause[2]), "@pause " + SessionId.of(pause[0]) + " is not followed by a step of that session");
    }
    if (setup.isEmpty() && items.isEmpty()) throw new ScenarioException(file, 0, "empty scenario: no setup and no steps");
    if (items.stream().noneMatch(i -> i instanceof Scenario.Step)) {
      throw new ScenarioException(file, 0, "no steps: a scenario needs at least one 'Tn: statement;' line");
    }
    if (name == null) name = baseName(file);
    return new Scenario(file, name, lines, origLine, isolation, sessionIso, server, setup, items);
  }

  /**
   * Gives the step just read the rows of the {@code -- @pause} before it; the statement read must be
   * a step of the pause's session. Returns the pause still waiting (none).
   */
  private static int[] applyPause(String file, int[] pause, Integer session, List<Scenario.Item> items, List<Integer> origLine) {
    if (pause == null) return null;
    if (session == null || session != pause[0] || items.get(items.size() - 1) instanceof Scenario.Checkpoint
        || ((Scenario.Step) items.get(items.size() - 1)).firstLine() < pause[2]) {
      throw new ScenarioException(file, origLine.get(pause[2]), "@pause " + SessionId.of(pause[0]) + " is not followed by a step of that session");
    }
    Scenario.Step st = (Scenario.Step) items.get(items.size() - 1);
    items.set(items.size() - 1, new Scenario.Step(st.session(), st.sql(), st.statement(), st.firstLine(), st.lastLine(),
        st.dropLines(), st.expect(), pause[1]));
    return null;
  }

  /** The arguments of {@code -- @data}: a table, optional columns in parentheses, a colon, a path. */
  static Scenario.Data dataDirective(String file, int line, String args) {
    Matcher a = DATA_ARGS.matcher(args);
    if (!a.matches()) {
      throw new ScenarioException(file, line, "@data needs a table and a file: -- @data t: rows.csv (or -- @data t (a, b): rows.tsv), got: " + args);
    }
    List<String> cols = new ArrayList<>();
    if (a.group(2) != null) {
      for (String c : a.group(2).split(",")) {
        String name = unquote(c.strip());
        if (name.isEmpty()) throw new ScenarioException(file, line, "@data: empty column name in: " + args);
        cols.add(name);
      }
    }
    String t = a.group(1);
    String table = t.length() >= 2 && t.startsWith("`") && t.endsWith("`") ? t.substring(1, t.length() - 1) : t;  // table names keep their case
    return new Scenario.Data(table, cols, a.group(3));
  }

  private static String unquote(String name) {
    String n = name.length() >= 2 && name.startsWith("`") && name.endsWith("`") ? name.substring(1, name.length() - 1) : name;
    return n.toLowerCase(Locale.ROOT);
  }

  /** The definition of a table created earlier in the setup, for {@code -- @data}. */
  private static dev.innosim.schema.TableDef tableDef(String file, int line, String table, List<Scenario.Setup> setup) {
    for (int i = setup.size() - 1; i >= 0; i--) {
      Scenario.Setup s = setup.get(i);
      if (s.data().isPresent() || !s.sql().regionMatches(true, 0, "CREATE", 0, 6)) continue;
      if (s.statement() instanceof Statement.CreateTable ct && ct.table().name().equalsIgnoreCase(table)) return ct.table();
    }
    throw new ScenarioException(file, line, "@data: no CREATE TABLE " + table + " before this line");
  }

  /** Statements already parsed, by text: parsing is pure and statements are immutable, and templates parse the same text often. */
  private static final Map<String, Statement> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int PARSED_LIMIT = 20_000;

  static Statement parsed(String sql) {
    Statement st = PARSED.get(sql);
    if (st != null) return st;
    st = SqlParser.parse(sql);
    if (PARSED.size() >= PARSED_LIMIT) PARSED.clear();
    if (sql.length() < 10_000) PARSED.put(sql, st);
    return st;
  }

  /**
   * Appends the offending statement (its first line, cut when long) to a message unless the
   * message already quotes it, whole or cut.
   */
  public static String withText(String message, String sql) {
    String first = firstLine(sql);
    String head = first.length() > 40 ? first.substring(0, 40) : first;
    String quoted = dev.innosim.sql.Texts.oneLine(head);
    return message.contains(head) || message.contains(quoted) ? message : message + " in: " + dev.innosim.sql.Texts.cut(first);
  }

  private static String baseName(String file) {
    String f = file.replace('\\', '/');
    f = f.substring(f.lastIndexOf('/') + 1);
    return f.endsWith(".sql") ? f.substring(0, f.length() - 4) : f;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  private static void finish(String file, int lineNo, Integer session, int first, int last, String sql, String rest,
                             List<Scenario.Setup> setup, List<Scenario.Item> items) {
    if (sql.isEmpty()) throw new ScenarioException(file, lineNo, "empty statement");
    Statement st;
    try {
      st = parsed(sql);
    } catch (SqlException e) {
      throw new ScenarioException(file, lineNo, withText(e.message(), sql));
    } catch (SchemaException e) {
      throw new ScenarioException(file, lineNo, withText(e.getMessage(), sql));
    }
    String restStripped = rest.strip();
    if (!restStripped.isEmpty() && !restStripped.startsWith("--") && !restStripped.startsWith("#")
        && !(restStripped.startsWith("/*") && restStripped.endsWith("*/"))) {
      throw new ScenarioException(file, lineNo, "text after ';' (one statement per step): " + restStripped);
    }
    if (session == null) {
      setup.add(new Scenario.Setup(lineNo, sql));
      return;
    }
    Optional<StepOutcome> expect = Optional.empty();
    Matcher em = EXPECT_INLINE.matcher(rest);
    if (em.find()) expect = expectation(file, lineNo, em.group(1));
    items.add(new Scenario.Step(SessionId.of(session), sql, st, first, last, List.of(), expect));
  }

  /**
   * The outcome written after {@code -- expect:} (empty when nothing is written); an unknown
   * word is an error at its line.
   */
  static Optional<StepOutcome> expectation(String file, int line, String text) {
    if (text.isBlank()) return Optional.empty();
    Optional<StepOutcome> o = StepOutcome.parse(text);
    if (o.isEmpty()) {
      throw new ScenarioException(file, line, "unknown outcome after '-- expect:': " + text.strip()
          + " (expected ok, error N, deadlock, timeout or blocked -> one of those)");
    }
    return o;
  }

  /** {@code IsolationLevel} from {@code REPEATABLE READ}, {@code RC}, {@code read-committed}, ... */
  static IsolationLevel isolationLevel(String file, int line, String val) {
    if (val == null || val.isBlank()) {
      throw new ScenarioException(file, line,
          "@isolation needs a value: REPEATABLE READ, READ COMMITTED, READ UNCOMMITTED or SERIALIZABLE (or RR, RC, RU)");
    }
    String v = val.strip().toUpperCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').replaceAll("\\s+", " ");
    switch (v) {
      case "RR": case "REPEATABLE READ": return IsolationLevel.REPEATABLE_READ;
      case "RC": case "READ COMMITTED": return IsolationLevel.READ_COMMITTED;
      case "RU": case "READ UNCOMMITTED": return IsolationLevel.READ_UNCOMMITTED;
      case "SERIALIZABLE": return IsolationLevel.SERIALIZABLE;
      default: throw new ScenarioException(file, line, "unknown isolation level: " + val);
    }
  }

  /**
   * Returns {statement without ';', rest after ';'} of one line, or null when the line has no
   * terminating {@code ;} outside quotes and comments ({@link StatementScanner}).
   */
  static String[] splitStatement(String text) {
    StatementScanner scan = new StatementScanner();
    return scan.feed(text) ? new String[] {scan.sql(), scan.rest()} : null;
  }
}
