package dev.innosim.cli;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.explore.ExploreReport;
import dev.innosim.explore.ExploreJson;
import dev.innosim.profile.ServerProfile;
import dev.innosim.explore.TemplateExplorer;
import dev.innosim.scenario.Template;
import java.util.List;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim explore FILE}: can these transactions deadlock or hang, in any interleaving? */
@Command(name = "explore", mixinStandardHelpOptions = true, description = "Explore every interleaving of a scenario's sessions (or a seeded random sample) and report every end result with its shortest schedule.")
final class ExploreCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
  String server;

  @Option(names = "--random", paramLabel = "N", description = "Run N seeded random schedules instead of all of them.")
  long random;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of --random (default 1); printed in the report.")
  long seed = 1;

  @Option(names = "--max-states", paramLabel = "N", description = "Stop after N distinct states (default 1000000).")
  long maxStates = 1_000_000;

  @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Stop after this much wall time (default: none).")
  Double timeBudget;

  @Option(names = "--granularity", paramLabel = "G",
      description = "statement (the default, unless the file says '-- @granularity: row'): other sessions run between statements; "
          + "row: also between two rows of a multi-row statement.")
  String granularity;

  @Option(names = "--reduction", paramLabel = "on|off", arity = "1",
      description = "Explore steps of different sessions that commute in one order only (sleep sets; the end results are the same). Default: off.")
  String reduction = "off";

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--fail-on", paramLabel = "WHAT", split = ",",
      description = "Exit 1 when the verdict is not a proof that WHAT cannot happen: deadlock, stuck (comma-separated). "
          + "A search stopped at a limit counts as not proven.")
  List<String> failOn = List.of();

  @Parameters(arity = "1", paramLabel = "FILE", description = "A scenario: each session's steps are its program.")
  Path file;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new Main.BadInput("innosim: --format must be text or json, not " + format);
    }
    long start = System.nanoTime();
    Optional<ExploreOptions.Granularity> g = granularity == null ? Optional.empty() : Optional.of(ExploreOptions.Granularity.parse(granularity)
        .orElseThrow(() -> new Main.BadInput("innosim: --granularity must be statement or row, not " + granularity)));
    if (!reduction.equals("on") && !reduction.equals("off")) {
      throw new Main.BadInput("innosim: --reduction must be on or off, not " + reduction);
    }
    if (random < 0) throw new Main.BadInput("innosim: --random must be a positive number of schedules, not " + random);
    if (maxStates <= 0) throw new Main.BadInput("innosim: --max-states must be a positive number of states, not " + maxStates);
    long budgetNanos = 0;
    if (timeBudget != null) {
      if (!(timeBudget > 0) || timeBudget.isInfinite() || timeBudget > 1e9) {
        throw new Main.BadInput("innosim: --time-budget must be a positive number of seconds, not " + timeBudget);
      }
      budgetNanos = Math.max(1, (long) (timeBudget * 1e9));
    }
    Optional<ServerProfile> p = Main.profile(server);
    for (String w : failOn) {
      if (!w.equals("deadlock") && !w.equals("stuck")) throw new Main.BadInput("innosim: --fail-on takes deadlock or stuck, not " + w);
    }
    String text = Main.read(file);
    Template template = Template.read(file.toString(), text);
    ExploreOptions opt = (random > 0 ? ExploreOptions.random(random, seed) : ExploreOptions.exhaustive())
        .withMaxStates(maxStates).withTimeBudget(budgetNanos, start).withProfile(p).withGranularity(g.orElse(dev.innosim.explore.TemplateCheck.granularity(template)))
        .withReduction(reduction.equals("on"));
    ExploreReport r = TemplateExplorer.explore(template, opt);
    if (format.equals("json")) {
      main.out.println(ExploreJson.toJson(r));
    } else {
      main.out.print(ExploreText.render(r));
    }
    main.err.println("explore: " + r.elapsedMillis() + " ms");
    main.out.flush();
    boolean fail = (failOn.contains("deadlock") && (r.deadlockPossible() || !r.complete()))
        || (failOn.contains("stuck") && (r.stuckPossible() || !r.complete()));
    return fail ? Main.EXIT_DIFFERENCES : Main.EXIT_OK;
  }
}
