package dev.innosim.scenario;

import dev.innosim.mysql.LockRef;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.StepOutcome;
import dev.innosim.server.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trace a scenario file states (its {@code -- expect:}, {@code -- released:},
 * {@code -- deadlock:} and checkpoint lines), with the file line of every entry, so that a
 * comparison can name where a run departs from it; immutable.
 *
 * @param trace    what the file says happened
 * @param lines    the 1-based file line of each entry of {@code trace.entries()} (its step or {@code -- @locks} line)
 * @param endLine  the line of {@code -- note: end of script}, or the last line
 */
public record ExpectedTrace(Trace trace, List<Integer> lines, int endLine) {
  public ExpectedTrace {
    lines = List.copyOf(lines);
  }

  private static final Pattern RELEASED = Pattern.compile("^-- released: (T[0-9]{1,4}) -> (.+?)( \\(waited for before this step\\))?$");
  private static final Pattern VICTIM = Pattern.compile("^-- deadlock: victim (T[0-9]{1,4})$");
  private static final Pattern MEMBER = Pattern.compile("^--   (T[0-9]{1,4}) waits  (.+)$");
  private static final Pattern BEHIND = Pattern.compile("^--     behind (.+)$");

  /**
   * Reads the stated trace of a parsed scenario from its file text. A step without a stated
   * outcome, or a malformed generated line, is a {@link ScenarioException} at its line.
   */
  public static ExpectedTrace read(Scenario sc, String text) {
    List<String> raw = ScenarioParser.splitLines(text);
    List<Scenario.Item> items = sc.items();
    List<Integer> itemLine = new ArrayList<>();
    for (Scenario.Item it : items) {
      itemLine.add(it instanceof Scenario.Step st ? sc.lineNumber(st.lastLine()) : sc.lineNumber(((Scenario.Checkpoint) it).line()));
    }
    List<Trace.Entry> entries = new ArrayList<>();
    java.util.Map<Integer, List<LockRow>> checkpointRows = new java.util.HashMap<>();
    List<Integer> entryLines = new ArrayList<>();
    List<Release> before = new ArrayList<>();
    List<Release> released = null;
    List<DeadlockEvent> deadlocks = null;
    List<LockRow> rows = null;
    SessionId victim = null;
    List<DeadlockEvent.Member> members = null;
    SessionId member = null;
    LockRef waits = null;
    List<LockRow> behind = null;
    List<Release> endReleases = new ArrayList<>();
    List<DeadlockEvent> endDeadlocks = new ArrayList<>();
    int endLine = raw.size();
    boolean atEnd = false;
    int next = 0;
    Scenario.Step step = null;
    for (int i = 0; i < raw.size(); i++) {
      int lineNo = i + 1;
      String l = raw.get(i);
      if (l.endsWith("\r")) l = l.substring(0, l.length() - 1);
      String line = l.stripTrailing();
      // a member of a deadlock block ends at anything that is not its behind line
      if (member != null && !BEHIND.matcher(line).matches()) {
        members.add(new DeadlockEvent.Member(member, waits, behind));
        member = null;
      }
      if (victim != null && member == null && !MEMBER.matcher(line).matches()) {
        (atEnd ? endDeadlocks : deadlocks).add(new DeadlockEvent(victim, members));
        victim = null;
      }
      if (next < items.size() && itemLine.get(next) == lineNo) {
        closeStep(entries, step, before, released, deadlocks, sc, entryLines);
        step = null;
        rows = null;
        Scenario.Item it = items.get(next++);
        if (it instanceof Scenario.Step st) {
          step = st;
          entryLines.add(lineNo);
          before = before == null ? new ArrayList<>() : before;
          released = new ArrayList<>();
          deadlocks = new ArrayList<>();
        } else {
          rows = new ArrayList<>();
          checkpointRows.put(entries.size(), rows);
          entries.add(null);
          entryLines.add(lineNo);
          released = null;
          deadlocks = null;
        }
        continue;
      }
      if (line.equals("-- note: end of script")) {
        closeStep(entries, step, before, released, deadlocks, sc, entryLines);
        step = null;
        rows = null;
        atEnd = true;
        endLine = lineNo;
        continue;
      }
      if ((line.startsWith("-- released:") && !RELEASED.matcher(line).matches())
          || (line.startsWith("-- deadlock:") && !VICTIM.matcher(line).matches())) {
        throw new ScenarioException(sc.file(), lineNo, "malformed generated line: " + line);
      }
      Matcher m = RELEASED.matcher(line);
      if (m.matches()) {
        Release r = new Release(SessionId.parse(m.group(1)), finalOutcome(sc, lineNo, m.group(2)));
        if (m.group(3) != null) {
          if (step != null) {
            closeStep(entries, step, before, released, deadlocks, sc, entryLines);
            step = null;
          }
          before.add(r);
        } else if (atEnd) {
          endReleases.add(r);
        } else if (step != null) {
          released.add(r);
        } else {
          throw new ScenarioException(sc.file(), lineNo, "'-- released:' line without a step before it: " + line);
        }
        rows = null;
        continue;
      }
      m = VICTIM.matcher(line);
      if (m.matches()) {
        if (step == null && !atEnd) throw new ScenarioException(sc.file(), lineNo, "'-- deadlock:' block without a step before it");
        victim = SessionId.parse(m.group(1));
        members = new ArrayList<>();
        rows = null;
        continue;
      }
      if (victim != null) {
        m = MEMBER.matcher(line);
        if (m.matches()) {
          member = SessionId.parse(m.group(1));
          String text2 = m.group(2);
          waits = LockRef.parse(text2).orElseThrow(() -> new ScenarioException(sc.file(), lineNo, "not a lock: " + text2));
          behind = new ArrayList<>();
          continue;
        }
      }
      if (member != null) {
        Matcher b = BEHIND.matcher(line);
        b.matches();
        String text1 = b.group(1);
        behind.add(LockRow.parse(text1).orElseThrow(() -> new ScenarioException(sc.file(), lineNo, "not a lock line: " + text1)));
        continue;
      }
      if (rows != null && line.startsWith("--   ")) {
        String body = line.substring(5);
        if (body.matches("T\\d+ holds  nothing")) continue;
        rows.add(LockRow.parse(body).orElseThrow(() -> new ScenarioException(sc.file(), lineNo, "not a lock line: " + body)));
        continue;
      }
      if (!line.strip().isEmpty() && !line.startsWith("--")) {
        rows = null;
      }
    }
    if (member != null) members.add(new DeadlockEvent.Member(member, waits, behind));
    if (victim != null) (atEnd ? endDeadlocks : deadlocks).add(new DeadlockEvent(victim, members));
    closeStep(entries, step, before, released, deadlocks, sc, entryLines);
    // checkpoint rows were collected into mutable lists: freeze them
    List<Trace.Entry> frozen = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      frozen.add(entries.get(i) != null ? entries.get(i) : new Trace.Checkpoint(checkpointRows.get(i)));
    }
    return new ExpectedTrace(new Trace(sc.sessions(), frozen, endReleases, endDeadlocks), entryLines, endLine);
  }

  private static void closeStep(List<Trace.Entry> entries, Scenario.Step step, List<Release> before, List<Release> released,
                                List<DeadlockEvent> deadlocks, Scenario sc, List<Integer> entryLines) {
    if (step == null) return;
    int line = entryLines.get(entries.size());
    StepOutcome o = step.expect().orElseThrow(() -> new ScenarioException(sc.file(), line,
        "step has no '-- expect:' outcome to check: " + step.session().name() + ": " + step.sql()));
    entries.add(new Trace.StepResult(step.session(), o, before, released, deadlocks));
    before.clear();
  }

  private static StepOutcome.Final finalOutcome(Scenario sc, int line, String text) {
    return StepOutcome.parseFinal(text).orElseThrow(() -> new ScenarioException(sc.file(), line,
        "unknown outcome in '-- released:' line: " + text));
  }
}
