package dev.innosim.explore;

import dev.innosim.engine.Engine;
import dev.innosim.engine.Outcome;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.schema.IsolationLevel;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Explores the interleavings of a scenario's sessions: each session's steps are its program (in
 * file order); at every point any session that is neither finished nor waiting may issue its next
 * statement; a waiting session resumes when granted, as in {@code run}. Stateless: every call works
 * on its own engines.
 *
 * <p>Exhaustive search is breadth-first over states. A state is the engine's
 * {@link Engine#fingerprint() fingerprint} plus the program counters and the events so far; two
 * schedules that reach the same state continue as one, and the number of schedules through each
 * state is carried along, so all schedules are counted without being enumerated. Each new state is
 * built by replaying its (shortest) schedule on a fresh engine, so memory holds one level of states
 * at a time. Breadth-first order makes the first schedule found for each end result a shortest one.
 *
 * <p>A deadlock victim's remaining statements are not issued: its transaction was rolled back, as
 * an application would abandon it.
 */
public final class Explorer {
  private final Scenario sc;
  private final ServerProfile profile;
  private final int[] sessions;
  private final List<List<Scenario.Step>> program = new ArrayList<>();
  private final ExploreOptions options;
  private long states;

  private Explorer(Scenario sc, ExploreOptions options) {
    this.sc = sc;
    this.options = options;
    this.profile = ScenarioRunner.profileFor(sc, options.profile());
    this.sessions = sc.sessions().stream().mapToInt(Integer::intValue).toArray();
    for (int s : sessions) {
      program.add(sc.steps().stream().filter(st -> st.session() == s).toList());
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
    boolean[] open = new boolean[0];
    final List<String> events;
    final List<String> deadlockLines;
    BigInteger count = BigInteger.ONE;

    Node(int[] schedule, int[] pc, boolean[] ended, boolean[] blocked, List<String> events, List<String> deadlockLines) {
      this.schedule = schedule;
      this.pc = pc;
      this.ended = ended;
      this.blocked = blocked;
      this.events = events;
      this.deadlockLines = deadlockLines;
    }

    boolean enabled(int i) {
      return pc[i] < program.get(i).size() && !blocked[i] && !ended[i];
    }

    boolean terminal() {
      for (int i = 0; i < sessions.length; i++) if (enabled(i)) return false;
      return true;
    }
  }

  private Engine fresh() {
    Engine eng = new Engine(profile, sc.isolation(), ScenarioRunner.LOCK_WAIT_TIMEOUT);
    for (Map.Entry<Integer, IsolationLevel> e : new TreeMap<>(sc.sessionIsolation()).entrySet()) {
      eng.setSessionIsolation(e.getKey(), e.getValue());
    }
    for (Scenario.Setup s : sc.setup()) eng.setup(s.statement());
    return eng;
  }

  private Engine replay(int[] schedule) {
    Engine eng = fresh();
    int[] pc = new int[sessions.length];
    for (int i : schedule) {
      eng.step(sessions[i], program.get(i).get(pc[i]).statement());
      pc[i]++;
    }
    return eng;
  }

  /** Issues session {@code i}'s next statement on {@code eng}, which is at {@code parent}. */
  private Node child(Engine eng, Node parent, int i) {
    int[] schedule = Arrays.copyOf(parent.schedule, parent.schedule.length + 1);
    schedule[schedule.length - 1] = i;
    int[] pc = parent.pc.clone();
    boolean[] ended = parent.ended.clone();
    List<String> events = new ArrayList<>(parent.events);
    List<String> dl = parent.deadlockLines;
    Scenario.Step step = program.get(i).get(pc[i]);
    pc[i]++;
    Engine.StepReport r = eng.step(sessions[i], step.statement());
    note(events, ended, schedule, schedule.length, r.outcome());
    for (Engine.Release rel : r.releasedBefore()) note(events, ended, schedule, rel.stepNo(), rel.outcome());
    for (Engine.Release rel : r.released()) note(events, ended, schedule, rel.stepNo(), rel.outcome());
    if (dl.isEmpty() && !r.deadlocks().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Engine.DeadlockReport d : r.deadlocks()) {
        lines.add("victim " + d.victim());
        for (Engine.DeadlockMember m : d.members()) {
          lines.add(m.session() + " waits  " + m.waits());
          for (String b : m.behind()) lines.add("  behind " + b);
        }
      }
      dl = lines;
    }
    boolean[] blocked = new boolean[sessions.length];
    boolean[] open = new boolean[sessions.length];
    for (int k = 0; k < sessions.length; k++) {
      blocked[k] = eng.isBlocked(sessions[k]);
      open[k] = eng.inTransaction(sessions[k]);
    }
    Node n = new Node(schedule, pc, ended, blocked, events, dl);
    n.open = open;
    return n;
  }

  /** Records a notable outcome of issued step number {@code stepNo} (1-based in the schedule). */
  private void note(List<String> events, boolean[] ended, int[] schedule, int stepNo, Outcome o) {
    if (o.kind() == Outcome.Kind.OK || o.kind() == Outcome.Kind.BLOCKED) return;
    int i = schedule[stepNo - 1];
    int k = 0;
    for (int j = 0; j < stepNo - 1; j++) if (schedule[j] == i) k++;
    Scenario.Step st = program.get(i).get(k);
    String where = "T" + sessions[i] + " step " + (k + 1) + " (" + shorten(st.sql()) + ")";
    if (o.kind() == Outcome.Kind.DEADLOCK) {
      events.add(where + ": deadlock victim, rolled back");
      ended[i] = true;
    } else {
      events.add(where + ": " + (o.kind() == Outcome.Kind.TIMEOUT ? "lock wait timeout (1205)" : o.text()));
    }
  }

  private static String shorten(String sql) {
    String s = sql.replaceAll("\\s+", " ");
    return s.length() > 70 ? s.substring(0, 67) + "..." : s;
  }

  private String key(Engine eng, Node n) {
    return eng.fingerprint() + "|" + Arrays.toString(n.pc) + Arrays.toString(n.ended) + n.events;
  }

  private ExploreReport run() {
    long t0 = System.nanoTime();
    Map<String, Acc> results = new LinkedHashMap<>();
    BigInteger schedules = BigInteger.ZERO;
    Optional<String> stop = Optional.empty();
    int n = sessions.length;
    Node root = new Node(new int[0], new int[n], new boolean[n], new boolean[n], List.of(), List.of());
    if (options.isRandom()) {
      SplittableRandom rnd = new SplittableRandom(options.seed());
      for (long s = 0; s < options.randomSchedules(); s++) {
        if (overBudget(t0)) {
          stop = Optional.of("time budget of " + options.timeBudgetMillis() + " ms reached after " + s + " schedules");
          break;
        }
        Engine eng = fresh();
        Node node = root;
        while (!node.terminal()) {
          List<Integer> en = new ArrayList<>();
          for (int i = 0; i < n; i++) if (node.enabled(i)) en.add(i);
          node = child(eng, node, en.get(rnd.nextInt(en.size())));
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
        Map<String, Node> next = new LinkedHashMap<>();
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
              stop = Optional.of("time budget of " + options.timeBudgetMillis() + " ms reached");
              break search;
            }
            Engine eng = replay(node.schedule);
            Node c = child(eng, node, i);
            String k = key(eng, c);
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
    for (Acc a : results.values()) out.add(a.toResult(++idx));
    out.sort((a, b) -> {
      int c = b.schedules().compareTo(a.schedules());
      return c != 0 ? c : Integer.compare(a.witness().size(), b.witness().size());
    });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    List<String> names = Arrays.stream(sessions).mapToObj(s -> "T" + s).toList();
    return new ExploreReport(sc.file(), profile.name(), names, options.isRandom(), options.seed(), schedules, states,
        out, stop, ms);
  }

  private boolean overBudget(long t0) {
    return options.timeBudgetMillis() > 0 && (System.nanoTime() - t0) / 1_000_000 >= options.timeBudgetMillis();
  }

  /** One end result being accumulated. */
  private final class Acc {
    final List<String> description;
    final boolean deadlock;
    final boolean stuck;
    BigInteger count = BigInteger.ZERO;
    Node witness;

    Acc(List<String> description, boolean deadlock, boolean stuck) {
      this.description = description;
      this.deadlock = deadlock;
      this.stuck = stuck;
    }

    ExploreReport.Result toResult(int idx) {
      List<String> w = Arrays.stream(witness.schedule).mapToObj(i -> "T" + sessions[i]).toList();
      return new ExploreReport.Result(description, deadlock, stuck, count, w, witnessScenario(witness, idx, stuck),
          witness.deadlockLines);
    }
  }

  private void record(Map<String, Acc> results, Node node) {
    List<String> d = new ArrayList<>();
    boolean stuck = false;
    for (int i = 0; i < sessions.length; i++) {
      String name = "T" + sessions[i];
      if (node.ended[i]) {
        d.add(name + ": deadlock victim");
      } else if (node.blocked[i]) {
        stuck = true;
        Scenario.Step st = program.get(i).get(node.pc[i] - 1);
        d.add(name + ": waiting at step " + node.pc[i] + " (" + shorten(st.sql()) + ")");
      } else {
        d.add(name + (i < node.open.length && node.open[i] ? ": finished, transaction still open (holds its locks)" : ": finished"));
      }
    }
    d.addAll(node.events);
    boolean deadlock = node.events.stream().anyMatch(e -> e.endsWith("deadlock victim, rolled back"));
    String key = String.join("\n", d);
    Acc a = results.computeIfAbsent(key, k -> new Acc(d, deadlock, false));
    Acc acc = a;
    if (stuck && !a.stuck) {
      acc = new Acc(d, deadlock, true);
      results.put(key, acc);
      acc.count = a.count;
      acc.witness = a.witness;
    }
    acc.count = acc.count.add(node.count);
    if (acc.witness == null || node.schedule.length < acc.witness.schedule.length) acc.witness = node;
  }

  /** The witness schedule as a scenario, annotated by {@code run}. */
  private String witnessScenario(Node node, int idx, boolean stuck) {
    StringBuilder b = new StringBuilder();
    b.append("-- @name: ").append(sc.name()).append("-schedule-").append(idx).append('\n');
    b.append("-- @server: ").append(profile.name()).append('\n');
    b.append("-- @isolation: ").append(sc.isolation().name().replace('_', ' ')).append('\n');
    for (Map.Entry<Integer, IsolationLevel> e : new TreeMap<>(sc.sessionIsolation()).entrySet()) {
      b.append("-- @isolation T").append(e.getKey()).append(": ").append(e.getValue().name().replace('_', ' ')).append('\n');
    }
    for (Scenario.Setup s : sc.setup()) b.append(s.sql()).append(";\n");
    b.append('\n');
    int[] pc = new int[sessions.length];
    for (int i : node.schedule) {
      Scenario.Step st = program.get(i).get(pc[i]++);
      b.append("T").append(sessions[i]).append(": ").append(st.sql()).append(";\n");
    }
    if (stuck) b.append("-- @locks\n");
    String text = b.toString();
    Scenario w = ScenarioParser.parse(sc.name() + "-schedule-" + idx + ".sql", text);
    return ScenarioRunner.run(w, Optional.of(profile)).annotated();
  }
}
