package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a {@link Script} in the scenario format, the inverse of {@link ScenarioParser}:
 * {@code Script.of(ScenarioParser.parse(f, write(s))).equals(s)}; stateless.
 */
public final class ScenarioWriter {
  private ScenarioWriter() {}

  /** The scenario file's text, ending with a newline. */
  public static String write(Script s) {
    StringBuilder b = new StringBuilder();
    b.append("-- @name: ").append(s.name()).append('\n');
    s.server().ifPresent(v -> b.append("-- @server: ").append(v).append('\n'));
    b.append("-- @isolation: ").append(levelText(s.isolation())).append('\n');
    for (Map.Entry<SessionId, IsolationLevel> e : new TreeMap<>(s.sessionIsolation()).entrySet()) {
      b.append("-- @isolation ").append(e.getKey().name()).append(": ").append(levelText(e.getValue())).append('\n');
    }
    for (String c : s.comments()) b.append(commentText(c)).append('\n');
    for (int i = 0; i <= s.setup().size(); i++) {
      for (Script.Load d : s.data()) if (d.before() == i) b.append(d.data().directive()).append('\n');
      if (i < s.setup().size()) b.append(s.setup().get(i)).append(";\n");
    }
    b.append('\n');
    for (Script.Line l : s.body()) {
      if (l instanceof Script.StepLine st) {
        if (st.pauseAfterRows() > 0) b.append(pauseDirective(st.session(), st.pauseAfterRows())).append('\n');
        String text = st.session().name() + ": " + st.sql() + ";";
        b.append(text);
        st.expect().ifPresent(o -> {
          int last = text.lastIndexOf('\n');
          int len = text.codePointCount(last + 1, text.length());
          b.append(" ".repeat(Math.max(Annotator.EXPECT_COL - len, 2))).append("-- expect: ").append(o.text());
        });
        b.append('\n');
      } else if (l instanceof Script.LocksLine) {
        b.append("-- @locks\n");
      } else {
        b.append(commentText(((Script.CommentLine) l).text())).append('\n');
      }
    }
    return b.toString();
  }

  /** {@code -- @pause T2: after 2 rows}: the next step of T2 stops after that many rows. */
  public static String pauseDirective(dev.innosim.mysql.SessionId session, int rows) {
    return "-- @pause " + session.name() + ": after " + rows + (rows == 1 ? " row" : " rows");
  }

  private static String commentText(String c) {
    return c.isEmpty() ? "--" : "-- " + c;
  }

  /** {@code REPEATABLE READ}, as {@code -- @isolation:} takes it. */
  static String levelText(IsolationLevel l) {
    return l.name().replace('_', ' ');
  }
}
