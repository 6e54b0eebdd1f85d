package dev.innosim.cli;

import dev.innosim.explore.ExploreOptions;
import dev.innosim.fix.FixProver;
import dev.innosim.fix.FixReport;
import dev.innosim.profile.ServerProfile;
import dev.innosim.scenario.Template;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim fix FILE}: every candidate fix applied and explored; only the proven ones are advice. */
@Command(name = "fix", mixinStandardHelpOptions = true,
    description = "Apply each candidate fix (lock-order, lock-up-front, read-committed, add-index, ignore-index, match-type, upsert, "
        + "by-primary-key, skip-locked, order-by-key, shorter-transactions) and explore the result exhaustively: proven, "
        + "proven-changes-behaviour, refuted (with the shortest deadlock), unknown (a limit) or not-applicable.")
final class FixCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
  String server;

  @Option(names = "--granularity", paramLabel = "G", description = "statement (default): scheduling points between statements; row: also between two rows of a multi-row statement.")
  String granularity = "statement";

  @Option(names = "--max-states", paramLabel = "N", description = "Stop each exploration after N distinct states (default 1000000).")
  long maxStates = 1_000_000;

  @Option(names = "--time-budget", paramLabel = "SECONDS", description = "Stop each exploration after this much wall time (default: none).")
  Double timeBudget;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  String format = "text";

  @Option(names = "--only", paramLabel = "NAME", split = ",", description = "Only these candidates (comma-separated names).")
  List<String> only;

  @Parameters(arity = "1", paramLabel = "FILE", description = "A scenario or template that can deadlock.")
  Path file;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) throw new Main.BadInput("innosim: --format must be text or json, not " + format);
    ExploreOptions.Granularity g = ExploreOptions.Granularity.parse(granularity)
        .orElseThrow(() -> new Main.BadInput("innosim: --granularity must be statement or row, not " + granularity));
    if (maxStates <= 0) throw new Main.BadInput("innosim: --max-states must be a positive number of states, not " + maxStates);
    long budgetNanos = 0;
    if (timeBudget != null) {
      if (!(timeBudget > 0) || timeBudget.isInfinite() || timeBudget > 1e9) {
        throw new Main.BadInput("innosim: --time-budget must be a positive number of seconds, not " + timeBudget);
      }
      budgetNanos = Math.max(1, (long) (timeBudget * 1e9));
    }
    Optional<ServerProfile> p = Main.profile(server);
    List<String> names = only == null ? FixProver.names() : only;
    for (String n : names) {
      if (!FixProver.names().contains(n)) {
        throw new Main.BadInput("innosim: --only: unknown candidate " + n + " (known: " + String.join(", ", FixProver.names()) + ")");
      }
    }
    long start = System.nanoTime();
    Template template = Template.read(file.toString(), Main.read(file));
    // the budget (like --max-states) holds for each exploration, counted from its own start
    FixReport r = FixProver.prove(template, ExploreOptions.exhaustive().withMaxStates(maxStates).withTimeBudget(budgetNanos, 0).withProfile(p).withGranularity(g), names);
    main.out.print(format.equals("json") ? FixText.json(r) : FixText.text(r));
    main.err.println("fix: " + (System.nanoTime() - start) / 1_000_000 + " ms");
    main.out.flush();
    return r.proven().isEmpty() ? Main.EXIT_DIFFERENCES : Main.EXIT_OK;
  }
}
