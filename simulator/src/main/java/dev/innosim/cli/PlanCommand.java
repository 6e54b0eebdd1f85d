package dev.innosim.cli;

import dev.innosim.engine.EngineException;
import dev.innosim.plan.PlanChoice;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioPlans;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim plan FILE...}: the access path each step's statement chose, with the rule and the estimates; single-threaded. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Print the access path each statement of the scenarios chose (like EXPLAIN): index, access type,"
        + " estimated rows, the rule that chose it and the usable indexes with their rows.")
final class PlanCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
  String server;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files.")
  List<Path> files;

  @Override
  public Integer call() {
    for (Path f : files) {
      Scenario sc = Main.parse(f, Main.read(f));
      List<ScenarioPlans.StepPlans> steps;
      try {
        steps = ScenarioPlans.run(sc, Main.profile(server));
      } catch (EngineException e) {
        throw new Main.BadInput(f + ": " + e.getMessage());
      }
      if (files.size() > 1) main.out.println("== " + f);
      for (ScenarioPlans.StepPlans s : steps) {
        if (s.plans().isEmpty()) continue;
        main.out.println("line " + s.line() + "  " + s.session() + ": " + s.sql().replaceAll("\\s+", " "));
        for (PlanChoice p : s.plans()) main.out.println("  " + p.text());
      }
    }
    main.out.flush();
    return Main.EXIT_OK;
  }
}
