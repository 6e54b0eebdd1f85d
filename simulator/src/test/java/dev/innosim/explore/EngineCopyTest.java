package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.server.Command;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StatementRejected;
import dev.innosim.server.StepEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A copy of a server at rest behaves exactly as the server: every corpus scenario under seeded
 * random schedules on every profile, copied at points at rest, gives the same events after every
 * later step and the same fingerprint after the first and the last; exploring from copies gives the report replay gives.
 */
class EngineCopyTest {
  static final Path ROOT = CorpusScheduleTest.ROOT;
  static final int SCHEDULES = 1;
  /** Copies per schedule, at every third point at rest (each replays the rest of the schedule). */
  static final int MAX_COPIES = 4;

  @TestFactory
  Stream<DynamicTest> copy_atEveryPointAtRest_behavesAsTheOriginal() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : dev.innosim.scenario.CorpusFiles.plainScenarios(ROOT)) {
      String rel = ROOT.relativize(p).toString();
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        Scenario sc = ScenarioParser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));  // @data paths resolve
        long seed = rel.hashCode();
        // a production-sized setup (10^5 rows from -- @data) is copied on its own profile only
        List<ServerProfile> profiles = CorpusScheduleTest.setupRows(sc) > 10_000
            ? List.of(ScenarioServers.profileFor(sc, Optional.empty())) : ServerProfile.all();
        for (ServerProfile profile : profiles) {
          for (int k = 0; k < SCHEDULES; k++) check(sc, profile, new RandomScheduler(seed + k), rel);
        }
      }));
    }
    return tests.stream();
  }

  private record Move(SessionId session, Scenario.Step step) {}

  private static void check(Scenario sc, ServerProfile profile, RandomScheduler rnd, String rel) {
    SimulatedServer server = ScenarioServers.simulated(sc, Optional.of(profile)).captureDeadlockSnapshots(false);
    for (Scenario.Setup s : sc.setup()) {
      try {
        server.setup(new Command(s.sql(), s.statement(), s.line()));
      } catch (StatementRejected e) {
        return;  // a setup this profile rejects: nothing to compare
      }
    }
    List<SessionId> sessions = sc.sessions();
    List<List<Scenario.Step>> programs = new ArrayList<>();
    for (SessionId s : sessions) programs.add(sc.steps().stream().filter(st -> st.session().equals(s)).toList());
    int[] pc = new int[sessions.size()];
    List<Move> schedule = new ArrayList<>();
    List<SimulatedServer> copies = new ArrayList<>();
    List<Integer> copiedAt = new ArrayList<>();
    List<String> events = new ArrayList<>();
    List<String> prints = new ArrayList<>();
    while (true) {
      if (server.atRest() && schedule.size() % 3 == 0 && copies.size() < MAX_COPIES) {
        copies.add(server.copy());
        copiedAt.add(schedule.size());
        assertEquals(server.fingerprint(), copies.get(copies.size() - 1).fingerprint(), rel + " on " + profile);
      }
      List<Integer> enabled = new ArrayList<>();
      for (int i = 0; i < pc.length; i++) {
        if (pc[i] < programs.get(i).size() && !server.isBlocked(sessions.get(i))) enabled.add(i);
      }
      if (enabled.isEmpty()) break;
      int i = rnd.pick(enabled);
      Move m = new Move(sessions.get(i), programs.get(i).get(pc[i]++));
      schedule.add(m);
      events.add(run(server, m));
      prints.add(server.fingerprint());
    }
    // run the rest of the schedule on each copy: same events, same states, invariants kept
    for (int c = 0; c < copies.size(); c++) {
      SimulatedServer copy = copies.get(c);
      for (int k = copiedAt.get(c); k < schedule.size(); k++) {
        String where = rel + " on " + profile + ", copy at step " + copiedAt.get(c) + ", step " + k;
        assertEquals(events.get(k), run(copy, schedule.get(k)), where);
        if (k == copiedAt.get(c) || k == schedule.size() - 1) assertEquals(prints.get(k), copy.fingerprint(), where);
      }
      assertTrue(copy.invariantViolations().isEmpty(), rel + " on " + profile + ", copy at step " + copiedAt.get(c));
    }
  }

  private static String run(SimulatedServer s, Move m) {
    try {
      StepEvents e = s.issue(m.session(), new Command(m.step().sql(), m.step().statement(), 0));
      return e.toString();
    } catch (StatementRejected ex) {
      return "rejected: " + ex.getMessage();
    }
  }

  @Test
  void copy_whileAStatementWaits_isRefused() {
    Scenario sc = ScenarioParser.parse("wait.sql", """
        CREATE TABLE t (id INT PRIMARY KEY) ENGINE=InnoDB;
        INSERT INTO t VALUES (1);
        T1: BEGIN;
        T1: SELECT * FROM t WHERE id = 1 FOR UPDATE;
        T2: BEGIN;
        T2: SELECT * FROM t WHERE id = 1 FOR UPDATE;
        """);
    SimulatedServer s = ScenarioServers.simulated(sc, Optional.empty());
    for (Scenario.Setup st : sc.setup()) s.setup(new Command(st.sql(), st.statement(), st.line()));
    for (Scenario.Step st : sc.steps()) s.issue(st.session(), new Command(st.sql(), st.statement(), 0));
    assertTrue(!s.atRest());
    assertThrows(IllegalStateException.class, s::copy);
  }

  @TestFactory
  Stream<DynamicTest> explore_fromCopies_givesTheReportOfReplay() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : dev.innosim.scenario.CorpusFiles.plainScenarios(ROOT)) {
      String rel = ROOT.relativize(p).toString();
      if (!rel.startsWith("golden/seed") && !rel.startsWith("explore/") && !rel.startsWith("seeds/")) continue;
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        Scenario sc = ScenarioParser.parse(rel, Files.readString(p, StandardCharsets.UTF_8));
        ExploreOptions o = ExploreOptions.exhaustive().withMaxStates(2_000);
        ExploreReport copied = Explorer.explore(sc, o);
        ExploreReport replayed = Explorer.exploreByReplay(sc, o);
        assertEquals(replayed.schedules(), copied.schedules(), rel);
        assertEquals(replayed.states(), copied.states(), rel);
        assertEquals(replayed.results(), copied.results(), rel);
      }));
    }
    return tests.stream();
  }
}
