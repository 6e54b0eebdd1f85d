package dev.innosim.cli;

import dev.innosim.engine.Snapshot;
import dev.innosim.profile.ServerProfile;
import dev.innosim.report.LockTable;
import dev.innosim.scenario.Scenario;
import dev.innosim.scenario.ScenarioRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code innosim locks FILE --after STEP}: the lock table at one point of a scenario; single-threaded. */
@Command(name = "locks", mixinStandardHelpOptions = true, description = "Print the locks after a step as performance_schema.data_locks and data_lock_waits show them.")
final class LocksCommand implements Callable<Integer> {
  @CommandLine.ParentCommand Main main;

  @Option(names = "--server", paramLabel = "PROFILE", description = Main.SERVER_HELP)
  String server;

  @Option(names = "--after", paramLabel = "STEP", description = "1-based step number in file order (default: the last step).")
  Integer after;

  @Option(names = "--after-line", paramLabel = "LINE", description = "Instead of --after: the last step that ends on or before this line of the file.")
  Integer afterLine;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), csv or json.")
  String format = "text";

  @Parameters(arity = "1", paramLabel = "FILE", description = "Scenario file.")
  Path file;

  @Override
  public Integer call() {
    LockTable.Format f = format(format);
    if (after != null && afterLine != null) throw new Main.BadInput("innosim: give --after or --after-line, not both");
    ScenarioRunner.Result r = Reports.runRecorded(file, Main.profile(server));
    List<Scenario.Step> steps = r.scenario().steps();
    int step = after != null ? after : afterLine != null ? stepEndingBy(r.scenario(), afterLine) : steps.size();
    if (step < 1 || step > steps.size()) {
      throw new Main.BadInput(file + ": --after " + step + ": the scenario has " + steps.size() + " steps (1.." + steps.size() + ")");
    }
    Snapshot s = r.snapshots().get(step - 1);
    if (f == LockTable.Format.TEXT) {
      Scenario.Step st = steps.get(step - 1);
      main.out.println("-- after step " + step + " (line " + r.scenario().lineNumber(st.lastLine()) + "): " + st.session() + ": "
          + st.sql().replaceAll("\\s+", " ") + ";");
    }
    boolean innodbLocks = r.profile().lockView() == ServerProfile.LockView.INNODB_LOCKS;
    if (innodbLocks && f == LockTable.Format.TEXT) {
      main.out.println("-- information_schema.INNODB_LOCKS (MySQL 5.7 has no data_locks: contended locks only;"
          + " REC_NOT_GAP shows as S/X, INSERT_INTENTION as X,GAP)");
    }
    main.out.print((innodbLocks ? LockTable.innodbLocks(s) : LockTable.of(s)).render(f));
    main.out.flush();
    return Main.EXIT_OK;
  }

  static LockTable.Format format(String name) {
    for (LockTable.Format f : LockTable.Format.values()) {
      if (f.name().equalsIgnoreCase(name)) return f;
    }
    throw new Main.BadInput("innosim: unknown --format " + name + " (known: text, csv, json)");
  }

  private int stepEndingBy(Scenario sc, int line) {
    int found = 0;
    List<Scenario.Step> steps = sc.steps();
    for (int i = 0; i < steps.size(); i++) if (sc.lineNumber(steps.get(i).lastLine()) <= line) found = i + 1;
    if (found == 0) throw new Main.BadInput(file + ": --after-line " + line + ": no step ends on or before that line");
    return found;
  }

}
