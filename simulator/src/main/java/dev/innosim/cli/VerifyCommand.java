package dev.innosim.cli;

import dev.innosim.engine.EngineException;
import dev.innosim.live.LiveFailure;
import dev.innosim.live.LiveRun;
import dev.innosim.live.LiveTarget;
import dev.innosim.live.ServerIdentity;
import dev.innosim.live.TraceDiff;
import dev.innosim.sql.Json;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioException;
import dev.innosim.scenario.ScenarioServers;
import dev.innosim.scenario.TraceRunner;
import dev.innosim.server.SimulatedServer;
import dev.innosim.server.Trace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim verify}: runs scenarios on a live server and on the simulator and compares the two runs step by step. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Run scenarios on a live MySQL or MariaDB and on the simulator with that server's profile; "
        + "print per file 'ok' or the first differences, and end with 'N passed, M failed'.")
final class VerifyCommand implements Callable<Integer> {
  /** Differences printed per file at most (the count says how many there were). */
  static final int SHOWN = 8;

  @CommandLine.ParentCommand Main main;

  @Mixin LiveOptions live;

  @Option(names = "--server", paramLabel = "PROFILE",
      description = "Profile to simulate; default: the one the server's VERSION() maps to (mariadb-10.11, mysql-5.7, mysql-8.0, mysql-9.7).")
  String server;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Scenario files or folders (searched recursively for *.sql).")
  List<Path> paths;

  /** The verdict on one file: the differences (empty: ok), or why it could not be compared. */
  record Verdict(Path file, List<TraceDiff.Difference> differences, Optional<String> error) {
    boolean ok() { return differences.isEmpty() && error.isEmpty(); }
  }

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) throw new Main.BadInput("innosim: --format must be text or json (got " + format + ")");
    List<Path> files = new ArrayList<>();
    for (Path p : paths) files.addAll(Main.scenarioFiles(p));
    LiveTarget target;
    ServerIdentity id;
    try {
      target = live.target();
      id = LiveOptions.identify(target, server);
    } catch (LiveFailure f) {
      throw LiveOptions.bad(f);
    }
    boolean json = format.equals("json");
    if (!json) main.out.println(LiveOptions.header(id, target));
    List<Verdict> verdicts = new ArrayList<>();
    for (Path f : files) {
      Verdict v;
      try {
        v = verify(f, target, id);
      } catch (LiveFailure e) {
        throw LiveOptions.bad(e);
      }
      verdicts.add(v);
      if (!json) print(v);
    }
    long passed = verdicts.stream().filter(Verdict::ok).count();
    long failed = verdicts.size() - passed;
    if (json) {
      main.out.println(json(id, target, verdicts, passed, failed));
    } else {
      main.out.println(passed + " passed, " + failed + " failed");
    }
    main.out.flush();
    return failed == 0 ? Main.EXIT_OK : Main.EXIT_DIFFERENCES;
  }

  static Verdict verify(Path f, LiveTarget target, ServerIdentity id) {
    try {
      String text = Main.read(f);
      Scenario sc = Main.parse(f, text);
      SimulatedServer sim = ScenarioServers.simulated(sc, Optional.of(id.profile()));
      Trace simulated = TraceRunner.run(sc, sim, TraceRunner.NONE);
      LiveRun run = LiveRun.run(sc, target, id);
      return new Verdict(f, TraceDiff.differences(sc, run.trace(), simulated), Optional.empty());
    } catch (ScenarioException | Main.BadInput e) {
      return new Verdict(f, List.of(), Optional.of(e.getMessage()));
    } catch (EngineException e) {
      return new Verdict(f, List.of(), Optional.of(f + ": " + e.getMessage()));
    }
  }

  private void print(Verdict v) {
    if (v.ok()) {
      main.out.println("ok   " + v.file());
      return;
    }
    if (v.error().isPresent()) {
      main.out.println("FAIL " + v.error().get());
      return;
    }
    main.out.println("FAIL " + v.file() + " (" + v.differences().size() + " difference" + (v.differences().size() == 1 ? "" : "s") + ")");
    for (int i = 0; i < Math.min(SHOWN, v.differences().size()); i++) {
      main.out.println("  " + v.differences().get(i).describe(v.file().toString()));
    }
    if (v.differences().size() > SHOWN) main.out.println("  ... " + (v.differences().size() - SHOWN) + " more");
  }

  private static String json(ServerIdentity id, LiveTarget t, List<Verdict> vs, long passed, long failed) {
    StringBuilder b = new StringBuilder("{\"server\": ").append(Json.string(id.describe()))
        .append(", \"url\": ").append(Json.string(t.shownUrl()))
        .append(", \"profile\": ").append(Json.string(id.profile().name()))
        .append(", \"files\": [");
    for (int i = 0; i < vs.size(); i++) {
      Verdict v = vs.get(i);
      b.append(i == 0 ? "\n  " : ",\n  ").append("{\"file\": ").append(Json.string(v.file().toString()))
          .append(", \"ok\": ").append(v.ok());
      if (v.error().isPresent()) b.append(", \"error\": ").append(Json.string(v.error().get()));
      b.append(", \"differences\": [");
      for (int k = 0; k < v.differences().size(); k++) {
        TraceDiff.Difference d = v.differences().get(k);
        b.append(k == 0 ? "" : ", ").append("{\"line\": ").append(d.line())
            .append(", \"where\": ").append(Json.string(d.where()))
            .append(", \"what\": ").append(Json.string(d.what()))
            .append(", \"server\": ").append(Json.string(d.live()))
            .append(", \"simulator\": ").append(Json.string(d.simulated())).append('}');
      }
      b.append("]}");
    }
    return b.append("\n], \"passed\": ").append(passed).append(", \"failed\": ").append(failed).append('}').toString();
  }
}
