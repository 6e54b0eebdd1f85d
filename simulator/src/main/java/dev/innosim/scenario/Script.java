package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.StepOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * A scenario as content, without its file's layout: name, profile, isolation levels, header
 * comments, setup statements and the body (steps with their expected outcomes, checkpoints,
 * comments). {@link ScenarioWriter} writes it; parsing what it wrote gives an equal script.
 * Immutable.
 */
public record Script(String name, Optional<String> server, IsolationLevel isolation,
                     Map<SessionId, IsolationLevel> sessionIsolation, List<String> comments, List<String> setup,
                     List<Load> data, List<Line> body) {
  public Script {
    sessionIsolation = Map.copyOf(new TreeMap<>(sessionIsolation));
    comments = List.copyOf(comments);
    setup = List.copyOf(setup);
    data = List.copyOf(data);
    body = List.copyOf(body);
    for (Load d : data) {
      if (d.before() < 0 || d.before() > setup.size()) throw new IllegalArgumentException("data load position " + d.before());
    }
    if (name.isBlank() || name.contains("\n")) throw new IllegalArgumentException("scenario name: " + name);
    for (String c : comments) checkComment(c);
    for (Line l : body) if (l instanceof CommentLine c) checkComment(c.text());
  }

  /** A script without {@code -- @data} loads. */
  public Script(String name, Optional<String> server, IsolationLevel isolation,
                Map<SessionId, IsolationLevel> sessionIsolation, List<String> comments, List<String> setup, List<Line> body) {
    this(name, server, isolation, sessionIsolation, comments, setup, List.of(), body);
  }

  /** A {@code -- @data} directive, written before setup statement {@code before} ({@code setup().size()}: after all of them). */
  public record Load(int before, Scenario.Data data) {}

  /** One line of the body. */
  public sealed interface Line permits StepLine, LocksLine, CommentLine {}

  /**
   * A step: {@code T1: sql;}, with the outcome it is expected to have, if stated, and the rows
   * after which its statement stops ({@code -- @pause T1: after N rows} before it; 0: none).
   */
  public record StepLine(SessionId session, String sql, Optional<StepOutcome> expect, int pauseAfterRows) implements Line {
    public StepLine {
      if (session.number() < 1 || session.number() > 9) throw new IllegalArgumentException("session " + session);
      if (sql.isBlank()) throw new IllegalArgumentException("empty statement");
      if (pauseAfterRows < 0) throw new IllegalArgumentException("pause after " + pauseAfterRows + " rows");
    }

    public StepLine(SessionId session, String sql, Optional<StepOutcome> expect) {
      this(session, sql, expect, 0);
    }
  }

  /** A {@code -- @locks} checkpoint. */
  public record LocksLine() implements Line {}

  /** A comment line ({@code -- text}). */
  public record CommentLine(String text) implements Line {}

  private static void checkComment(String c) {
    if (c.contains("\n") || c.contains("\r")) throw new IllegalArgumentException("comment with a line break: " + c);
    String line = "-- " + c;
    if (ScenarioParser.isGenerated(line) || ScenarioParser.EXPECT.matcher(line).matches()) {
      throw new IllegalArgumentException("comment that reads as a generated line: " + c);
    }
    Matcher m = ScenarioParser.DIRECTIVE.matcher(line);
    if (m.matches() && !m.group(1).equalsIgnoreCase("source") && !m.group(1).equalsIgnoreCase("note")) {
      throw new IllegalArgumentException("comment that reads as a directive: " + c);
    }
  }

  /** The content of a parsed scenario (generated lines, blank lines and layout left out). */
  public static Script of(Scenario sc) {
    List<String> header = new ArrayList<>();
    List<Line> body = new ArrayList<>();
    int firstStepLine = sc.steps().isEmpty() ? sc.lines().size() : sc.steps().get(0).firstLine();
    java.util.Map<Integer, Scenario.Item> itemAt = new java.util.HashMap<>();
    java.util.Set<Integer> inStep = new java.util.HashSet<>();
    for (Scenario.Item it : sc.items()) {
      if (it instanceof Scenario.Step st) {
        itemAt.put(st.firstLine(), st);
        for (int i = st.firstLine(); i <= st.lastLine(); i++) inStep.add(i);
        inStep.addAll(st.dropLines());
      } else {
        itemAt.put(((Scenario.Checkpoint) it).line(), it);
      }
    }
    java.util.Set<Integer> setupLines = new java.util.HashSet<>();
    for (Scenario.Setup s : sc.setup()) setupLines.add(s.line());
    boolean inSetupStatement = false;
    for (int i = 0; i < sc.lines().size(); i++) {
      Scenario.Item it = itemAt.get(i);
      if (it instanceof Scenario.Step st) {
        body.add(new StepLine(st.session(), st.sql(), st.expect(), st.pauseAfterRows()));
        continue;
      }
      if (it instanceof Scenario.Checkpoint) {
        body.add(new LocksLine());
        continue;
      }
      if (inStep.contains(i)) continue;
      String l = sc.lines().get(i).strip();
      if (setupLines.contains(sc.lineNumber(i))) inSetupStatement = true;
      if (inSetupStatement) {
        if (ScenarioParser.splitStatement(l) != null || l.endsWith(";")) inSetupStatement = false;
        continue;
      }
      if (!l.startsWith("--")) continue;
      Matcher m = ScenarioParser.DIRECTIVE.matcher(l);
      if (m.matches()) {
        String key = m.group(1).toLowerCase(java.util.Locale.ROOT);
        if (!key.equals("source") && !key.equals("note")) continue;
      }
      if (ScenarioParser.EXPECT.matcher(l).matches()) continue;
      String text = l.length() > 2 && l.charAt(2) == ' ' ? l.substring(3) : l.substring(2);
      if (i < firstStepLine) header.add(text); else body.add(new CommentLine(text));
    }
    List<String> setup = new ArrayList<>();
    List<Load> loads = new ArrayList<>();
    Scenario.Setup previous = null;
    for (Scenario.Setup s : sc.setup()) {
      if (s.data().isEmpty()) {
        setup.add(s.sql());
      } else if (previous == null || previous.data().isEmpty() || previous.line() != s.line()) {
        loads.add(new Load(setup.size(), s.data().get()));  // one directive, however many INSERTs it made
      }
      previous = s;
    }
    return new Script(sc.name(), sc.server(), sc.isolation(), sc.sessionIsolation(), header, setup, loads, body);
  }
}
