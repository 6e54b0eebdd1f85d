package dev.innosim.explore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.innosim.mysql.SessionId;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.server.Command;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.StatementRejected;
import java.util.Optional;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioParser;
import dev.innosim.scenario.ScenarioRunner;
import dev.innosim.schema.IsolationLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every corpus scenario under seeded random schedules of its sessions' programs, on every
 * profile: the lock system's invariants hold after every step (no conflicting granted locks, every
 * waiter has a blocker ahead, no cycle left, nothing held by ended transactions).
 */
class CorpusScheduleTest {
  static final Path ROOT = Path.of(System.getProperty("innosim.scenarios", "../scenarios"));
  static final int SCHEDULES = 12;

  @TestFactory
  Stream<DynamicTest> everyScenario_randomSchedules_keepTheInvariants() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path p : dev.innosim.scenario.CorpusFiles.plainScenarios(ROOT)) {
      String rel = ROOT.relativize(p).toString();
      tests.add(DynamicTest.dynamicTest(rel, () -> {
        Scenario sc = ScenarioParser.parse(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
        long seed = rel.hashCode();
        // a scenario with production-sized data (scenarios/range/large-*, 10^5 rows per setup) gets
        // one schedule per profile: each schedule loads the table again
        int schedules = setupRows(sc) > 10_000 ? 1 : SCHEDULES;
        for (ServerProfile profile : ServerProfile.all()) {
          for (int k = 0; k < schedules; k++) check(sc, profile, new RandomScheduler(seed + k), rel);
        }
      }));
    }
    return tests.stream();
  }

  static long setupRows(Scenario sc) {
    long n = 0;
    for (Scenario.Setup s : sc.setup()) if (s.statement() instanceof dev.innosim.sql.Statement.Insert ins) n += ins.rows().size();
    return n;
  }

  private static void check(Scenario sc, ServerProfile profile, RandomScheduler rnd, String rel) {
    SimulatedServer server = ScenarioServers.simulated(sc, Optional.of(profile)).captureDeadlockSnapshots(false);
    for (Scenario.Setup s : sc.setup()) server.setup(new Command(s.sql(), s.statement(), s.line()));
    List<SessionId> sessions = sc.sessions();
    List<List<Scenario.Step>> programs = new ArrayList<>();
    for (SessionId s : sessions) programs.add(sc.steps().stream().filter(st -> st.session().equals(s)).toList());
    int[] pc = new int[sessions.size()];
    List<String> trace = new ArrayList<>();
    while (true) {
      List<Integer> enabled = new ArrayList<>();
      for (int i = 0; i < pc.length; i++) {
        if (pc[i] < programs.get(i).size() && !server.isBlocked(sessions.get(i))) enabled.add(i);
      }
      if (enabled.isEmpty()) break;
      int i = rnd.pick(enabled);
      Scenario.Step st = programs.get(i).get(pc[i]++);
      trace.add(sessions.get(i) + ": " + st.sql());
      try {
        server.issue(sessions.get(i), new Command(st.sql(), st.statement(), 0));
      } catch (StatementRejected e) {
        continue;  // a statement this profile rejects (e.g. ORDER BY DESC) is an input error, not an invariant
      }
      List<String> v = server.invariantViolations();
      assertTrue(v.isEmpty(), rel + " on " + profile + ": " + v + "\nschedule:\n" + String.join("\n", trace));
    }
  }
}
