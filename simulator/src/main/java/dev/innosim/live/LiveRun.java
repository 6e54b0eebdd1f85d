package dev.innosim.live;

import dev.innosim.scenario.Annotator;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.TraceRunner;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One run of a scenario on a live server: the trace, the server's raw deadlock reports, and the
 * recording they make (the annotated scenario in the golden format, with a note naming the
 * server, and the {@code NAME.deadlock.txt} text); immutable.
 */
public record LiveRun(Scenario scenario, ServerIdentity server, Trace trace, List<JdbcServer.RawDeadlock> deadlocks) {
  public LiveRun {
    deadlocks = List.copyOf(deadlocks);
  }

  private static final Pattern NAME = Pattern.compile("^--\\s*@name\\s*:.*");
  private static final Pattern SERVER = Pattern.compile("^--\\s*@server\\s*:.*");

  /**
   * Runs {@code sc} on a fresh database of the server and drops it again, whatever happens; a
   * statement the server rejects in setup is a {@link dev.innosim.scenario.ScenarioException} at its line.
   */
  public static LiveRun run(Scenario sc, LiveTarget target, ServerIdentity id) {
    try (JdbcServer server = JdbcServer.open(target, id, sc.isolation(), sc.sessionIsolation(), sc.sessions())) {
      Trace t = TraceRunner.run(sc, server, TraceRunner.NONE);
      return new LiveRun(sc, id, t, server.rawDeadlocks());
    }
  }

  /** The note a recording carries after its {@code -- @name:} line. */
  public String note() {
    String n = "-- note: recorded on " + server.describe();
    boolean hasServer = false;
    for (String l : scenario.lines()) hasServer |= SERVER.matcher(l.strip()).matches();
    if (hasServer) n += "; the @server line is the input's, not this recording's";
    return n;
  }

  /** The annotated scenario, exactly as the oracle writes a recording. */
  public String annotated() {
    String text = Annotator.render(scenario, trace, Map.of());
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int at = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (NAME.matcher(lines.get(i).strip()).matches()) {
        at = i;
        break;
      }
    }
    lines.add(at + 1, note());
    return String.join("\n", lines);
  }

  /** The {@code NAME.deadlock.txt} text: every deadlock report read, under its step; empty when none. */
  public String deadlockText() {
    List<String> parts = new ArrayList<>();
    for (JdbcServer.RawDeadlock d : deadlocks) {
      parts.add("==== deadlock during step " + d.step() + " ====\n" + d.raw().stripTrailing() + "\n");
    }
    return String.join("\n", parts);
  }
}
