package dev.innosim.cli;

import dev.innosim.profile.ServerProfile;
import dev.innosim.report.Advice;
import dev.innosim.report.DeadlockExplanation;
import dev.innosim.report.DeadlockLayout;
import dev.innosim.report.DeadlockReports;
import dev.innosim.report.ReportNames;
import dev.innosim.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim deadlocks FILE...}: each deadlock as the server reports it, then in plain words; single-threaded. */
@Command(name = "deadlocks", mixinStandardHelpOptions = true, description = "Print each deadlock of the scenarios as SHOW ENGINE INNODB STATUS reports it, then explained in plain words.")
final class DeadlocksCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
  String server;

  @Option(names = "--no-explain", description = "Only the server-style reports, without the plain-words explanation.")
  boolean noExplain;

  @Option(names = "--fix-max-states", paramLabel = "N",
      description = "States each proof of a fix may explore (default 10000); a fix not proven within them is not offered.")
  long fixMaxStates = Reports.ADVICE_MAX_STATES;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
  List<Path> files;

  @Override
  public Integer call() {
    Optional<ServerProfile> p = Main.profile(server);
    if (fixMaxStates <= 0) throw new Main.BadInput("innosim: --fix-max-states must be a positive number of states, not " + fixMaxStates);
    for (Path f : files) {
      ScenarioRunner.Result r = Reports.runRecorded(f, p);
      main.out.print(render(r, !noExplain, noExplain ? List.of() : Reports.advice(f, r, p, fixMaxStates)));
    }
    main.out.flush();
    return Main.EXIT_OK;
  }

  /**
   * The reports of one run: server style under the oracle's headers, each followed by its
   * explanation, which offers the fixes in {@code advice} (those {@code fix} proved).
   */
  static String render(ScenarioRunner.Result r, boolean explain, List<Advice> advice) {
    DeadlockLayout layout = DeadlockLayout.forProfile(r.profile());
    StringBuilder b = new StringBuilder();
    List<DeadlockReports.Located> all = DeadlockReports.of(r);
    if (all.isEmpty()) b.append("-- ").append(r.scenario().file()).append(": no deadlock\n");
    for (DeadlockReports.Located l : all) {
      b.append(l.header()).append('\n').append(layout.render(l.report(), ReportNames.DEFAULT));
      if (explain) b.append('\n').append(DeadlockExplanation.explain(l.report(), r.profile(), advice)).append('\n');
    }
    return b.toString();
  }
}
