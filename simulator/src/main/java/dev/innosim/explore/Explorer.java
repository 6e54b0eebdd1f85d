package dev.innosim.explore;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import dev.innosim.mysql.LockRow;
import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.scenario.ScenarioWriter;
import dev.innosim.scenario.Script;
import dev.innosim.server.Command;
import dev.innosim.server.DeadlockEvent;
import dev.innosim.server.Release;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StatementRejected;
import dev.innosim.server.StepEvents;
import dev.innosim.server.StepOutcome;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explores the interleavings of a scenario's sessions: each session's steps are its program (in
 * file order); at every point any session that is neither finished nor waiting may issue its next
 * statement; a waiting session resumes when granted, as in {@code run}. Stateless: every call works
 * on its own servers.
 *
 * <p>Exhaustive search is breadth-first over states. A state is a SHA-256 hash of the engine's
 * {@link SimulatedServer#fingerprint() fingerprint} plus the program counters and the events so
 * far; two schedules that reach the same state continue as one, and the number of schedules through
 * each state is carried along, so all schedules are counted without being enumerated. Each new state
 * is built by replaying its (shortest) schedule on a fresh server, so memory holds one level of
 * states at a time. Breadth-first order makes the first schedule found for each end result a
 * shortest one.
 *
 * <p>A deadlock victim's remaining statements are not issued: its transaction was rolled back, as
 * an application would abandon it.
 */
public final class Explorer {
  private final Scenario sc;
  private final ServerProfile profile;
  private final List<SessionId> sessions;
  private final List<List<Scenario.Step>> program = new ArrayList<>();
  private final ExploreOptions options;
  private long states;

  private Explorer(Scenario sc, ExploreOptions options) {
    this.sc = sc;
    this.options = options;
    this.profile = ScenarioRunner.profileFor(sc, options.profile());
    this.sessions = sc.sessions();
    for (SessionId s : sessions) {
      program.add(sc.steps().stream().filter(st -> st.session().equals(s)).toList());
    }
  }

  /** Explores a scenario's interleavings. */
  public static ExploreReport explore(Scenario sc, ExploreOptions options) {
    return new Explorer(sc, options).run();
  }

  /** One point of the search: the schedule that reached it and what happened on the way. */
  private final class Node {
    final int[] schedule;
    final int[] pc;
    final boolean[] ended;
    final boolean[] blocked;
    final boolean[] open;
    final List<EndResult.Event> events;
    final Optional<DeadlockEvent> firstDeadlock;
    BigInteger count = BigInteger.ONE;

    Node(int[] schedule, int[] pc, boolean[] ended, boolean[] blocked, boolean[] open, List<EndResult.Event> events,
         Optional<DeadlockEvent> firstDeadlock) {
      this.schedule = schedule;
      this.pc = pc;
      this.ended = ended;
      this.blocked = blocked;
      this.open = open;
      this.events = events;
      this.firstDeadlock = firstDeadlock;
    }

    boolean enabled(int i) {
      return pc[i] < program.get(i).size() && !blocked[i] && !ended[i];
    }

    boolean terminal() {
      for (int i = 0; i < sessions.size(); i++) if (enabled(i)) return false;
      return true;
    }
  }

  /** A state of the search: equal keys behave identically from here on. */
  private record StateKey(HashCode engine, String counters, List<EndResult.Event> events, List<String> cycle) {}

  private SimulatedServer fresh() {
    SimulatedServer s = ScenarioServers.simulated(sc, Optional.of(profile)).captureDeadlockSnapshots(false);
    for (Scenario.Setup st : sc.setup()) {
      Command c = new Command(st.sql(), st.statement(), st.line());
      try {
        s.setup(c);
      } catch (StatementRejected e) {
        throw rejected(c, e);
      }
    }
    return s;
  }

  /** A statement the server rejects is bad input at its line, as in {@code run}. */
  private ScenarioException rejected(Command c, StatementRejected e) {
    return new ScenarioException(sc.file(), c.line(), ScenarioParser.withText(e.getMessage(), c.sql()));
  }

  private StepEvents issue(SimulatedServer server, SessionId session, Command c) {
    try {
      return server.issue(session, c);
    } catch (StatementRejected e) {
      throw rejected(c, e);
    }
  }

  private SimulatedServer replay(int[] schedule) {
    SimulatedServer s = fresh();
    int[] pc = new int[sessions.size()];
    for (int i : schedule) {
      Scenario.Step st = program.get(i).get(pc[i]);
      issue(s, sessions.get(i), command(st));
      pc[i]++;
    }
    return s;
  }

  private Command command(Scenario.Step st) {
    return new Command(st.sql(), st.statement(), sc.lineNumber(st.firstLine()));
  }

  /** Issues session {@code i}'s next statement on {@code server}, which is at {@code parent}. */
  private Node child(SimulatedServer server, Node parent, int i) {
    int[] schedule = Arrays.copyOf(parent.schedule, parent.schedule.length + 1);
    schedule[schedule.length - 1] = i;
    int[] pc = parent.pc.clone();
    boolean[] ended = parent.ended.clone();
    boolean[] blocked = parent.blocked.clone();
    List<EndResult.Event> events = new ArrayList<>(parent.events);
    Scenario.Step step = program.get(i).get(pc[i]);
    pc[i]++;
    StepEvents r = issue(server, sessions.get(i), command(step));
    r.own().ifPresent(o -> note(events, ended, i, pc[i], o));
    for (Release rel : r.releasedBefore()) {
      int j = sessions.indexOf(rel.session());
      note(events, ended, j, j == i ? pc[i] - 1 : pc[j], rel.outcome());
    }
    for (Release rel : r.released()) {
      int j = sessions.indexOf(rel.session());
      note(events, ended, j, pc[j], rel.outcome());
    }
    Optional<DeadlockEvent> dl = parent.firstDeadlock;
    if (dl.isEmpty() && !r.deadlocks().isEmpty()) dl = Optional.of(r.deadlocks().get(0));
    boolean[] open = new boolean[sessions.size()];
    for (int k = 0; k < sessions.size(); k++) {
      blocked[k] = server.isBlocked(sessions.get(k));
      open[k] = server.inTransaction(sessions.get(k));
    }
    return new Node(schedule, pc, ended, blocked, open, events, dl);
  }

  /** Records a notable outcome of session {@code i}'s {@code step}-th statement. */
  private void note(List<EndResult.Event> events, boolean[] ended, int i, int step, StepOutcome.Final o) {
    if (o instanceof StepOutcome.Ok) return;
    events.add(new EndResult.Event(sessions.get(i), step, program.get(i).get(step - 1).sql(), o));
    if (o instanceof StepOutcome.DeadlockVictim) ended[i] = true;
  }

  static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }

  private StateKey key(SimulatedServer server, Node n) {
    return new StateKey(Hashing.sha256().hashString(server.fingerprint(), StandardCharsets.UTF_8),
        Arrays.toString(n.pc) + Arrays.toString(n.ended), n.events,
        options.cyclesApart() ? n.firstDeadlock.map(DeadlockEvent::lines).orElse(List.of()) : List.of());
  }

  private ExploreReport run() {
    long t0 = options.startNanos() != 0 ? options.startNanos() : System.nanoTime();
    long searchStart = System.nanoTime();
    Map<EndResult, Acc> results = new LinkedHashMap<>();
    BigInteger schedules = BigInteger.ZERO;
    Optional<String> stop = Optional.empty();
    int n = sessions.size();
    Node root = new Node(new int[0], new int[n], new boolean[n], new boolean[n], new boolean[n], List.of(), Optional.empty());
    if (options.isRandom()) {
      RandomScheduler rnd = new RandomScheduler(options.seed());
      random:
      for (long s = 0; s < options.randomSchedules(); s++) {
        SimulatedServer server = fresh();
        Node node = root;
        while (!node.terminal()) {
          if (overBudget(t0)) {
            stop = Optional.of("time budget of " + budgetText() + " reached after " + s + " complete schedules");
            break random;
          }
          if (states >= options.maxStates()) {
            stop = Optional.of("--max-states " + options.maxStates() + " reached after " + s + " complete schedules");
            break random;
          }
          List<Integer> en = new ArrayList<>();
          for (int i = 0; i < n; i++) if (node.enabled(i)) en.add(i);
          node = child(server, node, rnd.pick(en));
          states++;
        }
        record(results, node);
        schedules = schedules.add(BigInteger.ONE);
      }
    } else {
      List<Node> level = List.of(root);
      states = 1;
      search:
      while (!level.isEmpty()) {
        Map<StateKey, Node> next = new LinkedHashMap<>();
        for (Node node : level) {
          if (node.terminal()) {
            record(results, node);
            schedules = schedules.add(node.count);
            continue;
          }
          for (int i = 0; i < n; i++) {
            if (!node.enabled(i)) continue;
            if (states >= options.maxStates()) {
              stop = Optional.of("--max-states " + options.maxStates() + " reached");
              break search;
            }
            if (overBudget(t0)) {
              stop = Optional.of("time budget of " + budgetText() + " reached");
              break search;
            }
            SimulatedServer server = replay(node.schedule);
            Node c = child(server, node, i);
            StateKey k = key(server, c);
            Node seen = next.get(k);
            if (seen == null) {
              c.count = node.count;
              next.put(k, c);
              states++;
            } else {
              seen.count = seen.count.add(node.count);
            }
          }
        }
        level = new ArrayList<>(next.values());
      }
    }
    List<ExploreReport.Result> out = new ArrayList<>();
    int idx = 0;
    for (Map.Entry<EndResult, Acc> a : results.entrySet()) out.add(a.getValue().toResult(a.getKey(), ++idx));
    out.sort((a, b) -> {
      int c = b.schedules().compareTo(a.schedules());
      return c != 0 ? c : Integer.compare(a.witness().size(), b.witness().size());
    });
    long ms = (System.nanoTime() - searchStart) / 1_000_000;
    List<String> names = sessions.stream().map(SessionId::name).toList();
    return new ExploreReport(sc.file(), profile.name(), names, options.isRandom(), options.seed(), schedules, states,
        out, stop, ms);
  }

  private String budgetText() {
    long ns = options.timeBudgetNanos();
    return ns % 1_000_000 == 0 ? (ns / 1_000_000) + " ms" : String.format(java.util.Locale.ROOT, "%.3f ms", ns / 1e6);
  }

  private boolean overBudget(long t0) {
    return options.timeBudgetNanos() > 0 && System.nanoTime() - t0 >= options.timeBudgetNanos();
  }

  /** One end result being accumulated. */
  private final class Acc {
    BigInteger count = BigInteger.ZERO;
    Node witness;

    ExploreReport.Result toResult(EndResult end, int idx) {
      List<String> w = Arrays.stream(witness.schedule).mapToObj(i -> sessions.get(i).name()).toList();
      return new ExploreReport.Result(end.description(), end.deadlock(), end.stuck(), count, w,
          options.witnessScenarios() ? witnessScenario(witness, idx, end.stuck()) : "", witness.firstDeadlock.map(Explorer::cycleLines).orElse(List.of()));
    }
  }

  /** The deadlock's lines as the report prints them: {@code victim T2}, {@code T1 waits  ...}, {@code   behind ...}. */
  static List<String> cycleLines(DeadlockEvent d) {
    List<String> lines = new ArrayList<>();
    lines.add("victim " + d.victim().name());
    for (DeadlockEvent.Member m : d.members()) {
      lines.add(m.session().name() + " waits  " + m.waits().text());
      for (LockRow b : m.behind()) lines.add("  behind " + b.text());
    }
    return lines;
  }

  private void record(Map<EndResult, Acc> results, Node node) {
    List<EndResult.SessionEnd> ends = new ArrayList<>();
    for (int i = 0; i < sessions.size(); i++) {
      SessionId s = sessions.get(i);
      if (node.ended[i]) {
        ends.add(new EndResult.Victim(s));
      } else if (node.blocked[i]) {
        ends.add(new EndResult.Waiting(s, node.pc[i], program.get(i).get(node.pc[i] - 1).sql()));
      } else {
        ends.add(new EndResult.Finished(s, node.open[i]));
      }
    }
    List<String> cycle = options.cyclesApart() ? node.firstDeadlock.map(DeadlockEvent::lines).orElse(List.of()) : List.of();
    Acc acc = results.computeIfAbsent(new EndResult(ends, node.events, cycle), k -> new Acc());
    acc.count = acc.count.add(node.count);
    if (acc.witness == null || node.schedule.length < acc.witness.schedule.length) acc.witness = node;
  }

  /** The witness schedule as a scenario, annotated by {@code run}. */
  private String witnessScenario(Node node, int idx, boolean stuck) {
    List<Script.Line> body = new ArrayList<>();
    int[] pc = new int[sessions.size()];
    for (int i : node.schedule) {
      Scenario.Step st = program.get(i).get(pc[i]++);
      body.add(new Script.StepLine(sessions.get(i), st.sql(), Optional.empty()));
    }
    if (stuck) body.add(new Script.LocksLine());
    Script script = new Script(sc.name() + "-schedule-" + idx, Optional.of(profile.name()), sc.isolation(),
        sc.sessionIsolation(), List.of(), sc.setup().stream().map(Scenario.Setup::sql).toList(), body);
    String file = sc.name() + "-schedule-" + idx + ".sql";
    Scenario w = ScenarioParser.parse(file, ScenarioWriter.write(script));
    return ScenarioRunner.run(w, Optional.of(profile)).annotated();
  }
}
