package dev.innosim.explore;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hashing;
import dev.innosim.engine.Footprint;
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
import dev.innosim.sql.Statement;
import java.math.BigInteger;
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
 * <p>Exhaustive search is breadth-first over states. A state is a 128-bit hash of the engine's
 * {@link SimulatedServer#fingerprint() fingerprint} plus the program counters and the events so
 * far; two schedules that reach the same state continue as one, and the number of schedules through
 * each state is carried along, so all schedules are counted without being enumerated. Each new state
 * is made from its parent's: a state keeps the last server at rest on its schedule (no statement
 * waiting), and a successor is a {@link SimulatedServer#copy() copy} of it that runs only the
 * statements issued since, plus the new one (none when the parent is at rest itself); the last
 * successor of a state that is not at rest takes over the state's own server instead. Memory holds
 * one level of states at a time (each with at most two servers: its base and its own). Breadth-first order makes the first schedule found for each end
 * result a shortest one.
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
  /** Build every state by replaying its schedule on a fresh server (the reference the copies are tested against). */
  private final boolean replay;
  private long states;

  private Explorer(Scenario sc, ExploreOptions options, boolean replay) {
    this.sc = sc;
    this.replay = replay;
    this.options = options;
    this.profile = ScenarioRunner.profileFor(sc, options.profile());
    this.sessions = sc.sessions();
    for (SessionId s : sessions) {
      program.add(sc.steps().stream().filter(st -> st.session().equals(s)).toList());
    }
  }

  /** Explores a scenario's interleavings. */
  public static ExploreReport explore(Scenario sc, ExploreOptions options) {
    return new Explorer(sc, options, false).run();
  }

  /** As {@link #explore}, building every state by replay from the root instead of from its parent (for tests). */
  static ExploreReport exploreByReplay(Scenario sc, ExploreOptions options) {
    return new Explorer(sc, options, true).run();
  }

  /** One point of the search: the schedule that reached it and what happened on the way. */
  private final class Node {
    final int[] schedule;
    final int[] pc;
    final boolean[] ended;
    final boolean[] blocked;
    /** Row granularity: the session's statement stopped between two rows; its next move resumes it. */
    final boolean[] paused;
    final boolean[] open;
    final List<EndResult.Event> events;
    final Optional<DeadlockEvent> firstDeadlock;
    BigInteger count = BigInteger.ONE;
    /** The last server at rest on this schedule, never run itself (only its copies are), and its schedule length. */
    SimulatedServer base;
    int baseLength;
    /** The program counters at the base (a resumed move issues no new statement, so they are not the schedule's counts). */
    int[] basePc;
    /** While this state is not at rest: the server in this state, which its last successor takes over; else null. */
    SimulatedServer own;
    /** Partial-order reduction: the move that led here, what it touched, and whether it commutes at all. */
    Footprint move = Footprint.NONE;
    boolean quiet;
    /** Sessions whose next move is asleep here (explored from an ancestor in the other order), with that move's footprint. */
    Footprint[] asleep;

    Node(int[] schedule, int[] pc, boolean[] ended, boolean[] blocked, boolean[] paused, boolean[] open,
         List<EndResult.Event> events, Optional<DeadlockEvent> firstDeadlock) {
      this.schedule = schedule;
      this.pc = pc;
      this.ended = ended;
      this.blocked = blocked;
      this.paused = paused;
      this.open = open;
      this.events = events;
      this.firstDeadlock = firstDeadlock;
    }

    boolean enabled(int i) {
      return paused[i] || pc[i] < program.get(i).size() && !blocked[i] && !ended[i];
    }

    boolean terminal() {
      for (int i = 0; i < sessions.size(); i++) if (enabled(i)) return false;
      return true;
    }
  }

  /** A state of the search: equal keys behave identically from here on. */
  private record StateKey(HashCode engine, String counters, List<EndResult.Event> events, List<String> cycle) {}

  private SimulatedServer fresh() {
    SimulatedServer s = ScenarioServers.simulated(sc, Optional.of(profile)).captureDeadlockSnapshots(false)
        .recordFootprints(reduce());
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
    return runFrom(fresh(), schedule, 0, new int[sessions.size()]);
  }

  /** Runs {@code schedule[from..]} on {@code s}, which is at {@code schedule[..from]} with program counters {@code startPc}. */
  private SimulatedServer runFrom(SimulatedServer s, int[] schedule, int from, int[] startPc) {
    int[] pc = startPc.clone();
    for (int k = from; k < schedule.length; k++) {
      int i = schedule[k];
      SessionId id = sessions.get(i);
      if (s.isPaused(id)) {
        issue(s, id, resume(program.get(i).get(pc[i] - 1), rowBudget()));
        continue;
      }
      Scenario.Step st = program.get(i).get(pc[i]);
      issue(s, id, command(st, rowBudget()));
      pc[i]++;
    }
    return s;
  }

  /** A server at {@code node}'s state: a copy of its base plus the statements issued since. */
  private SimulatedServer serverAt(Node node) {
    if (replay) return replay(node.schedule);
    return runFrom(node.base.copy(), node.schedule, node.baseLength, node.basePc);
  }

  /** Gives {@code child}, whose server is {@code server}, its base: that server when at rest, else its parent's. */
  private void setBase(Node child, Node parent, SimulatedServer server) {
    if (replay) return;
    if (server.atRest()) {
      child.base = server;
      child.baseLength = child.schedule.length;
      child.basePc = child.pc;
    } else {
      child.base = parent.base;
      child.baseLength = parent.baseLength;
      child.basePc = parent.basePc;
      child.own = server;
    }
  }

  /** Whether the exhaustive search uses the partial-order reduction (sleep sets). */
  private boolean reduce() {
    return options.reduction() && !options.isRandom();
  }

  /** The rows after which a statement stops: one at row granularity, else none (0). */
  private int rowBudget() {
    return options.granularity() == ExploreOptions.Granularity.ROW ? 1 : 0;
  }

  private Command command(Scenario.Step st, int pauseAfterRows) {
    return new Command(st.sql(), st.statement(), sc.lineNumber(st.firstLine()), pauseAfterRows);
  }

  /** {@code RESUME} of the paused statement {@code st}. */
  private Command resume(Scenario.Step st, int pauseAfterRows) {
    return new Command(RESUME.text(), RESUME, sc.lineNumber(st.firstLine()), pauseAfterRows);
  }

  private static final Statement.Resume RESUME = new Statement.Resume("RESUME");

  /** Session {@code i}'s next move on {@code server}, which is at {@code parent}, at the exploration's granularity. */
  private Node child(SimulatedServer server, Node parent, int i) {
    return child(server, parent, i, rowBudget());
  }

  /**
   * Session {@code i}'s next move on {@code server}, which is at {@code parent}: it resumes its paused
   * statement or issues its next one, which stops after {@code budget} rows (0: runs to its end).
   */
  private Node child(SimulatedServer server, Node parent, int i, int budget) {
    int[] schedule = Arrays.copyOf(parent.schedule, parent.schedule.length + 1);
    schedule[schedule.length - 1] = i;
    int[] pc = parent.pc.clone();
    boolean[] ended = parent.ended.clone();
    boolean[] blocked = parent.blocked.clone();
    List<EndResult.Event> events = new ArrayList<>(parent.events);
    StepEvents r;
    Statement issued;
    if (parent.paused[i]) {
      issued = RESUME;
      r = issue(server, sessions.get(i), resume(program.get(i).get(pc[i] - 1), budget));
    } else {
      Scenario.Step step = program.get(i).get(pc[i]);
      issued = step.statement();
      pc[i]++;
      r = issue(server, sessions.get(i), command(step, budget));
    }
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
    boolean[] paused = new boolean[sessions.size()];
    for (int k = 0; k < sessions.size(); k++) {
      blocked[k] = server.isBlocked(sessions.get(k));
      paused[k] = server.isPaused(sessions.get(k));
      open[k] = server.inTransaction(sessions.get(k));
    }
    Node c = new Node(schedule, pc, ended, blocked, paused, open, events, dl);
    if (reduce()) {
      c.move = server.lastFootprint();
      c.quiet = Commutation.quiet(i, issued, r, new Commutation.Flags(parent.blocked, parent.paused, parent.ended, parent.open),
          new Commutation.Flags(c.blocked, c.paused, c.ended, c.open));
    }
    return c;
  }

  /** Records a notable outcome of session {@code i}'s {@code step}-th statement. */
  private void note(List<EndResult.Event> events, boolean[] ended, int i, int step, StepOutcome.Final o) {
    if (o instanceof StepOutcome.Ok || o instanceof StepOutcome.Paused) return;
    events.add(new EndResult.Event(sessions.get(i), step, program.get(i).get(step - 1).sql(), o));
    if (o instanceof StepOutcome.DeadlockVictim) ended[i] = true;
  }

  static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }

  private StateKey key(SimulatedServer server, Node n) {
    return new StateKey(Hashing.murmur3_128().hashUnencodedChars(server.fingerprint()),
        Arrays.toString(n.pc) + Arrays.toString(n.ended) + Arrays.toString(n.paused), n.events,
        options.cyclesApart() ? n.firstDeadlock.map(DeadlockEvent::lines).orElse(List.of()) : List.of());
  }

  private ExploreReport run() {
    long t0 = options.startNanos() != 0 ? options.startNanos() : System.nanoTime();
    long searchStart = System.nanoTime();
    Map<EndResult, Acc> results = new LinkedHashMap<>();
    BigInteger schedules = BigInteger.ZERO;
    Optional<String> stop = Optional.empty();
    int n = sessions.size();
    Node root = new Node(new int[0], new int[n], new boolean[n], new boolean[n], new boolean[n], new boolean[n], List.of(),
        Optional.empty());
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
      if (!replay) {
        root.base = fresh();
        root.basePc = new int[n];
      }
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
          int last = -1;
          for (int i = 0; i < n; i++) if (node.enabled(i)) last = i;
          List<Node> siblings = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            if (!node.enabled(i)) continue;
            if (reduce() && node.asleep != null && node.asleep[i] != null) continue;
            if (states >= options.maxStates()) {
              stop = Optional.of("--max-states " + options.maxStates() + " reached");
              break search;
            }
            if (overBudget(t0)) {
              stop = Optional.of("time budget of " + budgetText() + " reached");
              break search;
            }
            SimulatedServer server;
            if (i == last && node.own != null) {
              server = node.own;  // the last successor runs on the state's own server, not on a copy
              node.own = null;
            } else {
              server = serverAt(node);
            }
            Node c = child(server, node, i);
            if (reduce()) {
              c.asleep = new Footprint[n];
              for (int s = 0; s < n; s++) {
                // asleep: moves explored before this one from here (or asleep here) that commute with it
                if (node.asleep != null && node.asleep[s] != null && Commutation.independent(node.asleep[s], true, c.move, c.quiet)) c.asleep[s] = node.asleep[s];
              }
              for (Node sib : siblings) {
                int s = sib.schedule[sib.schedule.length - 1];
                if (Commutation.independent(sib.move, sib.quiet, c.move, c.quiet)) c.asleep[s] = sib.move;
              }
              siblings.add(c);
            }
            StateKey k = key(server, c);
            Node seen = next.get(k);
            if (seen == null) {
              setBase(c, node, server);
              c.count = node.count;
              next.put(k, c);
              states++;
            } else {
              seen.count = seen.count.add(node.count);
              // reached again: only the moves asleep on every way here stay asleep
              if (reduce()) for (int s = 0; s < n; s++) if (c.asleep[s] == null) seen.asleep[s] = null;
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
        out, stop, ms, Optional.empty(), options.granularity(), reduce());
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
    node.base = null;  // a terminal state has no successors: its servers can go
    node.own = null;
    Acc acc = results.computeIfAbsent(endResult(node), k -> new Acc());
    acc.count = acc.count.add(node.count);
    if (acc.witness == null || node.schedule.length < acc.witness.schedule.length) acc.witness = node;
  }

  private EndResult endResult(Node node) {
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
    return new EndResult(ends, node.events, cycle);
  }

  /**
   * One move of a witness: session {@code session} issues its {@code step}-th statement (0-based) or
   * resumes it, and the statement stops after {@code pauseAfterRows} rows (0: it runs to its end).
   */
  private record Move(int session, boolean resume, int step, int pauseAfterRows) {}

  /** The moves of a schedule, each with the pause it needs (none for a statement that ended within its move). */
  private List<Move> moves(int[] schedule) {
    SimulatedServer s = fresh();
    int[] pc = new int[sessions.size()];
    List<Move> out = new ArrayList<>();
    for (int i : schedule) {
      SessionId id = sessions.get(i);
      boolean resume = s.isPaused(id);
      int step = resume ? pc[i] - 1 : pc[i]++;
      Scenario.Step st = program.get(i).get(step);
      StepEvents r = issue(s, id, resume ? resume(st, rowBudget()) : command(st, rowBudget()));
      boolean endedAtOnce = r.own().isPresent() && !(r.own().get() instanceof StepOutcome.Paused);
      out.add(new Move(i, resume, step, endedAtOnce ? 0 : rowBudget()));
    }
    return out;
  }

  /**
   * The moves with every pause that the same session resumes at once folded into one longer pause
   * (a statement that pauses after a row and is resumed by the next move runs two rows), when that
   * reaches the same end; else the moves as they are.
   */
  private List<Move> compact(List<Move> moves, Node end) {
    List<Move> out = new ArrayList<>();
    for (Move m : moves) {
      Move last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && m.resume() && last.session() == m.session() && last.pauseAfterRows() > 0) {
        int rows = m.pauseAfterRows() == 0 ? 0 : last.pauseAfterRows() + m.pauseAfterRows();
        out.set(out.size() - 1, new Move(last.session(), last.resume(), last.step(), rows));
      } else {
        out.add(m);
      }
    }
    if (out.size() == moves.size()) return moves;
    SimulatedServer server = fresh();
    int n = sessions.size();
    Node node = new Node(new int[0], new int[n], new boolean[n], new boolean[n], new boolean[n], new boolean[n], List.of(),
        Optional.empty());
    for (Move m : out) node = child(server, node, m.session(), m.pauseAfterRows());
    boolean same = endResult(node).equals(endResult(end)) && node.firstDeadlock.equals(end.firstDeadlock);
    return same ? out : moves;
  }

  /** The witness schedule as a scenario, annotated by {@code run}. */
  private String witnessScenario(Node node, int idx, boolean stuck) {
    List<Script.Line> body = new ArrayList<>();
    for (Move m : compact(moves(node.schedule), node)) {
      Scenario.Step st = program.get(m.session()).get(m.step());
      body.add(new Script.StepLine(sessions.get(m.session()), m.resume() ? RESUME.text() : st.sql(), Optional.empty(),
          m.pauseAfterRows()));
    }
    if (stuck) body.add(new Script.LocksLine());
    Script script = new Script(sc.name() + "-schedule-" + idx, Optional.of(profile.name()), sc.isolation(),
        sc.sessionIsolation(), List.of(), sc.setup().stream().map(Scenario.Setup::sql).toList(), body);
    String file = sc.name() + "-schedule-" + idx + ".sql";
    Scenario w = ScenarioParser.parse(file, ScenarioWriter.write(script));
    return ScenarioRunner.run(w, Optional.of(profile)).annotated();
  }
}
