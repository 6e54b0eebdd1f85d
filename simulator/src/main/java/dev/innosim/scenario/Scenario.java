package dev.innosim.scenario;

import dev.innosim.mysql.SessionId;
import dev.innosim.schema.IsolationLevel;
import dev.innosim.server.StepOutcome;
import dev.innosim.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed scenario file; immutable. {@code lines} are the file's lines without the generated
 * ones (which are dropped on input), and every item points into them.
 */
public record Scenario(
    String file,
    String name,
    List<String> lines,
    List<Integer> lineNumbers,
    IsolationLevel isolation,
    Map<SessionId, IsolationLevel> sessionIsolation,
    Optional<String> server,
    List<Setup> setup,
    List<Item> items) {

  public Scenario {
    lines = List.copyOf(lines);
    lineNumbers = List.copyOf(lineNumbers);
    sessionIsolation = Map.copyOf(sessionIsolation);
    setup = List.copyOf(setup);
    items = List.copyOf(items);
  }

  /**
   * A setup statement and the (1-based) line it starts on; {@code data}: the {@code -- @data}
   * directive on that line whose rows it inserts (one of its INSERTs of 1,000 rows). The parser
   * has read {@code sql} once (bad input is reported then); the statement is not kept but read
   * again when asked for ({@link #statement()}), so a setup of 10^6 rows holds its text only.
   */
  public record Setup(int line, String sql, Optional<Data> data) {
    public Setup(int line, String sql) {
      this(line, sql, Optional.empty());
    }

    /** The statement, read from {@link #sql()} (short statements come from the parser's cache). */
    public Statement statement() {
      return ScenarioParser.parsed(sql);
    }
  }

  /**
   * A {@code -- @data table [(columns)]: path} directive: the rows of a CSV or TSV file (path as
   * written, relative to the scenario file) loaded into the table in setup ({@code docs/scenario-format.md}).
   */
  public record Data(String table, List<String> columns, String path) {
    public Data {
      columns = List.copyOf(columns);
    }

    /** The directive line as it is written. */
    public String directive() {
      return "-- @data " + table + (columns.isEmpty() ? "" : " (" + String.join(", ", columns) + ")") + ": " + path;
    }
  }

  /** A step or a checkpoint. */
  public sealed interface Item permits Step, Checkpoint {}

  /**
   * One step of a session. Lines are 0-based indexes into {@link #lines}; {@code expect} is the
   * outcome the file states, if any; {@code pauseAfterRows} the rows after which its statement stops
   * ({@code -- @pause Tn: after N rows} right before it; 0: it runs to its end).
   */
  public record Step(SessionId session, String sql, Statement statement, int firstLine, int lastLine,
                     List<Integer> dropLines, Optional<StepOutcome> expect, int pauseAfterRows) implements Item {
    public Step {
      dropLines = List.copyOf(dropLines);
      if (pauseAfterRows < 0) throw new IllegalArgumentException("pause after " + pauseAfterRows + " rows");
    }

    public Step(SessionId session, String sql, Statement statement, int firstLine, int lastLine,
                List<Integer> dropLines, Optional<StepOutcome> expect) {
      this(session, sql, statement, firstLine, lastLine, dropLines, expect, 0);
    }

    /** The step as a command for a server. */
    public dev.innosim.server.Command command(int line) {
      return new dev.innosim.server.Command(sql, statement, line, pauseAfterRows);
    }
  }

  /** A {@code -- @locks} checkpoint at a 0-based line index. */
  public record Checkpoint(int line) implements Item {}

  /** The 1-based line number in the file of a 0-based index into {@link #lines}. */
  public int lineNumber(int idx) {
    return lineNumbers.get(idx);
  }

  /** The sessions that have steps, in order T1, T2, ... */
  public List<SessionId> sessions() {
    return steps().stream().map(Step::session).distinct().sorted().toList();
  }

  /** The steps, in file order. */
  public List<Step> steps() {
    List<Step> out = new java.util.ArrayList<>(items.size());
    for (Item i : items) if (i instanceof Step st) out.add(st);
    return out;
  }
}
